using System.Globalization;
using RelationsGraph.Facts;

namespace RelationsGraph.Extraction;

/// <summary>
/// A relation read from documents: the parties, the instrument or event, its dates and period, how sure the
/// extraction is, and every span that states it. Relations that are the same fact (see <see cref="RelationSet"/>)
/// are merged into one with more evidence.
/// </summary>
public sealed class ExtractedRelation
{
    public required IReadOnlyList<ExtractedParty> Parties { get; set; }

    public required InstrumentKind Kind { get; init; }

    public required PartyLevel Level { get; set; }

    /// <summary>The official number (481/KH-UBND), when the source gives one.</summary>
    public string? Number { get; set; }

    public int? PeriodStart { get; set; }

    public int? PeriodEnd { get; set; }

    public SortedSet<string> Fields { get; } = new(StringComparer.Ordinal);

    public InstrumentStatus Status { get; set; } = InstrumentStatus.Concluded;

    /// <summary>True when every source mentions the relation only as past context.</summary>
    public bool Background { get; set; }

    public double Confidence { get; set; }

    public RelationSource Source { get; set; }

    public ExtractedSession? Session { get; set; }

    public SortedSet<ExtractedEvidence> Evidence { get; } = [];

    public List<ExtractedClaim> Claims { get; } = [];

    public List<ExtractedPerson> People { get; } = [];

    public List<ExtractedCommitment> Commitments { get; } = [];

    public List<(LinkType Type, ExtractedRelation Target)> Links { get; } = [];

    /// <summary>Set when this relation was merged into another: links to it follow the chain.</summary>
    public ExtractedRelation? MergedInto { get; set; }

    /// <summary>The id the facts JSON and graph-seed give it; assigned once the batch is merged.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The signing, issue or event date when every source that gives one agrees; null otherwise.</summary>
    public DateOnly? SignedOn
    {
        get
        {
            var values = Claims.Where(claim => claim.Field == ClaimFields.SignedOn).Select(claim => claim.Value).Distinct(StringComparer.Ordinal).ToList();
            return values.Count == 1 ? DateOnly.ParseExact(values[0], "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        }
    }

    public ExtractedRelation Canonical => MergedInto?.Canonical ?? this;

    public bool HasDiscriminator => Number is not null || PeriodStart is not null || SignedOn is not null || Session?.Ordinal is not null;

    public IEnumerable<string> PartyIds => Parties.Select(party => party.UnitId);
}
