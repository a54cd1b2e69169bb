using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RelationsGraph.Common;
using RelationsGraph.Facts;
using RelationsGraph.Gazetteer;
using RelationsGraph.Partnerships;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Neo4j;

/// <summary>
/// Maps graph-seed rows to the parameter rows of the write statements in <see cref="GraphCypher"/>, and the rows the
/// read statements return back to graph-seed records: the two directions of one mapping, kept side by side.
/// </summary>
public static class Neo4jRows
{
    public static IEnumerable<Dictionary<string, object?>> Countries(GraphSeed seed)
    {
        var variants = seed.CountryNames.ToLookup(name => name.CountryCode, StringComparer.Ordinal);
        return seed.Countries.Select(country =>
        {
            var own = variants[country.Code].OrderBy(name => name.Name, StringComparer.Ordinal).ToList();
            string[] names = [.. new[] { country.Name, country.NameVi }.OfType<string>().Concat(own.Where(name => name.Kind == CountryNameKind.Name).Select(name => name.Name)).Distinct(StringComparer.Ordinal)];
            return Row(
                ("code", country.Code),
                ("alpha3", country.Alpha3),
                ("name", country.Name),
                ("nameVi", country.NameVi),
                ("names", names),
                ("nameKeys", names.Select(name => NameKey.Normalize(name)).Where(key => key.Length > 0).Distinct(StringComparer.Ordinal).ToArray()),
                ("adjectives", own.Where(name => name.Kind == CountryNameKind.Adjective).Select(name => name.Name).ToArray()),
                ("variantNames", own.Select(name => name.Name).ToArray()),
                ("variantLanguages", own.Select(name => name.Language).ToArray()),
                ("variantKinds", own.Select(name => EnumCodes.ToCode(name.Kind)).ToArray()),
                ("variantSources", own.Select(name => name.Source).ToArray()));
        });
    }

    public static IEnumerable<Dictionary<string, object?>> Units(GraphSeed seed)
    {
        var variants = seed.UnitNames.ToLookup(name => name.UnitId, StringComparer.Ordinal);
        return seed.Units.Select(unit =>
        {
            var own = variants[unit.Id].OrderBy(name => name.Name, StringComparer.Ordinal).ToList();
            string[] names = [.. new[] { unit.Name, unit.NameVi }.OfType<string>().Concat(own.Select(name => name.Name)).Distinct(StringComparer.Ordinal)];
            return Row(
                ("id", unit.Id),
                ("country", unit.CountryCode),
                ("type", unit.Type),
                ("name", unit.Name),
                ("nameLocal", unit.NameLocal),
                ("nameVi", unit.NameVi),
                ("names", names),
                ("nameKeys", names.Select(name => NameKey.Normalize(name)).Where(key => key.Length > 0).Distinct(StringComparer.Ordinal).ToArray()),
                ("variantNames", own.Select(name => name.Name).ToArray()),
                ("variantLanguages", own.Select(name => name.Language).ToArray()),
                ("variantSources", own.Select(name => name.Source).ToArray()),
                ("source", unit.Source),
                ("validFrom", SeedFormat.Date(unit.ValidFrom)),
                ("validTo", SeedFormat.Date(unit.ValidTo)));
        });
    }

    public static IEnumerable<Dictionary<string, object?>> UnitParents(GraphSeed seed) =>
        seed.Units.Where(unit => unit.ParentId is not null).Select(unit => Row(("id", unit.Id), ("parent", unit.ParentId)));

    public static IEnumerable<Dictionary<string, object?>> Successions(GraphSeed seed) =>
        seed.Successions.Select(succession => Row(
            ("predecessor", succession.PredecessorId),
            ("successor", succession.SuccessorId),
            ("effectiveOn", SeedFormat.Date(succession.EffectiveOn)),
            ("basis", succession.Basis),
            ("source", succession.Source)));

