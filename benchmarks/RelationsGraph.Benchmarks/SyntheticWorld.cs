using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using RelationsGraph.Facts;
using RelationsGraph.Gazetteer;
using RelationsGraph.Seed;

namespace RelationsGraph.Benchmarks;

/// <summary>The size and make-up of a generated world.</summary>
/// <param name="Units">Synthetic administrative units, spread over countries of <paramref name="UnitsPerCountry"/>.</param>
/// <param name="UnitsPerCountry">Units in each synthetic country.</param>
/// <param name="Instruments">Synthetic instruments (each with two parties and one evidence row); 20 per unit when not given.</param>
/// <param name="Documents">Synthetic source documents cited by the evidence; 2 per unit when not given.</param>
/// <param name="RandomSeed">The seed of the generator: the same options give the same world, byte for byte.</param>
/// <param name="RealSeed">A real graph-seed merged in unchanged (its countries, units, names, facts and evidence), or none.</param>
public sealed record WorldOptions(
    int Units = 5_000,
    int UnitsPerCountry = 50,
    int? Instruments = null,
    int? Documents = null,
    int RandomSeed = 20_251_123,
    GraphSeed? RealSeed = null)
{
    public int Countries => (Units + UnitsPerCountry - 1) / UnitsPerCountry;

    public int InstrumentCount => Instruments ?? Units * 20;

    public int DocumentCount => Documents ?? Units * 2;
}

/// <summary>
/// A deterministic, world-scale graph for benchmarks: many countries with first-level units, each unit with a few
/// partnerships (mostly with units of neighbouring countries) carrying the instruments, each instrument with a party
/// per side and evidence. Valid by the same rules as graph-seed, so it exercises the real validation and build.
/// With a real graph-seed merged in, the world also holds the real countries, units and facts, untouched: synthetic
/// countries take codes the real seed does not use and synthetic facts never involve a real unit, so a question about
/// real provinces (Laos and Vietnam) has the same answer in the world as in the real seed alone.
/// </summary>
public static class SyntheticWorld
{
    public const string FirstCountry = "AA";
    public const string NeighbourCountry = "AB";

    public static GraphSeed Generate(int countries = 100, int unitsPerCountry = 50, int instruments = 100_000, int documents = 10_000, int seed = 20_251_123) =>
        Generate(new WorldOptions(countries * unitsPerCountry, unitsPerCountry, instruments, documents, seed));

    public static GraphSeed Generate(WorldOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Units, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.UnitsPerCountry, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.InstrumentCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.DocumentCount, 1);
        var real = options.RealSeed ?? new GraphSeed();
        var random = new Random(options.RandomSeed);
        var countryCodes = CountryCodes(options.Countries, [.. real.Countries.Select(country => country.Code)]);
        var countries = countryCodes.Length;
        var units = new List<AdministrativeUnit>(options.Units);
        var names = new List<UnitName>(options.Units);
        var unitIds = new string[options.Units];
        var unitCountry = new int[options.Units];
        for (var index = 0; index < options.Units; index++)
        {
            var c = index / options.UnitsPerCountry;
            var u = index % options.UnitsPerCountry;
            var id = unitIds[index] = $"{countryCodes[c]}-{u:D3}";
            unitCountry[index] = c;
            units.Add(new AdministrativeUnit { Id = id, CountryCode = countryCodes[c], Type = UnitType.Province, Name = $"Province {countryCodes[c]} {u}", NameVi = $"Tỉnh {countryCodes[c]} {u}" });
            names.Add(new UnitName(id, $"Prov-{countryCodes[c]}-{u}", "en"));
        }

