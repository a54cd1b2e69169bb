using RelationsGraph.Facts;

namespace RelationsGraph.Extraction.Identity;

/// <summary>How two statements of the same parties, kind and level compare.</summary>
internal enum Sameness
{
    /// <summary>Something tells them apart: another number, period, ordinal, or date without a shared period.</summary>
    Different,

    /// <summary>Nothing tells them apart, and nothing shows them to be one.</summary>
    Compatible,

    /// <summary>They share a number, an ordinal, a period or a date, and nothing else tells them apart.</summary>
    Same,
}

/// <summary>Where two statements are compared: within one part of one document, or across documents and the graph.</summary>
internal enum FactScope
{
    /// <summary>
    /// The article, or one related-news item: its sentences report on few events, so statements that nothing tells
    /// apart are one fact ("the MOU for 2023-2027" and "the MOU signed on 26 September").
    /// </summary>
    Zone,

    /// <summary>
    /// Documents of a batch, graph-seed and Neo4j: two identified facts merge only when they share a key; a fact that
    /// no key identifies joins the only fact it may be, or the most recent one.
    /// </summary>
    Corpus,
}

/// <summary>
/// The one rule that decides whether two statements are the same fact, used by the extractor's grouping of a
/// document's mentions, the merge of a batch's documents (<see cref="RelationSet"/>), the merge into graph-seed
/// (<see cref="Merging.SeedMerger"/>) and therefore the Neo4j load, which writes graph-seed rows by their ids.
/// Facts can only be the same when they have the same parties, kind and level (<see cref="SameSubject"/>); among
/// those, the keys decide (<see cref="Compare"/>): the same official number; else the same session ordinal; else the
/// same period (sources may then disagree on the date, which is kept as a conflict) or, without periods, the same
/// date. People are the same when their names are (<see cref="PersonKey"/>), pledges when kind, amount, unit, giver,
/// receiver and years are (<see cref="SamePledge(ExtractedCommitment, ExtractedCommitment)"/>).
/// </summary>
internal static class FactIdentity
{
    /// <summary>Statements can be one fact only with the same parties, the same level and a kind in common.</summary>
    public static bool SameSubject(IEnumerable<string> partiesA, PartyLevel levelA, IEnumerable<InstrumentKind> kindsA, IEnumerable<string> partiesB, PartyLevel levelB, IEnumerable<InstrumentKind> kindsB) =>
        levelA == levelB && kindsA.Intersect(kindsB).Any() && partiesA.Order(StringComparer.Ordinal).SequenceEqual(partiesB.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    public static Sameness Compare(FactKeys a, FactKeys b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Numbers.Count > 0 && b.Numbers.Count > 0)
        {
            return a.Numbers.Overlaps(b.Numbers) ? Sameness.Same : Sameness.Different;
        }

        if (a.Ordinals.Count > 0 && b.Ordinals.Count > 0)
        {
            return a.Ordinals.Overlaps(b.Ordinals) ? Sameness.Same : Sameness.Different;
        }

        var periods = a.Periods.Count > 0 && b.Periods.Count > 0;
        if (periods && !a.Periods.Overlaps(b.Periods))
        {
            return Sameness.Different;
        }

        var dates = a.Dates.Count > 0 && b.Dates.Count > 0;
        var sharedDate = dates && a.Dates.Any(date => b.Dates.Any(date.Matches));
        if (dates && !sharedDate && !periods)
        {
            return Sameness.Different;
        }

        return periods || sharedDate ? Sameness.Same : Sameness.Compatible;
    }

    /// <summary>
    /// The known fact a statement is, among <paramref name="candidates"/> of the same subject (in a deterministic
    /// order), or null when it is a new fact. A candidate that shares a key is it. Otherwise, in a zone, the last
    /// compatible candidate (the nearest earlier statement) is it; across documents, a statement that no key identifies
    /// joins the only compatible candidate or the most recent one, and an identified statement joins a candidate only
    /// when that is the only one and no key identifies it.
    /// </summary>
    public static int? FindMatch(FactKeys statement, IReadOnlyList<FactKeys> candidates, FactScope scope)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(candidates);
        var compatible = new List<int>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var sameness = Compare(statement, candidates[i]);
            if (sameness == Sameness.Same && scope == FactScope.Corpus)
            {
                return i;
            }

            if (sameness != Sameness.Different)
            {
                compatible.Add(i);
            }
        }

        if (scope == FactScope.Zone)
        {
            var sharing = compatible.LastOrDefault(i => Compare(statement, candidates[i]) == Sameness.Same, -1);
            return sharing >= 0 ? sharing : compatible.Count > 0 ? compatible[^1] : null;
        }

        if (!statement.IsIdentified)
        {
            return compatible.Count switch
            {
                0 => null,
                1 => compatible[0],
                _ => compatible.OrderByDescending(i => candidates[i].Recency).ThenBy(i => i).First(),
            };
        }

        return compatible is [var only] && !candidates[only].IsIdentified ? only : null;
    }

    /// <summary>The key under which a person is one person: the name's letters and digits, without case or diacritics.</summary>
    public static string PersonKey(string name) => RelationIds.Slug(name);

    public static bool SamePledge(ExtractedCommitment a, ExtractedCommitment b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return SamePledge(a.Kind, a.Amount, a.Unit, a.FromId, a.ToId, a.Years, b.Kind, b.Amount, b.Unit, b.FromId, b.ToId, b.Years);
    }

    public static bool SamePledge(ExtractedCommitment a, Commitment b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return SamePledge(a.Kind, a.Amount, a.Unit, a.FromId, a.ToId, a.Years, b.Kind, b.Amount, b.Unit, b.FromId, b.ToId, b.Years);
    }

    public static bool SamePledge(Commitment a, Commitment b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return SamePledge(a.Kind, a.Amount, a.Unit, a.FromId, a.ToId, a.Years, b.Kind, b.Amount, b.Unit, b.FromId, b.ToId, b.Years);
    }

    private static bool SamePledge(
        CommitmentKind kindA, long? amountA, string? unitA, string? fromA, string? toA, IEnumerable<int> yearsA,
        CommitmentKind kindB, long? amountB, string? unitB, string? fromB, string? toB, IEnumerable<int> yearsB) =>
        kindA == kindB && amountA == amountB && unitA == unitB && fromA == fromB && toA == toB && yearsA.SequenceEqual(yearsB);
}
