using System.Collections.Frozen;
using System.Text;

namespace RelationsGraph.Common;

/// <summary>
/// The snake_case codes under which enum values appear in graph-seed files, the facts JSON and Neo4j
/// (<c>WomensUnion</c> is <c>womens_union</c>).
/// </summary>
public static class EnumCodes
{
    public static IReadOnlyCollection<string> All<TEnum>()
        where TEnum : struct, Enum => Codes<TEnum>.ValueByCode.Keys;

    public static string ToCode<TEnum>(TEnum value)
        where TEnum : struct, Enum => Codes<TEnum>.CodeByValue[value];

    public static bool TryParse<TEnum>(string code, out TEnum value)
        where TEnum : struct, Enum => Codes<TEnum>.ValueByCode.TryGetValue(code, out value);

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

    private static class Codes<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> CodeByValue =
            Enum.GetValues<TEnum>().ToFrozenDictionary(value => value, value => ToSnakeCase(value.ToString()));

        public static readonly FrozenDictionary<string, TEnum> ValueByCode =
            CodeByValue.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
    }
}
