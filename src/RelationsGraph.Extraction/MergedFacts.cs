namespace RelationsGraph.Extraction;

/// <summary>The facts of a batch: its documents (by id) and its merged relations (by id).</summary>
public sealed record MergedFacts(IReadOnlyList<ExtractedDocument> Documents, IReadOnlyList<ExtractedRelation> Relations);
