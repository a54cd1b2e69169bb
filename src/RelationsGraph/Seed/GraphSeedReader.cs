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
            CountryNames = await Read(SeedTables.CountryNames),
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

        var rows = new List<T>();
        var lines = new List<int>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var rowReader = new SeedRowReader(displayPath, columnIndex, errors);
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

            rowReader.Reset(line, fields);
            var row = table.Parse(rowReader);
            if (rowReader.HasErrors)
            {
                continue;
            }

            if (!keys.Add(table.Key(row)))
            {
                var firstLine = lines[rows.FindIndex(earlier => table.Key(earlier) == table.Key(row))];
                rowReader.Fail(table.KeyColumn, $"duplicate key {DescribeKey(table.Key(row))} (first defined on line {firstLine})");
                continue;
            }

            rows.Add(row);
            lines.Add(line);
        }

        ImmutableArray<T> result = [.. rows];
        origins.AddTable(displayPath, header, result, [.. lines]);
        return result;
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
