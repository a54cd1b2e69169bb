using RelationsGraph.Extraction;
using RelationsGraph.Extraction.Merging;
using RelationsGraph.Extraction.Places;
using RelationsGraph.Facts;
using RelationsGraph.Seed;

namespace RelationsGraph.Loader.Review;

/// <summary>
/// What <c>extract --into</c> does with the reviewers' decisions (rejections.csv): a relation a reviewer rejected is
/// not proposed again; one a reviewer merged into another fact adds its evidence to that fact instead of coming back
/// as a duplicate.
/// </summary>
internal static class ReviewMemory
{
    /// <summary>The relations to merge, and those remembered as merged into another fact (already among the kept).</summary>
    public static RememberedFacts Filter(GraphSeed seed, MergedFacts facts, PlaceNames names)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(facts);
        var kept = new List<ExtractedRelation>();
        var redirected = new List<(ExtractedRelation, Rejection)>();
        var rejected = 0;
        foreach (var relation in facts.Relations)
        {
            var rejection = FactIdentity.RememberedAs(seed.Rejections, relation, names);
            if (rejection is null)
            {
                kept.Add(relation);
            }
            else if (rejection.MergedInto is { } into && (ReviewDecisions.IsInstrument(seed, into) || ReviewDecisions.IsSession(seed, into)))
            {
                kept.Add(relation);
                redirected.Add((relation, rejection));
            }
            else
            {
                rejected++;
            }
        }

        return new RememberedFacts(new MergedFacts(facts.Documents, kept), redirected, rejected);
    }

    /// <summary>
    /// After the merge: each remembered duplicate that came back as a new fact is merged into the fact the reviewer
    /// chose, as the reviewer's merge did (and remembered again under the same decision).
    /// </summary>
    public static GraphSeed Replay(GraphSeed before, GraphSeed merged, RememberedFacts remembered)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(remembered);
        var existing = before.Instruments.Select(instrument => instrument.Id).Concat(before.Sessions.Select(session => session.Id)).ToHashSet(StringComparer.Ordinal);
        foreach (var (relation, rejection) in remembered.Redirected)
        {
            var span = relation.Evidence.Min;
            var reproposed = merged.Evidence
                .Where(evidence => evidence.DocumentId == span.DocumentId && evidence.Start == span.Start && evidence.End == span.End && !existing.Contains(evidence.SubjectId))
                .Select(evidence => evidence.SubjectId)
                .FirstOrDefault(id => ReviewDecisions.IsInstrument(merged, id) || ReviewDecisions.IsSession(merged, id));
            if (reproposed is not null && reproposed != rejection.MergedInto)
            {
                merged = WithoutNewPledges(merged, reproposed, rejection.MergedInto!);
                merged = ReviewDecisions.Merge(merged, reproposed, rejection.MergedInto!, new ReviewStamp(rejection.ReviewedBy, rejection.ReviewedAt), rejection.Note);
                if (reproposed != rejection.FactId)
                {
                    // The duplicate came back under a new id (the remembered one is never handed out again): the
                    // reviewer's decision stays remembered once, under the id it was taken for.
                    merged = merged with { Rejections = [.. merged.Rejections.Where(known => known.FactId != reproposed)] };
                }
            }
        }

        return merged;
    }

    /// <summary>
    /// A remembered duplicate of a reviewed instrument brings it evidence only, as a re-extracted reviewed fact does:
    /// pledges the reviewed fact does not state were the reviewer's to keep or drop, and are not proposed again.
    /// </summary>
    private static GraphSeed WithoutNewPledges(GraphSeed seed, string duplicateId, string intoId)
    {
        if (!seed.Instruments.Any(instrument => instrument.Id == intoId && instrument.Reviewed))
        {
            return seed;
        }

        var stated = seed.Commitments.Where(commitment => commitment.InstrumentId == intoId).ToList();
        var dropped = seed.Commitments
            .Where(commitment => commitment.InstrumentId == duplicateId && !stated.Any(known => SeedMerger.IsSamePledge(known, commitment)))
            .Select(commitment => commitment.Id)
            .ToHashSet(StringComparer.Ordinal);
        return dropped.Count == 0 ? seed : seed with
        {
            Commitments = [.. seed.Commitments.Where(commitment => !dropped.Contains(commitment.Id))],
            Evidence = [.. seed.Evidence.Where(row => !dropped.Contains(row.SubjectId))],
            PersonRoles = [.. seed.PersonRoles.Where(role => !dropped.Contains(role.SubjectId))],
        };
    }
}

/// <summary>The relations to merge; those a reviewer merged into other facts; how many a reviewer rejected.</summary>
internal sealed record RememberedFacts(MergedFacts Kept, IReadOnlyList<(ExtractedRelation Relation, Rejection Rejection)> Redirected, int Rejected);
