namespace RelationsGraph.Extraction;

/// <summary>
/// A span of a document's text (UTF-16 offsets) that states a fact, with the span's text when the extraction keeps
/// quotes (for graph-seed's evidence.csv; the facts JSON gives offsets only).
/// </summary>
public readonly record struct ExtractedEvidence(string DocumentId, int Start, int End) : IComparable<ExtractedEvidence>
{
    public string? Quote { get; init; }

    public int CompareTo(ExtractedEvidence other)
    {
        var byDocument = string.CompareOrdinal(DocumentId, other.DocumentId);
        if (byDocument != 0)
        {
            return byDocument;
        }

        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    public static bool operator <(ExtractedEvidence left, ExtractedEvidence right) => left.CompareTo(right) < 0;

    public static bool operator <=(ExtractedEvidence left, ExtractedEvidence right) => left.CompareTo(right) <= 0;

    public static bool operator >(ExtractedEvidence left, ExtractedEvidence right) => left.CompareTo(right) > 0;

    public static bool operator >=(ExtractedEvidence left, ExtractedEvidence right) => left.CompareTo(right) >= 0;
}
