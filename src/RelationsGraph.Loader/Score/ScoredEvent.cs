using System.Collections.Frozen;
using RelationsGraph.Common;
using RelationsGraph.Extraction;
using RelationsGraph.Facts;

namespace RelationsGraph.Loader.Score;

/// <summary>
/// An event as scoring sees it, whether labelled by hand or extracted: its kind, whether it was only planned or is
/// past context, the Vietnamese–foreign province pairs it ties, its date, period and pledges.
/// </summary>
public sealed record ScoredEvent
{
    public required EventKind Kind { get; init; }

    public bool Planned { get; init; }

    public bool Background { get; init; }

    public required FrozenSet<UnitPair> Pairs { get; init; }

    /// <summary>The signing or issue date; for a session, the day it was held.</summary>
    public DateOnly? Date { get; init; }

    public YearPeriod? Period { get; init; }

    public IReadOnlyList<ScoredPledge> Pledges { get; init; } = [];

    /// <summary>
    /// The rule of the corpus README: a concluded agreement, MOU, minutes, joint statement, coordination rules or
    /// session makes a partnership; a plan, visit, award, other event or anything planned does not.
    /// </summary>
    public bool MakesPartnership =>
        !Planned && Kind is EventKind.Agreement or EventKind.Mou or EventKind.Minutes or EventKind.JointStatement
            or EventKind.CoordinationRules or EventKind.Session;

    /// <summary>The extractor's relation in the corpus's terms: kinds by their codes, <c>joint_committee</c> as a session.</summary>
    public static ScoredEvent FromExtracted(ExtractedRelation relation, UnitProvinces provinces)
    {
        ArgumentNullException.ThrowIfNull(relation);
        ArgumentNullException.ThrowIfNull(provinces);
        var code = relation.Kind == InstrumentKind.JointCommittee ? EnumCodes.ToCode(EventKind.Session) : EnumCodes.ToCode(relation.Kind);
        return new ScoredEvent
        {
            Kind = EnumCodes.TryParse(code, out EventKind kind) ? kind : EventKind.Other,
            Planned = relation.Status == InstrumentStatus.Planned,
            Background = relation.Background,
            Pairs = provinces.PairsOf(relation.PartyIds),
            Date = relation.SignedOn,
            Period = relation is { PeriodStart: { } start, PeriodEnd: { } end } ? new YearPeriod(start, end) : null,
            Pledges = relation.Commitments
                .Select(commitment => new ScoredPledge(
                    commitment.Kind,
                    commitment.FromId is { } from ? provinces.ProvinceOf(from) : null,
                    commitment.ToId is { } to ? provinces.ProvinceOf(to) : null))
                .ToList(),
        };
    }
}

/// <summary>A period of years, start and end included.</summary>
public readonly record struct YearPeriod(int Start, int End);

/// <summary>A pledge's kind and direction, giver and receiver counted as their provinces.</summary>
public sealed record ScoredPledge(CommitmentKind Kind, string? Giver, string? Receiver);
