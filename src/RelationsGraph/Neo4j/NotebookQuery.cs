using System.Globalization;
using System.Text.RegularExpressions;

namespace RelationsGraph.Neo4j;

/// <summary>
/// A documented query of the analysts' notebook (cypher/queries/*.cypher): a header of `//` comments stating the
/// question, its parameters (<c>// @param name example description</c>) and its columns (<c>// @column name
/// description</c>), then one Cypher statement.
/// </summary>
public sealed partial record NotebookQuery(
    string Name,
    string Question,
    IReadOnlyList<NotebookParameter> Parameters,
    IReadOnlyList<NotebookColumn> Columns,
    string Statement)
{
    public static NotebookQuery Parse(string name, string text)
    {
        var question = new List<string>();
        var parameters = new List<NotebookParameter>();
        var columns = new List<NotebookColumn>();
        var statement = new List<string>();
        var inHeader = true;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (inHeader && line.StartsWith("//", StringComparison.Ordinal))
            {
                var content = line[2..].Trim();
                if (ParameterPattern().Match(content) is { Success: true } parameter)
                {
                    parameters.Add(new NotebookParameter(parameter.Groups["name"].Value, ParseExample(name, parameter.Groups["example"].Value), parameter.Groups["description"].Value));
                }
                else if (ColumnPattern().Match(content) is { Success: true } column)
                {
                    columns.Add(new NotebookColumn(column.Groups["name"].Value, column.Groups["description"].Value));
                }
                else if (content.Length > 0 && parameters.Count == 0 && columns.Count == 0)
                {
                    question.Add(content);
                }

                continue;
            }

            inHeader = false;
            statement.Add(line);
        }

        var body = string.Join('\n', statement).Trim().TrimEnd(';').Trim();
        if (question.Count == 0 || body.Length == 0)
        {
            throw new FormatException($"cypher/queries/{name}.cypher needs a `//` header stating the question and one statement.");
        }

        return new NotebookQuery(name, string.Join(' ', question), parameters, columns, body);
    }

    /// <summary>The statement with the given parameter values (as text, converted like the examples) or the examples.</summary>
    public CypherStatement Bind(IReadOnlyDictionary<string, string> values)
    {
        var unknown = values.Keys.Where(key => Parameters.All(parameter => parameter.Name != key)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Query '{Name}' has no parameter {string.Join(", ", unknown)} (it takes {string.Join(", ", Parameters.Select(parameter => parameter.Name))}).");
        }

        return new CypherStatement(Statement, Parameters.ToDictionary(
            parameter => parameter.Name,
            parameter => values.TryGetValue(parameter.Name, out var text) ? Convert(parameter, text) : parameter.Example,
            StringComparer.Ordinal));
    }

    private static object? Convert(NotebookParameter parameter, string text) => parameter.Example switch
    {
        long => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ArgumentException($"Parameter '{parameter.Name}' takes a whole number, not '{text}'."),
        double => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
            ? real
            : throw new ArgumentException($"Parameter '{parameter.Name}' takes a number such as 0.5, not '{text}'."),
        bool => bool.TryParse(text, out var flag) ? flag : throw new ArgumentException($"Parameter '{parameter.Name}' takes true or false, not '{text}'."),
        _ => text,
    };

    private static object? ParseExample(string name, string example) => example switch
    {
        ['\'', .. var text, '\''] => text,
        "true" => true,
        "false" => false,
        "null" => null,
        _ when long.TryParse(example, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => number,
        _ when double.TryParse(example, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) => real,
        _ => throw new FormatException($"cypher/queries/{name}.cypher: the example '{example}' is not a 'quoted string', a number, true, false or null."),
    };

    [GeneratedRegex(@"^@param (?<name>\w+) (?<example>'[^']*'|\S+) (?<description>.+)$")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex(@"^@column (?<name>\w+) (?<description>.+)$")]
    private static partial Regex ColumnPattern();
}

/// <summary>A notebook query's parameter, with the example value it runs with by default.</summary>
public sealed record NotebookParameter(string Name, object? Example, string Description);

/// <summary>A column a notebook query returns.</summary>
public sealed record NotebookColumn(string Name, string Description);
