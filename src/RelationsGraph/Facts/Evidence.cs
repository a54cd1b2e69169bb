namespace RelationsGraph.Facts;

/// <summary>
/// A span of a document that states a fact. <c>Start</c> and <c>End</c> are offsets in UTF-16 code units into the
/// document's text (equal to Unicode code points for text without astral characters). When <c>Field</c> is set the
/// span supports that one attribute of the subject, with the <c>Value</c> the source gives; disagreeing values of one
/// attribute are kept side by side and reported as a conflict.
/// </summary>
public sealed record Evidence
{
    /// <summary>The instrument, session, commitment or mechanism the span supports.</summary>
    public required string SubjectId { get; init; }

    public required string DocumentId { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public string? Field { get; init; }

    public string? Value { get; init; }

    /// <summary>The text of the span, so that the fact can be cited without the document at hand.</summary>
    public string? Quote { get; init; }

    /// <summary>
    /// Set on a reviewer's claim: the person who corrected <c>Field</c> to <c>Value</c> after reading this span (the
    /// extracted evidence). Empty on a document's own evidence and claims.
    /// </summary>
    public string? ClaimedBy { get; init; }

    /// <summary>When the reviewer made the claim.</summary>
    public DateTimeOffset? ClaimedAt { get; init; }
}