    public static IEnumerable<Dictionary<string, object?>> Fields(GraphSeed seed) =>
        seed.Fields.Select(field => Row(("code", field.Code), ("name", field.Name), ("nameVi", field.NameVi)));

    public static IEnumerable<Dictionary<string, object?>> Documents(GraphSeed seed) =>
        seed.Documents.Select(document => Row(
            ("id", document.Id),
            ("title", document.Title),
            ("publisher", document.Publisher),
            ("url", document.Url),
            ("publishedOn", SeedFormat.Date(document.PublishedOn)),
            ("language", document.Language),
            ("contentHash", document.ContentHash),
            ("file", document.File)));

    /// <summary>Instruments, with the dates in force the snapshot derives (so Cypher and the API agree on them).</summary>
    public static IEnumerable<Dictionary<string, object?>> Instruments(GraphSeed seed, RelationSnapshot snapshot) =>
        seed.Instruments.Select(instrument => Row(
        [
            ("id", instrument.Id),
            ("kind", EnumCodes.ToCode(instrument.Kind)),
            ("number", instrument.Number),
            ("title", instrument.Title),
            ("titleVi", instrument.TitleVi),
            ("signedOn", SeedFormat.Date(instrument.SignedOn)),
            ("periodStart", instrument.PeriodStart),
            ("periodEnd", instrument.PeriodEnd),
            ("status", EnumCodes.ToCode(instrument.Status)),
            ("fields", instrument.Fields.ToArray()),
            ("background", instrument.Background),
            ("source", EnumCodes.ToCode(instrument.Source)),
            ("confidence", instrument.Confidence),
            ("reviewed", instrument.Reviewed),
            ("reviewedBy", instrument.ReviewedBy),
            ("reviewedAt", SeedFormat.Timestamp(instrument.ReviewedAt)),
            ("inForceFrom", SeedFormat.Date(snapshot.InstrumentById[instrument.Id].InForce?.From)),
            ("inForceTo", InForceTo(snapshot.InstrumentById[instrument.Id])),
            ("possiblyInForceFrom", SeedFormat.Date(snapshot.InstrumentById[instrument.Id].PossiblyInForce?.From)),
            ("possiblyInForceTo", PossiblyInForceTo(snapshot.InstrumentById[instrument.Id])),
            .. PartnershipSupport(PartnershipPolicy.Support(snapshot.InstrumentById[instrument.Id])),
            ("countsAsPartnership", PartnershipPolicy.Default.Admits(snapshot.InstrumentById[instrument.Id])),
        ]));

    public static IEnumerable<Dictionary<string, object?>> Parties(GraphSeed seed) =>
        seed.Parties.Select(party => Row(
            ("instrumentId", party.InstrumentId),
            ("unitId", party.UnitId),
            ("level", EnumCodes.ToCode(party.Level)),
            ("role", EnumCodes.ToCode(party.Role)),
            ("organisation", party.Organisation),
            ("organisationVi", party.OrganisationVi)));

    public static IEnumerable<Dictionary<string, object?>> Links(GraphSeed seed, LinkType type) =>
        seed.InstrumentLinks.Where(link => link.Type == type).Select(link => Row(("fromId", link.FromId), ("toId", link.ToId)));

    /// <summary>Mechanisms, with what their memberships contribute to partnerships (from their sessions).</summary>
    public static IEnumerable<Dictionary<string, object?>> Mechanisms(GraphSeed seed, RelationSnapshot snapshot) =>
        seed.Mechanisms.Select(mechanism => Row(
        [
            ("id", mechanism.Id), ("name", mechanism.Name), ("nameVi", mechanism.NameVi), ("establishedOn", SeedFormat.Date(mechanism.EstablishedOn)),
            .. PartnershipSupport(PartnershipPolicy.Support(snapshot.MechanismById[mechanism.Id])),
        ]));

