namespace RelationsGraph.Seed;

/// <summary>
/// One problem in the graph's source, located as precisely as the source allows:
/// <c>graph-seed/parties.csv:12:2: unit_id: unknown unit 'VN-99'</c> (line and column are 1-based; the column is the
/// field's position in the row).
/// </summary>
public sealed record SeedError(string File, int? Line, int? Column, string? ColumnName, string Message)
{
    public override string ToString()
    {
        var location = File;
        if (Line is { } line)
        {
            location += $":{line}";
            if (Column is { } column)
            {
                location += $":{column}";
            }
        }

        return ColumnName is null ? $"{location}: {Message}" : $"{location}: {ColumnName}: {Message}";
    }
}
