namespace RelationsGraph.Extraction;

/// <summary>
/// The value one source gives for one attribute of a relation (signed_on, kind), with the span that gives it. Sources
/// that disagree are kept side by side: the relation then states no value and the claims show the conflict.
/// </summary>
public sealed record ExtractedClaim(string Field, string Value, ExtractedEvidence Evidence);
