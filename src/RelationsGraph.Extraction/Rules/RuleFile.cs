namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// One rule file: tab-separated values in UTF-8, a header row naming the columns, one rule per row. Blank lines and
/// lines starting with <c>#</c> are comments. Every row must have the header's columns; an empty value is written
/// <c>-</c>. Problems are reported with the file's name and the line.
/// </summary>
internal sealed class RuleFile
{
    private RuleFile(string name, IReadOnlyList<RuleRow> rows)
    {
        Name = name;
        Rows = rows;
    }

    /// <summary>The file's name under the rules root, such as <c>Rules/vi/cues.tsv</c>.</summary>
    public string Name { get; }

    public IReadOnlyList<RuleRow> Rows { get; }

    public static RuleFile Parse(string name, string content, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(columns);
        var rows = new List<RuleRow>();
        var lines = content.ReplaceLineEndings("\n").Split('\n');
        var headerSeen = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var number = i + 1;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var values = line.Split('\t');
            if (!headerSeen)
            {
                if (!values.SequenceEqual(columns, StringComparer.Ordinal))
                {
                    throw new RuleFileException(name, number, $"the header must be '{string.Join("<TAB>", columns)}', not '{line.Replace("\t", "<TAB>", StringComparison.Ordinal)}'");
                }

                headerSeen = true;
                continue;
            }

            if (values.Length != columns.Count)
            {
                throw new RuleFileException(name, number, $"expected {columns.Count} tab-separated values ({string.Join(", ", columns)}), found {values.Length}");
            }

            for (var k = 0; k < values.Length; k++)
            {
                values[k] = values[k].Trim();
                if (values[k].Length == 0)
                {
                    throw new RuleFileException(name, number, $"{columns[k]}: empty value (write '-' for none)");
                }
            }

            rows.Add(new RuleRow(name, number, columns, values));
        }

        if (!headerSeen)
        {
            throw new RuleFileException(name, 1, $"the file has no header row ('{string.Join("<TAB>", columns)}')");
        }

        return new RuleFile(name, rows);
    }
}

/// <summary>A row of a rule file, with its place for error messages.</summary>
internal sealed class RuleRow(string file, int line, IReadOnlyList<string> columns, string[] values)
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string this[string column]
    {
        get
        {
            var index = -1;
            for (var k = 0; k < columns.Count; k++)
            {
                if (columns[k] == column)
                {
                    index = k;
                }
            }

            return index >= 0 ? values[index] : throw new InvalidOperationException($"{File} has no column {column}.");
        }
    }

    /// <summary>The value, or null when it is written <c>-</c>.</summary>
    public string? Optional(string column) => this[column] is "-" ? null : this[column];

    public RuleFileException Error(string message) => new(File, Line, message);
}
