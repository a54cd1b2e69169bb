using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CsvHelper;
using RelationsGraph.Common;

namespace RelationsGraph.Seed;

/// <summary>
/// Reads a graph-seed directory into a <see cref="GraphSeed"/>, collecting every located format error of every file
/// (missing file, unknown or missing column, malformed value, duplicate key) before failing, so that one run reports
/// all of them. References between files are checked by <see cref="SeedValidator"/>. The files are read as one
/// consistent state of the directory (<see cref="SeedDirectory"/>), never half of a write.
/// </summary>
public static class GraphSeedReader
{
    public static async Task<GraphSeed> ReadAsync(string directory, CancellationToken cancellationToken) =>
        (await ReadWithVersionAsync(directory, cancellationToken)).Seed;

    /// <summary>
    /// Only the gazetteer's tables (countries, units, their names, successions, fields): what the extractor needs to
    /// name places, without parsing the facts it does not use. The other tables are left empty and unchecked.
    /// </summary>
    public static async Task<GraphSeed> ReadGazetteerAsync(string directory, CancellationToken cancellationToken) =>
        (await ReadWithVersionAsync(directory, gazetteerOnly: true, phases: null, cancellationToken)).Seed;

    /// <summary>The rows and the version of the very bytes they were read from.</summary>
    public static Task<(GraphSeed Seed, string Version)> ReadWithVersionAsync(string directory, CancellationToken cancellationToken, Snapshots.BuildPhases? phases = null) =>
        ReadWithVersionAsync(directory, gazetteerOnly: false, phases, cancellationToken);

    private static async Task<(GraphSeed Seed, string Version)> ReadWithVersionAsync(string directory, bool gazetteerOnly, Snapshots.BuildPhases? phases, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            throw new SeedValidationException([new SeedError(directory, null, null, null, "the graph-seed directory does not exist")]);
        }

        var tables = await SeedDirectory.ReadTablesAsync(directory, cancellationToken);
        phases?.Mark("read files");

        // Parsing allocates about three times the files' size, nearly all of it rows kept to the end: no collections
        // meanwhile (for large seeds only; see CollectionFreeRegion).
        using var noCollections = gazetteerOnly ? null : CollectionFreeRegion.Enter(ParseAllocationBudget(tables));

