namespace RelationsGraph.Extraction.Batch;

/// <summary>What a batch produced: the collected facts and the documents that failed, in path order.</summary>
public sealed record BatchResult(RelationSet Facts, int Read, IReadOnlyList<DocumentFailure> Failures);
