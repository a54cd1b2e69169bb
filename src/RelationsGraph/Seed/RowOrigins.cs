namespace RelationsGraph.Seed;

/// <summary>
/// Where the rows of a <see cref="GraphSeed"/> came from. Recording costs one line number per row; the lookup by row
/// reference that error messages need is built only when the first error asks for it.
/// </summary>
public sealed class RowOrigins
{
    public static readonly RowOrigins None = new();

    private readonly List<(string File, IReadOnlyList<string> Columns, IReadOnlyList<object> Rows, int[] Lines)> _tables = [];
    private Dictionary<object, RowOrigin>? _index;

    /// <summary>Records a file's rows with the line each starts on (same order).</summary>
    public void AddTable(string file, IReadOnlyList<string> columns, IReadOnlyList<object> rows, int[] lines)
    {
        _tables.Add((file, columns, rows, lines));
        _index = null;
    }

    /// <summary>Records every table another <see cref="RowOrigins"/> recorded, after this one's.</summary>
    internal void AddTables(RowOrigins other)
    {
        _tables.AddRange(other._tables);
        _index = null;
    }

    public RowOrigin? Find(object row)
    {
        if (_tables.Count == 0)
        {
            return null;
        }

        if (_index is null)
        {
            var index = new Dictionary<object, RowOrigin>(ReferenceEqualityComparer.Instance);
            foreach (var (file, columns, rows, lines) in _tables)
            {
                for (var i = 0; i < rows.Count; i++)
                {
                    index[rows[i]] = new RowOrigin(file, lines[i], columns);
                }
            }

            _index = index;
        }

        return _index.GetValueOrDefault(row);
    }
}
