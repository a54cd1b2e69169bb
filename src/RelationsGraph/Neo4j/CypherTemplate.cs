namespace RelationsGraph.Neo4j;

/// <summary>A statement the code sends, with the parameters it takes; the lint test checks every one.</summary>
public sealed record CypherTemplate(string Name, string Text, params string[] Parameters)
{
    public CypherStatement With(params (string Name, object? Value)[] values)
    {
        var parameters = values.ToDictionary(value => value.Name, value => value.Value, StringComparer.Ordinal);
        var missing = Parameters.Where(parameter => !parameters.ContainsKey(parameter)).ToList();
        var unknown = parameters.Keys.Where(parameter => !Parameters.Contains(parameter)).ToList();
        if (missing.Count > 0 || unknown.Count > 0)
        {
            throw new ArgumentException($"Statement '{Name}' takes {string.Join(", ", Parameters)}; missing: {string.Join(", ", missing)}; unknown: {string.Join(", ", unknown)}.");
        }

        return new CypherStatement(Text, parameters);
    }
}
