namespace RelationsGraph.Seed;

/// <summary>One graph-seed file: its name, its columns (a public contract), and how a row maps to a record and back.</summary>
public sealed class SeedTable<T> : ISeedTable
    where T : class
{
    public required string FileName { get; init; }

    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>
    /// Columns added to the contract after files were written without them: a file may lack them, and every row then
    /// takes the column's documented default. The writer always writes them.
    /// </summary>
    public IReadOnlyCollection<string> OptionalColumns { get; init; } = [];

    public required Func<SeedRowReader, T> Parse { get; init; }

    /// <summary>The row's fields in <see cref="Columns"/> order; null for an empty field.</summary>
    public required Func<T, string?[]> Format { get; init; }

    /// <summary>The key that must be unique within the file, for the duplicate check and the written order.</summary>
    public required Func<T, string> Key { get; init; }

    /// <summary>
    /// Compares rows by <see cref="Key"/> without building it, for composite keys of big files; null to compare the
    /// key strings. Must agree with <see cref="Key"/>: equal keys exactly when the comparer says equal.
    /// </summary>
    public IEqualityComparer<T>? KeyComparer { get; init; }

    /// <summary>
    /// Orders rows by <see cref="Key"/>'s fields without building it, for composite keys of big files; null to order
    /// the key strings ordinally. Must agree with <see cref="Key"/>: zero exactly when the keys are equal. The reader
    /// needs no set of keys while rows arrive in strictly increasing order (as the writer writes them).
    /// </summary>
    public Comparison<T>? KeyOrder { get; init; }

    /// <summary>The column that holds <see cref="Key"/>, for locating duplicate-key errors.</summary>
    public required string KeyColumn { get; init; }
}

/// <summary>The non-generic view of a <see cref="SeedTable{T}"/>, for listing the contract.</summary>
public interface ISeedTable
{
    string FileName { get; }

    IReadOnlyList<string> Columns { get; }

    IReadOnlyCollection<string> OptionalColumns { get; }
}
