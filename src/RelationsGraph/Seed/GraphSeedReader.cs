using System.Collections.Immutable;
using CsvHelper;

namespace RelationsGraph.Seed;

/// <summary>
/// Reads a graph-seed directory into a <see cref="GraphSeed"/>, collecting every located format error of every file
/// (missing file, unknown or missing column, malformed value, duplicate key) before failing, so that one run reports
/// all of them. References between files are checked by <see cref="SeedValidator"/>.
/// </summary>
public static class GraphSeedReader
{
    public static async Task<GraphSeed> ReadAsync(string directory, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            throw new SeedValidationException([new SeedError(directory, null, null, null, "the graph-seed directory does not exist")]);
        }

        var errors = new List<SeedError>();
        var origins = new RowOrigins();
        var displayRoot = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));

        async Task<ImmutableArray<T>> Read<T>(SeedTable<T> table)
            where T : class =>
            await ReadTableAsync(table, Path.Combine(directory, table.FileName), $"{displayRoot}/{table.FileName}", errors, origins, cancellationToken);

        var seed = new GraphSeed
        {
            Countries = await Read(SeedTables.Countries),
            Units = await Read(SeedTables.Units),
            UnitNames = await Read(SeedTables.UnitNames),
            Successions = await Read(SeedTables.Successions),
            Fields = await Read(SeedTables.Fields),
            Documents = await Read(SeedTables.Documents),
            Instruments = await Read(SeedTables.Instruments),
            Parties = await Read(SeedTables.Parties),
            InstrumentLinks = await Read(SeedTables.InstrumentLinks),
            Mechanisms = await Read(SeedTables.Mechanisms),
            MechanismMembers = await Read(SeedTables.MechanismMembers),
            Sessions = await Read(SeedTables.Sessions),
            Commitments = await Read(SeedTables.Commitments),
            People = await Read(SeedTables.People),
            PersonRoles = await Read(SeedTables.PersonRoles),
            Evidence = await Read(SeedTables.Evidence),
            Origins = origins,
        };

        if (errors.Count > 0)
        {
            throw new SeedValidationException(errors);
        }

        return seed;
    }

    private static async Task<ImmutableArray<T>> ReadTableAsync<T>(
        SeedTable<T> table,
        string path,
        string displayPath,
        List<SeedError> errors,
        RowOrigins origins,
        CancellationToken cancellationToken)
        where T : class
    {
        if (!File.Exists(path))
        {
            errors.Add(new SeedError(displayPath, null, null, null, $"the file is missing (expected columns: {string.Join(',', table.Columns)})"));
            return [];
        }

        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = false,
            SkipEmptyLines = true,
            OnMalformedRecord = malformed => errors.Add(new SeedError(
                displayPath,
                (int)malformed.LineNumber,
                null,
                null,
                $"malformed CSV ({malformed.Reason})")),
        };

        await using var reader = CsvReader.FromFile(path, options);
        await reader.ReadHeaderAsync(cancellationToken);
        var header = reader.Headers.ToArray();
        var columnIndex = CheckHeader(table, header, displayPath, errors);
        if (columnIndex is null)
        {
            return [];
        }

        var rows = ImmutableArray.CreateBuilder<T>();
        var lineOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var line = (int)reader.LineNumber;
            if (reader.FieldCount != header.Length)
            {
                errors.Add(new SeedError(displayPath, line, null, null, $"expected {header.Length} fields, found {reader.FieldCount}"));
                continue;
            }

            var fields = new string[header.Length];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i) ?? string.Empty;
            }

            var rowReader = new SeedRowReader(displayPath, line, columnIndex, fields, errors);
            var row = table.Parse(rowReader);
            if (rowReader.HasErrors)
            {
                continue;
            }

            var key = table.Key(row);
            if (lineOfKey.TryGetValue(key, out var firstLine))
            {
                rowReader.Fail(table.KeyColumn, $"duplicate key {DescribeKey(key)} (first defined on line {firstLine})");
                continue;
            }

            lineOfKey.Add(key, line);
            origins.Add(row, new RowOrigin(displayPath, line, header));
            rows.Add(row);
        }

        return rows.ToImmutable();
    }

    private static Dictionary<string, int>? CheckHeader<T>(SeedTable<T> table, string[] header, string displayPath, List<SeedError> errors)
        where T : class
    {
        var ok = true;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (!table.Columns.Contains(header[i]))
            {
                errors.Add(new SeedError(displayPath, 1, i + 1, header[i], $"unknown column (expected: {string.Join(',', table.Columns)})"));
                ok = false;
            }
            else if (!index.TryAdd(header[i], i))
            {
                errors.Add(new SeedError(displayPath, 1, i + 1, header[i], "the column appears twice"));
                ok = false;
            }
        }

        foreach (var missing in table.Columns.Where(column => !index.ContainsKey(column)))
        {
            errors.Add(new SeedError(displayPath, 1, null, missing, "the column is missing"));
            ok = false;
        }

        return ok ? index : null;
    }

    private static string DescribeKey(string key) => "'" + key.Replace('\u001f', '/') + "'";
}
