using RelationsGraph.Facts;

namespace RelationsGraph.Extraction;

/// <summary>A session of a standing body named by the source (the 13th conference of a Joint Working Committee).</summary>
public sealed record ExtractedSession(string Mechanism, int? Ordinal, SessionMode Mode);
