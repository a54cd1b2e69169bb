using RelationsGraph.Facts;

namespace RelationsGraph.Snapshots;

/// <summary>A source document and every span of it that supports a fact.</summary>
public sealed class DocumentNode(SourceDocument document)
{
    internal readonly List<EvidenceNode> EvidenceList = [];

    public SourceDocument Document { get; } = document;

    public string Id => Document.Id;

    public IReadOnlyList<EvidenceNode> Evidence => EvidenceList;
}
