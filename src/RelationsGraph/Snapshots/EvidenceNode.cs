using RelationsGraph.Citations;
using RelationsGraph.Facts;

namespace RelationsGraph.Snapshots;

/// <summary>A span of a source document supporting a fact, with its quote cleaned once for citing.</summary>
/// <remarks>
/// A world-scale snapshot holds an evidence row per instrument, so the node keeps the row's fields itself (64 bytes)
/// instead of the row beside it (136 bytes for both); the attribute, value and reviewer's claim, which few rows have,
/// sit behind one reference. <see cref="Evidence"/> gives the row back when it is asked for.
/// </remarks>
public sealed class EvidenceNode
{
    private readonly ClaimPart? _claim;

    internal EvidenceNode(Evidence evidence, DocumentNode document)
    {
        Document = document;
        SubjectId = evidence.SubjectId;
        Start = evidence.Start;
        End = evidence.End;
        Quote = evidence.Quote;
        CleanQuote = evidence.Quote is { Length: > 0 } quote ? QuoteText.Clean(quote, document.Document.Language) : null;
        if (evidence.Field is not null || evidence.Value is not null || evidence.ClaimedBy is not null || evidence.ClaimedAt is not null)
        {
            _claim = new ClaimPart(evidence.Field, evidence.Value, evidence.ClaimedBy, evidence.ClaimedAt);
        }
    }

    public DocumentNode Document { get; }

    /// <summary>The instrument, session, commitment or mechanism the span supports.</summary>
    public string SubjectId { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>The text of the span exactly as in the document.</summary>
    public string? Quote { get; }

    /// <summary>The quote as clean text: PDF line breaks and hyphenation joined (see <see cref="QuoteText"/>).</summary>
    public string? CleanQuote { get; }

    /// <summary>The attribute of the subject this span gives a value for, if any.</summary>
    public string? Field => _claim?.Field;

    public string? Value => _claim?.Value;

    /// <summary>The reviewer who corrected <see cref="Field"/> to <see cref="Value"/> after reading this span, if any.</summary>
    public string? ClaimedBy => _claim?.ClaimedBy;

    public DateTimeOffset? ClaimedAt => _claim?.ClaimedAt;

    /// <summary>The graph-seed row this evidence was read from (made anew on each call).</summary>
    public Evidence Evidence => new()
    {
        SubjectId = SubjectId,
        DocumentId = Document.Id,
        Start = Start,
        End = End,
        Field = Field,
        Value = Value,
        Quote = Quote,
        ClaimedBy = ClaimedBy,
        ClaimedAt = ClaimedAt,
    };

    private sealed record ClaimPart(string? Field, string? Value, string? ClaimedBy, DateTimeOffset? ClaimedAt);
}
