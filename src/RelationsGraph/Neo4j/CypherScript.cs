using System.Text;

namespace RelationsGraph.Neo4j;

/// <summary>Splits a Cypher script (as cypher-shell runs it) into statements: `//` comment lines dropped, `;` ends a statement.</summary>
public static class CypherScript
{
    public static IReadOnlyList<string> Split(string script)
    {
        var statements = new List<string>();
        var current = new StringBuilder();
        foreach (var rawLine in script.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = rawLine.TrimEnd();
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal) || line.Length == 0)
            {
                continue;
            }

            current.AppendLine(line);
            if (line.EndsWith(';'))
            {
                statements.Add(current.ToString().TrimEnd().TrimEnd(';').Trim());
                current.Clear();
            }
        }

        if (current.ToString().Trim() is { Length: > 0 } rest)
        {
            statements.Add(rest);
        }

        return statements;
    }
}
