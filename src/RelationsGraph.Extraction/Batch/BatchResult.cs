namespace RelationsGraph.Extraction.Batch;

/// <summary>
/// What a batch produced: the collected facts, the documents that failed, and warnings about paths that were read
/// but not followed (a symbolic link loop), each list in path order.
/// </summary>
public sealed record BatchResult(RelationSet Facts, int Read, IReadOnlyList<DocumentFailure> Failures, IReadOnlyList<DocumentFailure> Warnings);
