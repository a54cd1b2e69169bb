namespace RelationsGraph.Extraction;

/// <summary>A document and the relations read from it.</summary>
public sealed record DocumentFacts(ExtractedDocument Document, IReadOnlyList<ExtractedRelation> Relations);
