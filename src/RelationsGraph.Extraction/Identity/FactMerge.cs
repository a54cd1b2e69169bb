using RelationsGraph.Facts;

namespace RelationsGraph.Extraction.Identity;

/// <summary>
/// Merges the statements of one fact (as <see cref="FactIdentity"/> decides) into one relation: every span, claim,
/// field, person, pledge and link of both. Every step gives the same result in either order, so a batch's output
/// does not depend on the order its documents were read in.
/// </summary>
internal static class FactMerge
{
    public static void Into(ExtractedRelation target, ExtractedRelation source)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(source);
        if (target == source)
        {
            return;
        }

        foreach (var evidence in source.Evidence)
        {
            target.Evidence.Add(evidence);
        }

        var claims = target.Claims.ToHashSet();
        foreach (var claim in source.Claims)
        {
            if (claims.Add(claim))
            {
                target.Claims.Add(claim);
            }
        }

        foreach (var field in source.Fields)
        {
            target.Fields.Add(field);
        }

        People(target, source.People);
        Commitments(target, source.Commitments);
        target.Links.AddRange(source.Links.Where(link => !target.Links.Contains(link)));
        target.Number = Smaller(target.Number, source.Number);
        if (source.PeriodStart is { } start && (target.PeriodStart is null || (start, source.PeriodEnd ?? 0).CompareTo((target.PeriodStart.Value, target.PeriodEnd ?? 0)) < 0))
        {
            target.PeriodStart = start;
            target.PeriodEnd = source.PeriodEnd;
        }

        if (source.Status == InstrumentStatus.Concluded)
        {
            target.Status = InstrumentStatus.Concluded;
        }

        target.Background &= source.Background;
        target.Confidence = Math.Max(target.Confidence, source.Confidence);
        target.Source = (RelationSource)Math.Min((int)target.Source, (int)source.Source);
        target.Session = Session(target.Session, source.Session);
        target.Parties = [.. target.Parties.Select(party =>
            source.Parties.FirstOrDefault(other => other.UnitId == party.UnitId) is { } other
                ? party with { Organisation = Smaller(party.Organisation, other.Organisation) }
                : party)];
        source.MergedInto = target;
    }

    /// <summary>
    /// One entry per person (<see cref="FactIdentity.PersonKey"/>): signing outranks chairing, chairing outranks
    /// attending; between equals the earliest statement wins; a title or unit one statement lacks is taken from the other.
    /// </summary>
    public static void People(ExtractedRelation target, IEnumerable<ExtractedPerson> people)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(people);
        foreach (var person in people)
        {
            var key = FactIdentity.PersonKey(person.Name);
            var index = target.People.FindIndex(known => FactIdentity.PersonKey(known.Name) == key);
            if (index < 0)
            {
                target.People.Add(person);
                continue;
            }

            var known = target.People[index];
            var (first, second) = Rank(person) < Rank(known) || (Rank(person) == Rank(known) && person.Evidence < known.Evidence)
                ? (person, known)
                : (known, person);
            target.People[index] = first with { Title = first.Title ?? second.Title, UnitId = first.UnitId ?? second.UnitId };
        }
    }

    /// <summary>One entry per pledge (<see cref="FactIdentity.SamePledge(ExtractedCommitment, ExtractedCommitment)"/>): the earliest statement's wording is kept.</summary>
    public static void Commitments(ExtractedRelation target, IEnumerable<ExtractedCommitment> commitments)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(commitments);
        foreach (var commitment in commitments)
        {
            var index = target.Commitments.FindIndex(known => FactIdentity.SamePledge(known, commitment));
            if (index < 0)
            {
                target.Commitments.Add(commitment);
            }
            else if (commitment.Evidence < target.Commitments[index].Evidence)
            {
                target.Commitments[index] = commitment;
            }
        }
    }

    private static int Rank(ExtractedPerson person) => person.Role switch
    {
        PersonRoleKind.Signatory => 0,
        PersonRoleKind.Chair => 1,
        _ => 2,
    };

    private static ExtractedSession? Session(ExtractedSession? a, ExtractedSession? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        return new ExtractedSession(
            Smaller(NullIfEmpty(a.Mechanism), NullIfEmpty(b.Mechanism)) ?? string.Empty,
            a.Ordinal is { } ordinal && b.Ordinal is { } other ? Math.Min(ordinal, other) : a.Ordinal ?? b.Ordinal,
            a.Mode != SessionMode.Unknown && b.Mode != SessionMode.Unknown ? (SessionMode)Math.Min((int)a.Mode, (int)b.Mode) : a.Mode == SessionMode.Unknown ? b.Mode : a.Mode);
    }

    private static string? Smaller(string? a, string? b) =>
        a is null ? b : b is null ? a : string.CompareOrdinal(a, b) <= 0 ? a : b;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
