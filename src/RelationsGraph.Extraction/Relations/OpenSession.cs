namespace RelationsGraph.Extraction.Relations;

/// <summary>
/// A session stated without all its members ("The 23rd conference of the nine provinces … took place in Sakon Nakhon"):
/// the next sentences that say who attended or chaired it, or name officials of the members, complete it.
/// </summary>
internal sealed class OpenSession
{
    /// <summary>How many sentences after the session's own may still name its members.</summary>
    public const int Reach = 3;

    public required Anchor Anchor { get; init; }

    public required List<PartyRef> Members { get; init; }

    public required ExtractedEvidence Evidence { get; init; }

    public required List<string> Fields { get; init; }

    public int SentencesLeft { get; set; } = Reach;

    /// <summary>The session's own sentence has been stated as a mention with the members found so far.</summary>
    public bool Stated { get; set; }
}
