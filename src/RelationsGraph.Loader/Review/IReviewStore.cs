using RelationsGraph.Seed;

namespace RelationsGraph.Loader.Review;

/// <summary>
/// Where the reviewed graph lives: a graph-seed directory, or Neo4j when <c>Neo4j:Uri</c> is set. A decision reads
/// the graph, changes it, and writes it back as one change that fails when someone else changed the graph since it
/// was read (nothing is overwritten).
/// </summary>
internal interface IReviewStore
{
    /// <summary>What the review works on, for the start-up line and the page ("graph-seed at /path").</summary>
    string Description { get; }

    /// <summary>A cheap token that changes whenever the graph may have changed (no full read).</summary>
    Task<string> PeekAsync(CancellationToken cancellationToken);

    Task<(GraphSeed Seed, string Version)> ReadAsync(CancellationToken cancellationToken);

    /// <summary>Writes the graph if it is still at <paramref name="readVersion"/>; returns the new version.</summary>
    Task<string> WriteAsync(GraphSeed seed, string readVersion, CancellationToken cancellationToken);
}

/// <summary>The graph changed since the decision read it; nothing was written.</summary>
internal sealed class ReviewConflictException(string message) : Exception(message);
