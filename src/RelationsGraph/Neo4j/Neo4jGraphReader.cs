using System.Globalization;
using RelationsGraph.Common;
using RelationsGraph.Facts;
using RelationsGraph.Gazetteer;
using RelationsGraph.Seed;

namespace RelationsGraph.Neo4j;

/// <summary>Reads the graph the loader wrote back into graph-seed rows, in one transaction so the rows are consistent.</summary>
public static class Neo4jGraphReader
{
    /// <summary>Every row of the graph and the version marker of the load that wrote them, read in one transaction.</summary>
    public static Task<(GraphSeed Seed, string? Version)> ReadAsync(Neo4jQueryClient client, CancellationToken cancellationToken) =>
        client.ExecuteInTransactionAsync(async transaction =>
        {
            var version = (await transaction.RunAsync(GraphCypher.ReadVersion.With(), cancellationToken)).Map(row => row.GetString("version")).FirstOrDefault();

            async Task<IReadOnlyList<T>> Read<T>(CypherTemplate template, Func<ResultRow, T> map) =>
                [.. (await transaction.RunAsync(template.With(), cancellationToken)).Map(map)];

            var units = await Read(GraphCypher.ReadUnits, row => (Unit: new AdministrativeUnit
            {
                Id = row.GetRequiredString("id"),
                CountryCode = row.GetRequiredString("country"),
                Type = row.GetRequiredString("type"),
                Name = row.GetRequiredString("name"),
                NameLocal = row.GetString("nameLocal"),
                NameVi = row.GetString("nameVi"),
                Source = row.GetString("source") ?? GazetteerSources.Hand,
                ParentId = row.GetString("parent"),
                ValidFrom = row.GetDate("validFrom"),
                ValidTo = row.GetDate("validTo"),
            }, Names: row.GetStringList("variantNames"), Languages: row.GetStringList("variantLanguages"), Sources: row.GetStringList("variantSources")));

            var countries = await Read(GraphCypher.ReadCountries, row => (
                Country: new Country(row.GetRequiredString("code"), row.GetRequiredString("name"), row.GetString("nameVi")) { Alpha3 = row.GetString("alpha3") },
                Names: row.GetStringList("variantNames"),
                Languages: row.GetStringList("variantLanguages"),
                Kinds: row.GetStringList("variantKinds"),
                Sources: row.GetStringList("variantSources")));

            var seed = new GraphSeed
            {
                Countries = [.. countries.Select(country => country.Country)],
                CountryNames = [.. countries.SelectMany(country => country.Names.Select((name, index) => new CountryName(
                    country.Country.Code, name, country.Languages[index], ParseCode<CountryNameKind>(country.Kinds[index]), country.Sources[index])))],
                Units = [.. units.Select(unit => unit.Unit)],
                UnitNames = [.. units.SelectMany(unit => unit.Names.Select((name, index) => new UnitName(unit.Unit.Id, name, unit.Languages[index])
                {
                    Source = index < unit.Sources.Count ? unit.Sources[index] : GazetteerSources.Hand,
                }))],
                Successions = [.. await Read(GraphCypher.ReadSuccessions, row => new Succession(row.GetRequiredString("predecessor"), row.GetRequiredString("successor"), row.GetDate("effectiveOn")!.Value, row.GetRequiredString("basis")) { Source = row.GetString("source") ?? GazetteerSources.Hand })],
                Fields = [.. await Read(GraphCypher.ReadFields, row => new CooperationField(row.GetRequiredString("code"), row.GetRequiredString("name"), row.GetRequiredString("nameVi")))],
                Documents = [.. await Read(GraphCypher.ReadDocuments, row => new SourceDocument
                {
                    Id = row.GetRequiredString("id"),
                    Title = row.GetRequiredString("title"),
                    Publisher = row.GetString("publisher"),
                    Url = row.GetString("url"),
                    PublishedOn = row.GetDate("publishedOn"),
                    Language = row.GetRequiredString("language"),
                    ContentHash = row.GetRequiredString("contentHash"),
                    File = row.GetString("file"),
                })],
                Instruments = [.. await Read(GraphCypher.ReadInstruments, row => new Instrument
                {
                    Id = row.GetRequiredString("id"),
                    Kind = ParseCode<InstrumentKind>(row.GetRequiredString("kind")),
                    Number = row.GetString("number"),
                    Title = row.GetRequiredString("title"),
                    TitleVi = row.GetString("titleVi"),
                    SignedOn = row.GetDate("signedOn"),
                    PeriodStart = row.GetInt32("periodStart"),
                    PeriodEnd = row.GetInt32("periodEnd"),
                    Status = ParseCode<InstrumentStatus>(row.GetRequiredString("status")),
                    Fields = [.. row.GetStringList("fields")],
                    Background = row.GetBoolean("background") ?? false,
                    Source = row.GetString("source") is { } source ? ParseCode<SourceKind>(source) : SourceKind.Article,
                    Confidence = row.GetDouble("confidence") ?? 1,
                    Reviewed = row.GetBoolean("reviewed") ?? false,
                    ReviewedBy = row.GetString("reviewedBy"),
                    ReviewedAt = Timestamp(row.GetString("reviewedAt")),
                })],
                Parties = [.. await Read(GraphCypher.ReadParties, row => new Party
                {
                    InstrumentId = row.GetRequiredString("instrumentId"),
                    UnitId = row.GetRequiredString("unitId"),
                    Level = ParseCode<PartyLevel>(row.GetRequiredString("level")),
                    Role = ParseCode<PartyRole>(row.GetRequiredString("role")),
                    Organisation = row.GetString("organisation"),
                    OrganisationVi = row.GetString("organisationVi"),
                })],
                InstrumentLinks = [.. await Read(GraphCypher.ReadInstrumentLinks, row => new InstrumentLink(row.GetRequiredString("fromId"), ParseCode<LinkType>(row.GetRequiredString("type")), row.GetRequiredString("toId")))],
                Mechanisms = [.. await Read(GraphCypher.ReadMechanisms, row => new Mechanism
                {
                    Id = row.GetRequiredString("id"),
                    Name = row.GetRequiredString("name"),
                    NameVi = row.GetString("nameVi"),
                    EstablishedOn = row.GetDate("establishedOn"),
                })],
                MechanismMembers = [.. await Read(GraphCypher.ReadMembers, row => new MechanismMember
                {
                    MechanismId = row.GetRequiredString("mechanismId"),
                    UnitId = row.GetRequiredString("unitId"),
                    From = row.GetDate("from"),
                    To = row.GetDate("to"),
                })],
                Sessions = [.. await Read(GraphCypher.ReadSessions, row => new Session
                {
                    Id = row.GetRequiredString("id"),
                    MechanismId = row.GetRequiredString("mechanismId"),
                    Ordinal = row.GetInt32("ordinal"),
                    HeldOn = row.GetDate("heldOn"),
                    HostId = row.GetString("hostId"),
                    Mode = ParseCode<SessionMode>(row.GetRequiredString("mode")),
                    Title = row.GetString("title"),
                    Source = row.GetString("source") is { } source ? ParseCode<SourceKind>(source) : SourceKind.Article,
                    Confidence = row.GetDouble("confidence") ?? 1,
                    Reviewed = row.GetBoolean("reviewed") ?? false,
                    ReviewedBy = row.GetString("reviewedBy"),
                    ReviewedAt = Timestamp(row.GetString("reviewedAt")),
                })],
                Commitments = [.. await Read(GraphCypher.ReadCommitments, row => new Commitment
                {
                    Id = row.GetRequiredString("id"),
                    InstrumentId = row.GetRequiredString("instrumentId"),
                    Kind = ParseCode<CommitmentKind>(row.GetRequiredString("kind")),
                    Description = row.GetRequiredString("description"),
                    Amount = row.GetInt64("amount"),
                    Unit = row.GetString("unit"),
                    FromId = row.GetString("fromId"),
                    ToId = row.GetString("toId"),
                    Years = [.. row.GetInt32List("years")],
                    Reviewed = row.GetBoolean("reviewed") ?? false,
                    ReviewedBy = row.GetString("reviewedBy"),
                    ReviewedAt = Timestamp(row.GetString("reviewedAt")),
                })],
                People = [.. await Read(GraphCypher.ReadPeople, row => new Person { Id = row.GetRequiredString("id"), Name = row.GetRequiredString("name"), UnitId = row.GetString("unitId") })],
                PersonRoles = [.. await Read(GraphCypher.ReadPersonRoles, row => new PersonRole
                {
                    PersonId = row.GetRequiredString("personId"),
                    SubjectId = row.GetRequiredString("subjectId"),
                    Role = ParseCode<PersonRoleKind>(row.GetRequiredString("role")),
                    Title = row.GetString("title"),
                })],
                Evidence = [.. await Read(GraphCypher.ReadEvidence, row => new Evidence
                {
                    SubjectId = row.GetRequiredString("subjectId"),
                    DocumentId = row.GetRequiredString("documentId"),
                    Start = row.GetInt32("start") ?? 0,
                    End = row.GetInt32("end") ?? 0,
                    Field = row.GetString("field"),
                    Value = row.GetString("value"),
                    Quote = row.GetString("quote"),
                    ClaimedBy = row.GetString("claimedBy"),
                    ClaimedAt = Timestamp(row.GetString("claimedAt")),
                })],
                Rejections = [.. await Read(GraphCypher.ReadRejections, row => new Rejection
                {
                    FactId = row.GetRequiredString("factId"),
                    Kind = ParseCode<InstrumentKind>(row.GetRequiredString("kind")),
                    Parties = [.. row.GetStringList("parties")],
                    Number = row.GetString("number"),
                    Date = row.GetDate("date"),
                    PeriodStart = row.GetInt32("periodStart"),
                    PeriodEnd = row.GetInt32("periodEnd"),
                    Ordinal = row.GetInt32("ordinal"),
                    MergedInto = row.GetString("mergedInto"),
                    ReviewedBy = row.GetRequiredString("reviewedBy"),
                    ReviewedAt = Timestamp(row.GetString("reviewedAt")) ?? default,
                    Note = row.GetString("note"),
                })],
            };
            return (seed, version);
        }, cancellationToken);

    /// <summary>The graph's version marker, or null when nothing was ever loaded.</summary>
    public static async Task<string?> ReadVersionAsync(Neo4jQueryClient client, CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(GraphCypher.ReadVersion.With(), cancellationToken);
        return result.Map(row => row.GetString("version")).FirstOrDefault();
    }

    /// <summary>A Neo4j datetime as toString() writes it, to the second as graph-seed keeps it.</summary>
    private static DateTimeOffset? Timestamp(string? text) =>
        text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment)
            ? SeedFormat.Truncate(moment)
            : throw new InvalidDataException($"Neo4j holds a malformed datetime '{text}'.");

    private static TEnum ParseCode<TEnum>(string code)
        where TEnum : struct, Enum =>
        EnumCodes.TryParse(code, out TEnum value) ? value : throw new InvalidDataException($"Neo4j holds an unknown {typeof(TEnum).Name} '{code}'.");
}
