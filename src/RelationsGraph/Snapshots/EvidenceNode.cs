using RelationsGraph.Facts;

namespace RelationsGraph.Snapshots;

/// <summary>A span of a source document supporting a fact.</summary>
public sealed class EvidenceNode(Evidence evidence, DocumentNode document)
{
    public Evidence Evidence { get; } = evidence;

    public DocumentNode Document { get; } = document;
}
