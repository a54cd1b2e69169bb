using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Types;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// Writes a scalar field's value from its source in one call, with the resolver's own return type: no boxing of a
/// number or an enum into <c>object</c>, no call to the scalar's <c>Serialize</c> and no type tests of the value
/// afterwards. Decided once per collected field (<see cref="FieldOutput.Scalar"/>), only for the scalars whose
/// serialisation it repeats exactly: <see cref="StringGraphType"/>, <see cref="IntGraphType"/> and
/// <see cref="BooleanGraphType"/> with values of their own CLR type, and enumerations, whose names are asked of the
/// scalar's own <c>Serialize</c> once per value and kept encoded. Anything else (a null where the field is non-null,
/// an enum value without a name) is refused, and <see cref="DirectAnswer"/> then takes its general path.
/// </summary>
internal abstract class DirectScalar
{
    /// <summary>Writes the field's value for <paramref name="source"/>; false, having written nothing, when it leaves the value to the general path.</summary>
    public abstract bool TryWrite(Utf8JsonWriter writer, object? source);

    /// <summary>A writer for a field resolved by <paramref name="resolve"/> whose scalar is <paramref name="scalar"/>, or null when none repeats its serialisation.</summary>
    public static DirectScalar? For<TSource, TValue>(Func<TSource, TValue> resolve, ScalarGraphType scalar, bool nonNull, JavaScriptEncoder? encoder)
    {
        var type = typeof(TValue);
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        var scalarType = scalar.GetType();
        if ((scalarType == typeof(StringGraphType) && type == typeof(string))
            || (scalarType == typeof(IntGraphType) && plain == typeof(int))
            || (scalarType == typeof(BooleanGraphType) && plain == typeof(bool)))
        {
            return new Writer<TSource, TValue>(resolve, nonNull, names: null);
        }

        if (scalar is EnumerationGraphType enumeration && plain.IsEnum)
        {
            // The enumeration's own values only: any other value is left to the general path, which refuses it as
            // graphql-dotnet does. Each name is the one the scalar serialises the value as.
            var names = new List<(TValue Value, JsonEncodedText Name)>();
            foreach (var definition in enumeration.Values)
            {
                if (definition.Value is { } member && member.GetType() == plain && scalar.Serialize(member) is string name)
                {
                    names.Add(((TValue)member, JsonEncodedText.Encode(name, encoder)));
                }
            }

            return new Writer<TSource, TValue>(resolve, nonNull, [.. names]);
        }

        return null;
    }

    /// <param name="resolve">The field's resolver.</param>
    /// <param name="nonNull">Whether the field is non-null (a null is then the general path's, which reports it).</param>
    /// <param name="names">For an enumeration, its values and their names (a few: searched in order, no boxing).</param>
    private sealed class Writer<TSource, TValue>(Func<TSource, TValue> resolve, bool nonNull, (TValue Value, JsonEncodedText Name)[]? names) : DirectScalar
    {
        public override bool TryWrite(Utf8JsonWriter writer, object? source)
        {
            var value = resolve((TSource)source!);
            if (value is null)
            {
                if (nonNull)
                {
                    return false;
                }

                writer.WriteNullValue();
                return true;
            }

            if (names is not null)
            {
                var index = 0;
                while (index < names.Length && !EqualityComparer<TValue>.Default.Equals(names[index].Value, value))
                {
                    index++;
                }

                if (index == names.Length)
                {
                    return false;
                }

                writer.WriteStringValue(names[index].Name);
            }
            else if (typeof(TValue) == typeof(int))
            {
                writer.WriteNumberValue(Unsafe.As<TValue, int>(ref value));
            }
            else if (typeof(TValue) == typeof(int?))
            {
                writer.WriteNumberValue(Unsafe.As<TValue, int?>(ref value).GetValueOrDefault());
            }
            else if (typeof(TValue) == typeof(bool))
            {
                writer.WriteBooleanValue(Unsafe.As<TValue, bool>(ref value));
            }
            else if (typeof(TValue) == typeof(bool?))
            {
                writer.WriteBooleanValue(Unsafe.As<TValue, bool?>(ref value).GetValueOrDefault());
            }
            else if (value is string text)
            {
                writer.WriteStringValue(text);
            }
            else
            {
                return false;
            }

            return true;
        }
    }
}