    public static IEnumerable<Dictionary<string, object?>> Members(GraphSeed seed) =>
        seed.MechanismMembers.Select(member => Row(
            ("mechanismId", member.MechanismId), ("unitId", member.UnitId), ("from", SeedFormat.Date(member.From)), ("to", SeedFormat.Date(member.To))));

    public static IEnumerable<Dictionary<string, object?>> Sessions(GraphSeed seed) =>
        seed.Sessions.Select(session => Row(
            ("id", session.Id),
            ("mechanismId", session.MechanismId),
            ("ordinal", session.Ordinal),
            ("heldOn", SeedFormat.Date(session.HeldOn)),
            ("hostId", session.HostId),
            ("mode", EnumCodes.ToCode(session.Mode)),
            ("title", session.Title),
            ("source", EnumCodes.ToCode(session.Source)),
            ("confidence", session.Confidence),
            ("reviewed", session.Reviewed),
            ("reviewedBy", session.ReviewedBy),
            ("reviewedAt", SeedFormat.Timestamp(session.ReviewedAt))));

    public static IEnumerable<Dictionary<string, object?>> Commitments(GraphSeed seed) =>
        seed.Commitments.Select(commitment => Row(
            ("id", commitment.Id),
            ("instrumentId", commitment.InstrumentId),
            ("kind", EnumCodes.ToCode(commitment.Kind)),
            ("description", commitment.Description),
            ("amount", commitment.Amount),
            ("unit", commitment.Unit),
            ("fromId", commitment.FromId),
            ("toId", commitment.ToId),
            ("years", commitment.Years.ToArray()),
            ("reviewed", commitment.Reviewed),
            ("reviewedBy", commitment.ReviewedBy),
            ("reviewedAt", SeedFormat.Timestamp(commitment.ReviewedAt))));

    public static IEnumerable<Dictionary<string, object?>> People(GraphSeed seed) =>
        seed.People.Select(person => Row(("id", person.Id), ("name", person.Name), ("unitId", person.UnitId)));

    public static IEnumerable<Dictionary<string, object?>> Roles(GraphSeed seed, Func<string, bool> subjectIs) =>
        seed.PersonRoles.Where(role => subjectIs(role.SubjectId)).Select(role => Row(
            ("personId", role.PersonId), ("subjectId", role.SubjectId), ("role", EnumCodes.ToCode(role.Role)), ("title", role.Title)));

    public static IEnumerable<Dictionary<string, object?>> Evidence(GraphSeed seed, Func<string, bool> subjectIs) =>
        seed.Evidence.Where(evidence => subjectIs(evidence.SubjectId)).Select(evidence => Row(
            ("id", EvidenceId(evidence)),
            ("subjectId", evidence.SubjectId),
            ("documentId", evidence.DocumentId),
            ("start", evidence.Start),
            ("end", evidence.End),
            ("field", evidence.Field),
            ("value", evidence.Value),
            ("quote", evidence.Quote),
            ("claimedBy", evidence.ClaimedBy),
            ("claimedAt", SeedFormat.Timestamp(evidence.ClaimedAt))));

    public static IEnumerable<Dictionary<string, object?>> Rejections(GraphSeed seed) =>
        seed.Rejections.Select(rejection => Row(
            ("factId", rejection.FactId),
            ("kind", EnumCodes.ToCode(rejection.Kind)),
            ("parties", rejection.Parties.ToArray()),
            ("number", rejection.Number),
            ("date", SeedFormat.Date(rejection.Date)),
            ("periodStart", rejection.PeriodStart),
            ("periodEnd", rejection.PeriodEnd),
            ("ordinal", rejection.Ordinal),
            ("mergedInto", rejection.MergedInto),
            ("reviewedBy", rejection.ReviewedBy),
            ("reviewedAt", SeedFormat.Timestamp(rejection.ReviewedAt)),
            ("note", rejection.Note)));

