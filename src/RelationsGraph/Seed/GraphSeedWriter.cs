using System.Collections.Immutable;
using CsvHelper;

namespace RelationsGraph.Seed;

/// <summary>
/// Writes a <see cref="GraphSeed"/> as a graph-seed directory in canonical form: the contract's column order, rows
/// sorted by key, LF line endings, so that the same graph always gives byte-identical files. Only the files whose
/// bytes change are written, as one change (<see cref="SeedDirectory.CommitAsync"/>): a crash at any point leaves
/// the directory reading as the previous graph or the new one, never a mixture.
/// </summary>
public static class GraphSeedWriter
{
    private static readonly CsvWriterOptions Options = new() { Separator = ',', NewLine = "\n", Quoting = CsvQuoting.WhenNeeded };

    /// <summary>Writes the graph; returns the names of the files that changed.</summary>
    public static Task<IReadOnlyList<string>> WriteAsync(GraphSeed seed, string directory, CancellationToken cancellationToken) =>
        WriteAsync(seed, directory, expectedVersion: null, afterMove: null, cancellationToken);

    /// <summary>
    /// Writes the graph only if the directory still has <paramref name="expectedVersion"/> (else a
    /// <see cref="SeedConflictException"/>, nothing written); returns the names of the files that changed.
    /// </summary>
    public static Task<IReadOnlyList<string>> WriteAsync(GraphSeed seed, string directory, string expectedVersion, CancellationToken cancellationToken) =>
        WriteAsync(seed, directory, expectedVersion, afterMove: null, cancellationToken);

    /// <summary>As <see cref="WriteAsync(GraphSeed, string, CancellationToken)"/>, calling <paramref name="afterMove"/> after each file moved into place.</summary>
    internal static Task<IReadOnlyList<string>> WriteAsync(GraphSeed seed, string directory, Action<string>? afterMove, CancellationToken cancellationToken) =>
        WriteAsync(seed, directory, expectedVersion: null, afterMove, cancellationToken);

    internal static async Task<IReadOnlyList<string>> WriteAsync(GraphSeed seed, string directory, string? expectedVersion, Action<string>? afterMove, CancellationToken cancellationToken) =>
        await SeedDirectory.CommitAsync(directory, await FormatAsync(seed, cancellationToken), expectedVersion, afterMove, cancellationToken);

    /// <summary>Every table's canonical bytes, by file name.</summary>
    public static async Task<IReadOnlyDictionary<string, byte[]>> FormatAsync(GraphSeed seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var tables = new Dictionary<string, byte[]>(StringComparer.Ordinal);

        async Task Add<T>(SeedTable<T> table, ImmutableArray<T> rows)
            where T : class
        {
            using var buffer = new MemoryStream();
            await WriteTableAsync(table, rows, buffer, cancellationToken);
            tables[table.FileName] = buffer.ToArray();
        }

        await Add(SeedTables.Countries, seed.Countries);
        await Add(SeedTables.CountryNames, seed.CountryNames);
        await Add(SeedTables.Units, seed.Units);
        await Add(SeedTables.UnitNames, seed.UnitNames);
        await Add(SeedTables.Successions, seed.Successions);
        await Add(SeedTables.Fields, seed.Fields);
        await Add(SeedTables.Documents, seed.Documents);
        await Add(SeedTables.Instruments, seed.Instruments);
        await Add(SeedTables.Parties, seed.Parties);
        await Add(SeedTables.InstrumentLinks, seed.InstrumentLinks);
        await Add(SeedTables.Mechanisms, seed.Mechanisms);
        await Add(SeedTables.MechanismMembers, seed.MechanismMembers);
        await Add(SeedTables.Sessions, seed.Sessions);
        await Add(SeedTables.Commitments, seed.Commitments);
        await Add(SeedTables.People, seed.People);
        await Add(SeedTables.PersonRoles, seed.PersonRoles);
        await Add(SeedTables.Evidence, seed.Evidence);
        await Add(SeedTables.Rejections, seed.Rejections);
        return tables;
    }

    /// <summary>The version the graph has when written: the one a reader of the written directory reports.</summary>
    public static async Task<string> VersionOfAsync(GraphSeed seed, CancellationToken cancellationToken)
    {
        var tables = await FormatAsync(seed, cancellationToken);
        return SeedDirectory.VersionOf(tables.ToDictionary(pair => pair.Key, pair => (byte[]?)pair.Value, StringComparer.Ordinal));
    }

    /// <summary>Writes one table's rows in canonical order to a stream (the caller owns the stream).</summary>
    public static async Task WriteTableAsync<T>(SeedTable<T> table, IEnumerable<T> rows, Stream destination, CancellationToken cancellationToken)
        where T : class
    {
        await using var writer = CsvWriter.Create(destination, Options, leaveOpen: true);
        writer.WriteHeader([.. table.Columns]);
        foreach (var row in rows.OrderBy(table.Key, StringComparer.Ordinal))
        {
            writer.WriteRecord(table.Format(row));
        }

        await writer.FlushAsync(cancellationToken);
    }
}
