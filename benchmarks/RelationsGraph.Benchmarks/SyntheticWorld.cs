using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using RelationsGraph.Facts;
using RelationsGraph.Gazetteer;
using RelationsGraph.Seed;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// A deterministic, world-scale graph for benchmarks: many countries with first-level units, each unit with a few
/// partnerships (mostly with units of neighbouring countries) carrying the instruments, each instrument with a party
/// per side and evidence. Valid by the same rules as graph-seed, so it exercises the real validation and build.
/// </summary>
public static class SyntheticWorld
{
    public const string FirstCountry = "AA";
    public const string NeighbourCountry = "AB";

    public static GraphSeed Generate(int countries = 100, int unitsPerCountry = 50, int instruments = 100_000, int documents = 10_000, int seed = 20_251_123)
    {
        var random = new Random(seed);
        var countryCodes = Enumerable.Range(0, countries).Select(CountryCode).ToArray();
        var countryRows = countryCodes.Select(code => new Country(code, "Country " + code, null)).ToImmutableArray();
        var units = new List<AdministrativeUnit>(countries * unitsPerCountry);
        var names = new List<UnitName>(countries * unitsPerCountry);
        for (var c = 0; c < countries; c++)
        {
            for (var u = 0; u < unitsPerCountry; u++)
            {
                var id = $"{countryCodes[c]}-{u:D3}";
                units.Add(new AdministrativeUnit { Id = id, CountryCode = countryCodes[c], Type = UnitType.Province, Name = $"Province {countryCodes[c]} {u}", NameVi = $"Tỉnh {countryCodes[c]} {u}" });
                names.Add(new UnitName(id, $"Prov-{countryCodes[c]}-{u}", "en"));
            }
        }

        var documentRows = Enumerable.Range(0, documents).Select(index =>
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("synthetic document " + index)));
            return new SourceDocument { Id = hash[..16], Title = "Synthetic report " + index, Language = index % 2 == 0 ? "vi" : "en", ContentHash = "sha256:" + hash };
        }).ToImmutableArray();

        var fields = new[] { "agriculture", "education", "health", "trade", "tourism", "culture" }
            .Select(code => new CooperationField(code, code, code)).ToImmutableArray();
        var kinds = new[] { InstrumentKind.Agreement, InstrumentKind.Mou, InstrumentKind.Minutes, InstrumentKind.Plan, InstrumentKind.Visit };
        var levels = new[] { PartyLevel.ProvincialGovernment, PartyLevel.ProvincialGovernment, PartyLevel.ProvincialGovernment, PartyLevel.Police, PartyLevel.University };

        // Provinces keep a few partnerships (mostly with neighbouring countries) and renew them with new instruments
        // over the years, as real ones do: the instruments are spread over these partnerships.
        var partnerships = new List<(int Country, int Unit, int PartnerCountry, int PartnerUnit)>();
        for (var c = 0; c < countries; c++)
        {
            for (var u = 0; u < unitsPerCountry; u++)
            {
                var count = 1 + random.Next(6);
                for (var k = 0; k < count; k++)
                {
                    var partnerCountry = random.NextDouble() < 0.7
                        ? (c + 1 + random.Next(2)) % countries
                        : (c + 1 + random.Next(countries - 1)) % countries;
                    partnerships.Add((c, u, partnerCountry, random.Next(unitsPerCountry)));
                }
            }
        }

        var instrumentRows = ImmutableArray.CreateBuilder<Instrument>(instruments);
        var parties = ImmutableArray.CreateBuilder<Party>(instruments * 2);
        var evidence = ImmutableArray.CreateBuilder<Evidence>(instruments);
        for (var i = 0; i < instruments; i++)
        {
            var (country, unit, partnerCountry, partnerUnit) = partnerships[random.Next(partnerships.Count)];
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
                Fields = [fields[random.Next(fields.Length)].Code],
                Source = SourceKind.Article,
                Confidence = 1,
                Reviewed = true,
            });
            var level = levels[random.Next(levels.Length)];
            parties.Add(new Party { InstrumentId = id, UnitId = $"{countryCodes[country]}-{unit:D3}", Level = level });
            parties.Add(new Party { InstrumentId = id, UnitId = $"{countryCodes[partnerCountry]}-{partnerUnit:D3}", Level = level });
            var documentId = documentRows[random.Next(documents)].Id;
            var offset = random.Next(10_000);
            evidence.Add(new Evidence { SubjectId = id, DocumentId = documentId, Start = offset, End = offset + 80 });
        }

        return new GraphSeed
        {
            Countries = countryRows,
            Units = [.. units],
            UnitNames = [.. names],
            Fields = fields,
            Documents = documentRows,
            Instruments = instrumentRows.MoveToImmutable(),
            Parties = parties.MoveToImmutable(),
            Evidence = evidence.MoveToImmutable(),
        };
    }

    private static string CountryCode(int index) => $"{(char)('A' + (index / 26))}{(char)('A' + (index % 26))}";
}