    /// <summary>
    /// The derived all-time partnerships, one row per unordered pair of units: every pair the policy's kinds make
    /// partners at any confidence, reviewed or not, with the best confidence of its facts (<c>confidence</c>) and of
    /// its reviewed facts (<c>reviewedConfidence</c>, null without any), so that Cypher applies the same thresholds as
    /// the API: the default answer is <c>reviewedConfidence &gt;= 0.7</c>.
    /// </summary>
    public static IEnumerable<Dictionary<string, object?>> Partnerships(RelationSnapshot snapshot)
    {
        var widest = new PartnershipFilter { Policy = PartnershipPolicy.Widest };
        var reviewedOnly = new PartnershipFilter { Policy = PartnershipPolicy.Widest with { IncludeUnreviewed = false } };
        return snapshot.Countries.SelectMany(country =>
        {
            var reviewed = snapshot.Partnerships(country.Code, reviewedOnly).ToDictionary(partnership => (partnership.Subject, partnership.Partner));
            return snapshot.Partnerships(country.Code, widest)
                .Where(partnership => string.CompareOrdinal(partnership.Subject.Id, partnership.Partner.Id) < 0)
                .Select(partnership => Row(
                    ("a", partnership.Subject.Id),
                    ("b", partnership.Partner.Id),
                    ("instruments", partnership.Instruments.Select(instrument => instrument.Id).ToArray()),
                    ("mechanisms", partnership.Mechanisms.Select(mechanism => mechanism.Id).ToArray()),
                    ("kinds", partnership.Instruments.Select(instrument => EnumCodes.ToCode(instrument.Kind)).Distinct().Order(StringComparer.Ordinal).ToArray()),
                    ("levels", partnership.Levels.Select(level => EnumCodes.ToCode(level)).ToArray()),
                    ("confidence", partnership.Confidence),
                    ("reviewedConfidence", reviewed.TryGetValue((partnership.Subject, partnership.Partner), out var known) ? known.Confidence : null),
                    ("sources", partnership.Sources.Select(source => EnumCodes.ToCode(source)).ToArray())));
        });
    }

    /// <summary>What a fact contributes to partnerships, as properties Cypher can filter on with the API's thresholds.</summary>
    private static (string, object?)[] PartnershipSupport(FactSupport? support) =>
    [
        ("partnershipKinds", support is { } s ? Enum.GetValues<InstrumentKind>().Where(kind => (s.KindMask & PartnershipPolicy.KindBit(kind)) != 0).Select(kind => EnumCodes.ToCode(kind)).ToArray() : Array.Empty<string>()),
        ("partnershipConfidence", support?.Confidence),
        ("partnershipReviewedConfidence", support is { ReviewedConfidence: >= 0 } reviewed ? reviewed.ReviewedConfidence : null),
    ];

    private static string? PossiblyInForceTo(InstrumentNode instrument) =>
        instrument.PossiblyInForce is { } range && range.To != DateOnly.MaxValue ? SeedFormat.Date(range.To) : null;

    private static string? InForceTo(InstrumentNode instrument) =>
        instrument.InForce is { } range && range.To != DateOnly.MaxValue ? SeedFormat.Date(range.To) : null;

    /// <summary>
    /// A stable key for an evidence row: the same span of the same document for the same attribute (and, for a
    /// reviewer's claim, the same reviewer; a document's own evidence keeps the key it always had).
    /// </summary>
    public static string EvidenceId(Evidence evidence)
    {
        var key = string.Join('\u001f', evidence.SubjectId, evidence.DocumentId, evidence.Start.ToString(CultureInfo.InvariantCulture), evidence.End.ToString(CultureInfo.InvariantCulture), evidence.Field, evidence.Value);
        if (evidence.ClaimedBy is { } reviewer)
        {
            key += '\u001f' + reviewer;
        }

        return "ev-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20];
    }

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] values) =>
        values.ToDictionary(value => value.Key, value => value.Value, StringComparer.Ordinal);
}
