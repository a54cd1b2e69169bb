namespace RelationsGraph.Neo4j;

/// <summary>A Cypher statement and its parameters; values are always passed as parameters, never pasted into the text.</summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public CypherStatement(string text)
        : this(text, new Dictionary<string, object?>())
    {
    }

    /// <summary>The statement's first line, for error messages and logs.</summary>
    public string Summary => Text.Split('\n', 2)[0].Trim() is { Length: > 120 } line ? line[..120] + "…" : Text.Split('\n', 2)[0].Trim();
}