        var errors = new List<SeedError>();
        var origins = new RowOrigins();
        var strings = new SeedStrings();
        var displayRoot = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));

        Task<ImmutableArray<T>> Read<T>(SeedTable<T> table, List<SeedError> errors, RowOrigins origins, SeedStrings strings, StrongBox<int[]>? knownRows = null)
            where T : class =>
            ReadTableAsync(table, tables[table.FileName], $"{displayRoot}/{table.FileName}", errors, origins, strings, knownRows, cancellationToken);

        // The gazetteer, the documents and the instruments first: every id the other files repeat is then shared. Two
        // threads: one parses documents.csv, the other the gazetteer's files and hashes the bytes (the version); then
        // both parse pieces of instruments.csv, the biggest of these files, until none is left (SplitTable). Each thread
        // has strings of its own, added to the gazetteer's afterwards (they repeat none of its ids); errors and origins
        // are merged in file order.
        var instrumentsPath = $"{displayRoot}/{SeedTables.Instruments.FileName}";
        var instrumentPieces = gazetteerOnly ? null : SplitTable<Facts.Instrument>.Cut(SeedTables.Instruments, tables[SeedTables.Instruments.FileName], instrumentsPath);
        var (documentErrors, documentOrigins, documentStrings) = (new List<SeedError>(), new RowOrigins(), new SeedStrings());
        var documentsSide = gazetteerOnly ? null : Task.Run(
            async () =>
            {
                var started = Stopwatch.GetTimestamp();
                var documents = await Read(SeedTables.Documents, documentErrors, documentOrigins, documentStrings);
                phases?.Side("parse documents.csv", started);
                if (instrumentPieces is not null)
                {
                    var piecesStarted = Stopwatch.GetTimestamp();
                    instrumentPieces.ParsePieces(documentStrings, cancellationToken);
                    phases?.Side("parse pieces of instruments.csv (beside the documents)", piecesStarted);
                }

                return documents;
            },
            cancellationToken);

        // The version is the hash of the very bytes parsed here: taken beside the gazetteer when nothing else is read.
        var versionSide = gazetteerOnly ? Task.Run(() => SeedDirectory.VersionOf(tables), cancellationToken) : null;
        var gazetteerStarted = Stopwatch.GetTimestamp();
        var countries = await Read(SeedTables.Countries, errors, origins, strings);
        var countryNames = await Read(SeedTables.CountryNames, errors, origins, strings);
        var units = await Read(SeedTables.Units, errors, origins, strings);
        var unitNames = await Read(SeedTables.UnitNames, errors, origins, strings);
        var successions = await Read(SeedTables.Successions, errors, origins, strings);
        var fields = await Read(SeedTables.Fields, errors, origins, strings);
        phases?.Side("parse the gazetteer's files", gazetteerStarted);

        // The gazetteer's own tables; the facts' are left empty and unchecked until read below.
        var gazetteer = new GraphSeed
        {
            Countries = countries,
            CountryNames = countryNames,
            Units = units,
            UnitNames = unitNames,
            Successions = successions,
            Fields = fields,
            Origins = origins,
            KnownRows = new KnownRows([], []),
        };
        if (gazetteerOnly)
        {
            var gazetteerVersion = await versionSide!;
            return errors.Count > 0 ? throw new SeedValidationException(errors) : (gazetteer, gazetteerVersion);
        }

        // Otherwise on this thread, while the other parses the documents.
        var hashStarted = Stopwatch.GetTimestamp();
        var versionOfBytes = SeedDirectory.VersionOf(tables);
        phases?.Side("version (hash of the bytes)", hashStarted);
        var instrumentStrings = new SeedStrings();
        if (instrumentPieces is not null)
        {
            var piecesStarted = Stopwatch.GetTimestamp();
            instrumentPieces.ParsePieces(instrumentStrings, cancellationToken);
            phases?.Side("parse pieces of instruments.csv (beside the gazetteer)", piecesStarted);
        }

        var documents = await documentsSide!;

        // A file that could not be cut, or with anything wrong in a piece, is read whole, as any other file.
        var instruments = instrumentPieces?.Finish(documentOrigins) ?? await Read(SeedTables.Instruments, documentErrors, documentOrigins, documentStrings);
        errors.AddRange(documentErrors);
        origins.AddTables(documentOrigins);
        strings.AddFrom(documentStrings);
        strings.AddFrom(instrumentStrings);
        strings.AddIds(InstrumentIds(instruments));
        strings.AddKnownIds(KnownIds(units, documents));
        phases?.Mark("parse CSV: gazetteer, documents, instruments");

        // Then parties, the biggest file, beside the rest: each side with strings of its own over those read so far
        // (which neither changes), its own errors and origins, merged in file order so that errors read the same.
        var (partyErrors, partyOrigins, partyUnits) = (new List<SeedError>(), new RowOrigins(), new StrongBox<int[]>([]));
        var parties = Task.Run(
            async () =>
            {
                var started = Stopwatch.GetTimestamp();
                var read = await Read(SeedTables.Parties, partyErrors, partyOrigins, new SeedStrings(strings), partyUnits);
                phases?.Side("parse parties.csv", started);
                return read;
            },
            cancellationToken);
        var restStarted = Stopwatch.GetTimestamp();
        var (restErrors, restOrigins, restStrings) = (new List<SeedError>(), new RowOrigins(), new SeedStrings(strings));
        var instrumentLinks = await Read(SeedTables.InstrumentLinks, restErrors, restOrigins, restStrings);
        var mechanisms = await Read(SeedTables.Mechanisms, restErrors, restOrigins, restStrings);
        var mechanismMembers = await Read(SeedTables.MechanismMembers, restErrors, restOrigins, restStrings);
        var sessions = await Read(SeedTables.Sessions, restErrors, restOrigins, restStrings);
        var commitments = await Read(SeedTables.Commitments, restErrors, restOrigins, restStrings);
        var people = await Read(SeedTables.People, restErrors, restOrigins, restStrings);
        var personRoles = await Read(SeedTables.PersonRoles, restErrors, restOrigins, restStrings);
        var evidenceDocuments = new StrongBox<int[]>([]);
        var evidence = await Read(SeedTables.Evidence, restErrors, restOrigins, restStrings, evidenceDocuments);
        var rejections = await Read(SeedTables.Rejections, restErrors, restOrigins, restStrings);
        phases?.Side("parse evidence.csv and the small files", restStarted);
        var partyRows = await parties;
        errors.AddRange(partyErrors);
        errors.AddRange(restErrors);
        origins.AddTables(partyOrigins);
        origins.AddTables(restOrigins);

        var seed = gazetteer with
        {
            Documents = documents,
            Instruments = instruments,
            Parties = partyRows,
            InstrumentLinks = instrumentLinks,
            Mechanisms = mechanisms,
            MechanismMembers = mechanismMembers,
            Sessions = sessions,
            Commitments = commitments,
            People = people,
            PersonRoles = personRoles,
            Evidence = evidence,
            Rejections = rejections,
            KnownRows = new KnownRows(partyUnits.Value!, evidenceDocuments.Value!),
        };
        phases?.Mark("parse CSV: parties beside the rest");

        if (errors.Count > 0)
        {
            throw new SeedValidationException(errors);
        }

        return (seed, versionOfBytes);
    }

    private static async Task<ImmutableArray<T>> ReadTableAsync<T>(
        SeedTable<T> table,
        byte[]? bytes,
        string displayPath,
        List<SeedError> errors,
        RowOrigins origins,
        SeedStrings strings,
        StrongBox<int[]>? knownRows,
        CancellationToken cancellationToken)
        where T : class
    {
        if (bytes is null)
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
        };
        string[] header = [];
        options = options with
        {
            OnMalformedRecord = malformed =>
            {
                var column = MalformedColumn(malformed.RawRecord, malformed.Reason);
                errors.Add(new SeedError(
                    displayPath,
                    (int)malformed.LineNumber,
                    column,
                    column is { } index && index <= header.Length ? header[index - 1] : null,
                    $"malformed CSV ({DescribeMalformed(malformed.Reason)})"));
            },
        };

        await using var reader = CsvReader.Create(bytes, options);
        await reader.ReadHeaderAsync(cancellationToken);
        header = reader.Headers.ToArray();
        var columnIndex = CheckHeader(table, header, displayPath, errors);
        if (columnIndex is null)
        {
            return [];
        }

        // Room for every row at once: no list grown and copied as hundreds of thousands of rows arrive. A row takes
        // at least one byte per column (its commas and its line break), which bounds the guess on any file.
        // Plain arrays filled to the end are handed out as they are, not copied again.
        var expected = ExpectedRows(bytes, header.Length);
        var rows = new T[expected];
        var lines = new int[expected];

        // Where each kept row's known id was found (SeedRowReader.KnownRow), for the files that name one on every row.
        var known = knownRows is null ? null : new int[expected];
        var count = 0;

        // While rows arrive in strictly increasing key order (as the writer writes them) none can repeat a key, and no
        // set of keys is built; the first row out of order starts one, with every row read so far.
        var inOrder = true;
        string? previousKey = null;
        HashSet<T>? rowKeys = null;
        HashSet<string>? keys = null;
        bool IsNewKey(T row)
        {
            if (inOrder)
            {
                if (count == 0 || Precedes(rows[count - 1], row))
                {
                    return true;
                }

                inOrder = false;
                // A composite key is compared field by field (the table's comparer) rather than built as a string per row.
                if (table.KeyComparer is { } comparer)
                {
                    rowKeys = new HashSet<T>(rows.Take(count), comparer);
                }
                else
                {
                    keys = new HashSet<string>(count, StringComparer.Ordinal);
                    foreach (var earlier in rows.AsSpan(0, count))
                    {
                        keys.Add(table.Key(earlier));
                    }
                }
            }

            return rowKeys?.Add(row) ?? keys!.Add(table.Key(row));
        }

        bool Precedes(T earlier, T row)
        {
            if (table.KeyOrder is { } order)
            {
                return order(earlier, row) < 0;
            }

            // The previous row's key, built once (for most tables it is the row's id, not a new string).
            previousKey ??= table.Key(earlier);
            var key = table.Key(row);
            var precedes = string.CompareOrdinal(previousKey, key) < 0;
            previousKey = key;
            return precedes;
        }

        var rowReader = new SeedRowReader(displayPath, columnIndex, errors, strings);
        while (await reader.ReadAsync(cancellationToken))
        {
            var line = (int)reader.LineNumber;
            if (reader.FieldCount != header.Length)
            {
                // The first field that should not be there, or the first that is missing.
                var column = Math.Min(reader.FieldCount, header.Length) + 1;
                errors.Add(new SeedError(displayPath, line, column, column <= header.Length ? header[column - 1] : null, $"expected {header.Length} fields, found {reader.FieldCount}"));
                continue;
            }

            rowReader.Reset(line, reader);
            var row = table.Parse(rowReader);
            if (rowReader.HasErrors)
            {
                continue;
            }

            if (!IsNewKey(row))
            {
                rowReader.Fail(table.KeyColumn, $"duplicate key {DescribeKey(table.Key(row))} (first defined on line {lines[FirstWithKey(table, rows, count, row)]})");
                continue;
            }

            if (count == rows.Length)
            {
                // Not expected (a row takes at least one line and one byte per column), but never out of bounds.
                Array.Resize(ref rows, Math.Max(4, count * 2));
                Array.Resize(ref lines, rows.Length);
                if (known is not null)
                {
                    Array.Resize(ref known, rows.Length);
                }
            }

            rows[count] = row;
            lines[count] = line;
            if (known is not null)
            {
                known[count] = rowReader.KnownRow;
            }

            count++;
        }

        knownRows?.Value = known!;
        var result = count == rows.Length ? ImmutableCollectionsMarshal.AsImmutableArray(rows) : ImmutableArray.Create(rows, 0, count);
        origins.AddTable(displayPath, header, result, count == lines.Length ? lines : lines[..count]);
        return result;
    }

    // Apart from the loop: a lambda there capturing the row would cost a closure object on every row read, not only on a duplicate.
    private static int FirstWithKey<T>(SeedTable<T> table, T[] rows, int count, T row)
        where T : class
    {
        var key = table.Key(row);
        return Array.FindIndex(rows, 0, count, earlier => table.Key(earlier) == key);
    }

    private static string[] InstrumentIds(ImmutableArray<Facts.Instrument> instruments)
    {
        var ids = new string[instruments.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = instruments[i].Id;
        }

        return ids;
    }

    /// <summary>The units' and the documents' ids: what parties.csv and evidence.csv name on every row besides an instrument.</summary>
    private static IEnumerable<(string Id, int Row)> KnownIds(ImmutableArray<Gazetteer.AdministrativeUnit> units, ImmutableArray<Facts.SourceDocument> documents)
    {
        for (var row = 0; row < units.Length; row++)
        {
            yield return (units[row].Id, row);
        }

        for (var row = 0; row < documents.Length; row++)
        {
            yield return (documents[row].Id, row);
        }
    }

    /// <summary>Room for what parsing these files allocates: about three times their bytes (measured on the 400,000-instrument
    /// world: 338 MB for 112 MB), with a margin.</summary>
    private static long ParseAllocationBudget(IReadOnlyDictionary<string, byte[]?> tables)
    {
        var bytes = 0L;
        foreach (var table in tables.Values)
        {
            bytes += table?.Length ?? 0;
        }

        return bytes * 4;
    }

    /// <summary>How many rows a file's bytes can hold: its lines after the header, and no more than one row per
    /// <paramref name="columns"/> bytes.</summary>
    private static int ExpectedRows(byte[] bytes, int columns)
    {
        var lines = bytes.AsSpan().Count((byte)'\n') + (bytes.Length > 0 && bytes[^1] != (byte)'\n' ? 1 : 0);
        return Math.Max(0, Math.Min(lines - 1, bytes.Length / Math.Max(1, columns)));
    }

    internal static Dictionary<string, int>? CheckHeader<T>(SeedTable<T> table, string[] header, string displayPath, List<SeedError> errors)
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

        foreach (var missing in table.Columns.Where(column => !index.ContainsKey(column) && !table.OptionalColumns.Contains(column)))
        {
            errors.Add(new SeedError(displayPath, 1, null, missing, "the column is missing"));
            ok = false;
        }

        return ok ? index : null;
    }

    /// <summary>
    /// The 1-based field of a raw CSV record where its quoting goes wrong: the field holding a stray quote or text
    /// after a closing quote, or the field whose quote is never closed. Null when the record does not show it.
    /// </summary>
    internal static int? MalformedColumn(string? rawRecord, CsvMalformedReason reason)
    {
        if (string.IsNullOrEmpty(rawRecord))
        {
            return null;
        }

        var field = 1;
        var fieldStart = true;
        var quoted = false;
        var closed = false;
        var openedIn = 0;
        for (var i = 0; i < rawRecord.Length; i++)
        {
            var c = rawRecord[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < rawRecord.Length && rawRecord[i + 1] == '"')
                    {
                        i++;
                    }
                    else
                    {
                        quoted = false;
                        closed = true;
                    }
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    field++;
                    fieldStart = true;
                    closed = false;
                    continue;
                case '\r' or '\n':
                    continue;
                case '"' when fieldStart:
                    quoted = true;
                    openedIn = field;
                    break;
                case '"':
                    return field;
                default:
                    if (closed)
                    {
                        return field;
                    }

                    break;
            }

            fieldStart = false;
        }

        return quoted ? openedIn : reason == CsvMalformedReason.FieldCountMismatch ? null : field;
    }

    private static string DescribeMalformed(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field; quote the whole field and double the quote",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside a quoted field",
        _ => reason.ToString(),
    };

    private static string DescribeKey(string key) => "'" + key.Replace('\u001f', '/') + "'";
}
