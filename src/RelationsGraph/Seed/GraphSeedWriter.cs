using System.Collections.Immutable;
using CsvHelper;

namespace RelationsGraph.Seed;

/// <summary>
/// Writes a <see cref="GraphSeed"/> as a graph-seed directory in canonical form: the contract's column order, rows
/// sorted by key, LF line endings, so that the same graph always gives byte-identical files. Every file is first
/// written beside its target and only moved into place once all of them are complete, so a failure leaves the
/// previous files as they were.
/// </summary>
public static class GraphSeedWriter
{
    private static readonly CsvWriterOptions Options = new() { Separator = ',', NewLine = "\n", Quoting = CsvQuoting.WhenNeeded };

    public static async Task WriteAsync(GraphSeed seed, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var staged = new List<(string Temporary, string Target)>();
        try
        {
            async Task Stage<T>(SeedTable<T> table, ImmutableArray<T> rows)
                where T : class
            {
                var target = Path.Combine(directory, table.FileName);
                var temporary = Path.Combine(directory, $".{table.FileName}.{Guid.NewGuid():N}.tmp");
                staged.Add((temporary, target));
                await WriteTableAsync(table, rows, temporary, cancellationToken);
            }

            await Stage(SeedTables.Countries, seed.Countries);
            await Stage(SeedTables.CountryNames, seed.CountryNames);
            await Stage(SeedTables.Units, seed.Units);
            await Stage(SeedTables.UnitNames, seed.UnitNames);
            await Stage(SeedTables.Successions, seed.Successions);
            await Stage(SeedTables.Fields, seed.Fields);
            await Stage(SeedTables.Documents, seed.Documents);
            await Stage(SeedTables.Instruments, seed.Instruments);
            await Stage(SeedTables.Parties, seed.Parties);
            await Stage(SeedTables.InstrumentLinks, seed.InstrumentLinks);
            await Stage(SeedTables.Mechanisms, seed.Mechanisms);
            await Stage(SeedTables.MechanismMembers, seed.MechanismMembers);
            await Stage(SeedTables.Sessions, seed.Sessions);
            await Stage(SeedTables.Commitments, seed.Commitments);
            await Stage(SeedTables.People, seed.People);
            await Stage(SeedTables.PersonRoles, seed.PersonRoles);
            await Stage(SeedTables.Evidence, seed.Evidence);

            foreach (var (temporary, target) in staged)
            {
                File.Move(temporary, target, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temporary, _) in staged)
            {
                File.Delete(temporary);
            }
        }
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

    private static async Task WriteTableAsync<T>(SeedTable<T> table, ImmutableArray<T> rows, string path, CancellationToken cancellationToken)
        where T : class
    {
        await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        await WriteTableAsync(table, rows, stream, cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }
}
