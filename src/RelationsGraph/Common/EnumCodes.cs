using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text;

namespace RelationsGraph.Common;

/// <summary>
/// The snake_case codes under which enum values appear in graph-seed files, the facts JSON and Neo4j
/// (<c>WomensUnion</c> is <c>womens_union</c>).
/// </summary>
public static class EnumCodes
{
    /// <summary>Every code, in the order error messages have always listed them.</summary>
    public static IReadOnlyCollection<string> All<TEnum>()
        where TEnum : struct, Enum => Listed<TEnum>.ValueByCode.Keys;

    public static string ToCode<TEnum>(TEnum value)
        where TEnum : struct, Enum => Codes<TEnum>.ToCode(value);

    public static bool TryParse<TEnum>(string code, out TEnum value)
        where TEnum : struct, Enum => Codes<TEnum>.TryParse(code, out value);

    /// <summary>A code given as UTF-8 bytes (as a file holds it), without making a string of it.</summary>
    public static bool TryParse<TEnum>(ReadOnlySpan<byte> utf8, out TEnum value)
        where TEnum : struct, Enum => Codes<TEnum>.TryParse(utf8, out value);

    /// <summary>The code of a member named <paramref name="name"/>, for sets of named values that are not enums.</summary>
    public static string CodeOfName(string name) => ToSnakeCase(name);

    private static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Arrays in the enum's order and a dictionary from code to position: the framework's code for these is compiled
    /// ahead of time, where frozen dictionaries keyed or valued by each enum had about 300 methods compiled at every
    /// start-up (the graph seed's reader parses a dozen enums before the API is ready).
    /// </summary>
    private static class Codes<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
        private static readonly long[] Numbers = NumbersOf(Values);
        private static readonly string[] CodeAt = CodesOf(Values);
        private static readonly Dictionary<string, int> PositionOf = PositionsOf(CodeAt);

        // The codes are ASCII and few (a dozen at most): compared byte by byte, no hashing.
        private static readonly byte[][] Utf8CodeAt = Array.ConvertAll(CodeAt, Encoding.UTF8.GetBytes);

        // Most enums number their values 0, 1, 2…: a value is then its own position.
        private static readonly bool Dense = IsDense(Numbers);

        public static string ToCode(TEnum value)
        {
            var number = NumberOf(value);
            if (Dense)
            {
                if ((ulong)number < (ulong)CodeAt.Length)
                {
                    return CodeAt[number];
                }
            }
            else
            {
                var position = Array.IndexOf(Numbers, number);
                if (position >= 0)
                {
                    return CodeAt[position];
                }
            }

            throw new KeyNotFoundException($"{typeof(TEnum).Name} has no value {value}.");
        }

        public static bool TryParse(string code, out TEnum value)
        {
            if (PositionOf.TryGetValue(code, out var position))
            {
                value = Values[position];
                return true;
            }

            value = default;
            return false;
        }

        public static bool TryParse(ReadOnlySpan<byte> utf8, out TEnum value)
        {
            for (var position = 0; position < Utf8CodeAt.Length; position++)
            {
                if (utf8.SequenceEqual(Utf8CodeAt[position]))
                {
                    value = Values[position];
                    return true;
                }
            }

            value = default;
            return false;
        }

        private static long NumberOf(TEnum value) => Unsafe.SizeOf<TEnum>() switch
        {
            1 => Unsafe.As<TEnum, byte>(ref value),
            2 => Unsafe.As<TEnum, short>(ref value),
            4 => Unsafe.As<TEnum, int>(ref value),
            _ => Unsafe.As<TEnum, long>(ref value),
        };

        private static long[] NumbersOf(TEnum[] values)
        {
            var numbers = new long[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                numbers[i] = NumberOf(values[i]);
            }

            return numbers;
        }

        private static string[] CodesOf(TEnum[] values)
        {
            var codes = new string[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                codes[i] = ToSnakeCase(values[i].ToString());
            }

            return codes;
        }

        private static Dictionary<string, int> PositionsOf(string[] codes)
        {
            var positions = new Dictionary<string, int>(codes.Length, StringComparer.Ordinal);
            for (var i = 0; i < codes.Length; i++)
            {
                positions.Add(codes[i], i);
            }

            return positions;
        }

        private static bool IsDense(long[] numbers)
        {
            for (var i = 0; i < numbers.Length; i++)
            {
                if (numbers[i] != i)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// The codes in the order error messages and the review page have always listed them (a frozen dictionary's): built
    /// only when asked for, which is not on the way to a ready API.
    /// </summary>
    private static class Listed<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<string, TEnum> ValueByCode =
            Enum.GetValues<TEnum>()
                .ToFrozenDictionary(value => value, value => ToSnakeCase(value.ToString()))
                .ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
    }
}
