using System.Globalization;
using System.Text.Json;

namespace RelationsGraph.Neo4j;

/// <summary>The fields and rows a statement returned, in the Query API's plain JSON format.</summary>
public sealed class QueryResult
{
    public static readonly QueryResult Empty = new([], []);

    private readonly Dictionary<string, int> _fieldIndex;

    public QueryResult(IReadOnlyList<string> fields, IReadOnlyList<JsonElement[]> rows)
    {
        Fields = fields;
        Rows = rows;
        _fieldIndex = fields.Select((field, index) => (field, index)).ToDictionary(pair => pair.field, pair => pair.index, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Fields { get; }

    public IReadOnlyList<JsonElement[]> Rows { get; }

    /// <summary>Maps every row with a typed reader of its fields.</summary>
    public IEnumerable<T> Map<T>(Func<ResultRow, T> map)
    {
        foreach (var row in Rows)
        {
            yield return map(new ResultRow(this, row));
        }
    }

    internal int IndexOf(string field) =>
        _fieldIndex.TryGetValue(field, out var index) ? index : throw new KeyNotFoundException($"The result has no field '{field}' (fields: {string.Join(", ", Fields)}).");
}

/// <summary>Typed access to one row's fields; a missing or null value reads as null.</summary>
public readonly struct ResultRow(QueryResult result, JsonElement[] values)
{
    public JsonElement this[string field] => values[result.IndexOf(field)];

    public string? GetString(string field) => this[field] is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public string GetRequiredString(string field) => GetString(field) ?? throw new InvalidDataException($"Field '{field}' is null; a string was expected.");

    public long? GetInt64(string field) => this[field] is { ValueKind: JsonValueKind.Number } value ? value.GetInt64() : null;

    public int? GetInt32(string field) => this[field] is { ValueKind: JsonValueKind.Number } value ? value.GetInt32() : null;

    public double? GetDouble(string field) => this[field] is { ValueKind: JsonValueKind.Number } value ? value.GetDouble() : null;

    public bool? GetBoolean(string field) => this[field] is { ValueKind: JsonValueKind.True or JsonValueKind.False } value ? value.GetBoolean() : null;

    /// <summary>A Neo4j DATE, which plain JSON carries as an ISO 8601 string.</summary>
    public DateOnly? GetDate(string field) =>
        GetString(field) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    public IReadOnlyList<string> GetStringList(string field) =>
        this[field] is { ValueKind: JsonValueKind.Array } list ? [.. list.EnumerateArray().Select(item => item.GetString() ?? string.Empty)] : [];

    public IReadOnlyList<int> GetInt32List(string field) =>
        this[field] is { ValueKind: JsonValueKind.Array } list ? [.. list.EnumerateArray().Select(item => item.GetInt32())] : [];
}