        var documentRows = Enumerable.Range(0, options.DocumentCount).Select(index =>
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("synthetic document " + index)));
            // No text is kept for a synthetic report, so like every document we only cite it names where it is read.
            return new SourceDocument { Id = hash[..16], Title = "Synthetic report " + index, Url = $"https://example.org/synthetic/{hash[..16]}", Language = index % 2 == 0 ? "vi" : "en", ContentHash = "sha256:" + hash };
        }).ToImmutableArray();

        var fieldCodes = new[] { "agriculture", "education", "health", "trade", "tourism", "culture" };
        var fields = real.Fields.AddRange(fieldCodes
            .Where(code => !real.Fields.Any(field => field.Code == code))
            .Select(code => new CooperationField(code, code, code)));
        var kinds = new[] { InstrumentKind.Agreement, InstrumentKind.Mou, InstrumentKind.Minutes, InstrumentKind.Plan, InstrumentKind.Visit };
        var levels = new[] { PartyLevel.ProvincialGovernment, PartyLevel.ProvincialGovernment, PartyLevel.ProvincialGovernment, PartyLevel.Police, PartyLevel.University };

        // Provinces keep a few partnerships (mostly with neighbouring countries) and renew them with new instruments
        // over the years, as real ones do: the instruments are spread over these partnerships.
        var partnerships = new List<(int Unit, int Partner)>();
        for (var index = 0; index < options.Units; index++)
        {
            var c = unitCountry[index];
            var count = 1 + random.Next(6);
            for (var k = 0; k < count; k++)
            {
                var partnerCountry = countries == 1 ? c
                    : random.NextDouble() < 0.7 ? (c + 1 + random.Next(Math.Min(2, countries - 1))) % countries
                    : (c + 1 + random.Next(countries - 1)) % countries;
                var partnerUnits = Math.Min(options.UnitsPerCountry, options.Units - (partnerCountry * options.UnitsPerCountry));
                var partner = (partnerCountry * options.UnitsPerCountry) + random.Next(partnerUnits);
                if (partner != index)
                {
                    partnerships.Add((index, partner));
                }
            }
        }

        var instrumentCount = options.InstrumentCount;
        var instrumentRows = ImmutableArray.CreateBuilder<Instrument>(instrumentCount);
        var parties = ImmutableArray.CreateBuilder<Party>(instrumentCount * 2);
        var evidence = ImmutableArray.CreateBuilder<Evidence>(instrumentCount);
        for (var i = 0; i < instrumentCount; i++)
        {
            var (unit, partner) = partnerships[random.Next(partnerships.Count)];
            var start = 2000 + random.Next(25);
            var id = $"synthetic-{i:D6}";
            instrumentRows.Add(new Instrument
            {
                Id = id,
                Kind = kinds[random.Next(kinds.Length)],
                Title = $"Synthetic instrument {i}",
                SignedOn = new DateOnly(start, 1 + random.Next(12), 1 + random.Next(28)),
                PeriodStart = start,
                PeriodEnd = start + 1 + random.Next(5),
                Fields = [fieldCodes[random.Next(fieldCodes.Length)]],
                Source = SourceKind.Article,
                Confidence = 1,
                Reviewed = true,
            });
            var level = levels[random.Next(levels.Length)];
            parties.Add(new Party { InstrumentId = id, UnitId = unitIds[unit], Level = level });
            parties.Add(new Party { InstrumentId = id, UnitId = unitIds[partner], Level = level });
            var documentId = documentRows[random.Next(documentRows.Length)].Id;
            var offset = random.Next(10_000);
            evidence.Add(new Evidence { SubjectId = id, DocumentId = documentId, Start = offset, End = offset + 80 });
        }

        return real with
        {
            Countries = real.Countries.AddRange(countryCodes.Select(code => new Country(code, "Country " + code, null))),
            Units = real.Units.AddRange(units),
            UnitNames = real.UnitNames.AddRange(names),
            Fields = fields,
            Documents = real.Documents.AddRange(documentRows),
            Instruments = real.Instruments.AddRange(instrumentRows.MoveToImmutable()),
            Parties = real.Parties.AddRange(parties.MoveToImmutable()),
            Evidence = real.Evidence.AddRange(evidence.MoveToImmutable()),
            Origins = RowOrigins.None,
        };
    }

    /// <summary>The repository's graph-seed (copied beside the benchmarks by the API project), read and validated.</summary>
    public static Task<GraphSeed> ReadRealSeedAsync(string? directory = null)
    {
        directory ??= Path.Combine(AppContext.BaseDirectory, "graph-seed");
        return GraphSeedReader.ReadAsync(directory, CancellationToken.None);
    }

    /// <summary>Two-letter codes in order (AA, AB, ...), skipping the codes of real countries.</summary>
    private static string[] CountryCodes(int count, HashSet<string> taken)
    {
        if (count > (26 * 26) - taken.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "At most 676 two-letter country codes exist; use more units per country.");
        }

        var codes = new List<string>(count);
        for (var index = 0; codes.Count < count; index++)
        {
            var code = $"{(char)('A' + (index / 26))}{(char)('A' + (index % 26))}";
            if (!taken.Contains(code))
            {
                codes.Add(code);
            }
        }

        return [.. codes];
    }
}
