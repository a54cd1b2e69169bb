using RelationsGraph.Extraction.Text;
using RelationsGraph.Facts;

namespace RelationsGraph.Extraction.Relations;

/// <summary>One statement of a relation in one sentence, before statements of the same relation are grouped.</summary>
internal sealed class RelationMention
{
    public required Anchor Anchor { get; init; }

    public required List<PartyRef> Parties { get; init; }

    public required ExtractedEvidence Evidence { get; init; }

    public required int Order { get; init; }

    /// <summary>The number of the sentence that states it, in the order the zone's sentences are read (0: none).</summary>
    public int Sentence { get; init; }

    public bool InTitle { get; init; }

    /// <summary>Names one side only: it joins the event of its zone that names those parties and more, or is dropped.</summary>
    public bool Partial { get; init; }

    /// <summary>Cites the relation without saying anything of its parties (a reference to the document's own plan).</summary>
    public bool EvidenceOnly { get; set; }

    public List<string> Fields { get; } = [];

    public List<PendingPerson> People { get; } = [];

    public List<PendingCommitment> Commitments { get; } = [];

    public InstrumentKind Kind => Anchor.Kind;

    /// <summary>The parties' keys, each once, in ordinal order, joined by ';'.</summary>
    public string PartyKey
    {
        get
        {
            if (Parties.Count == 1)
            {
                return Parties[0].Key;
            }

            var keys = new string[Parties.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = Parties[i].Key;
            }

            Array.Sort(keys, static (a, b) => string.CompareOrdinal(a, b));
            var distinct = 0;
            foreach (var key in keys)
            {
                if (distinct == 0 || !string.Equals(key, keys[distinct - 1], StringComparison.Ordinal))
                {
                    keys[distinct++] = key;
                }
            }

            return string.Join(';', keys, 0, distinct);
        }
    }

    public PartyLevel Level => Levels.Combine(Parties.Select(party => party.Level ?? PartyLevel.ProvincialGovernment));

    public DateMention? Date => Anchor.Date;
}

/// <summary>A commitment whose giver and receiver are still names, resolved with the relation's parties.</summary>
internal sealed record PendingCommitment(CommitmentKind Kind, long? Amount, string? Unit, PartyRef? From, PartyRef? To, IReadOnlyList<int> Years, string Description, ExtractedEvidence Evidence, bool Mutual = false);
