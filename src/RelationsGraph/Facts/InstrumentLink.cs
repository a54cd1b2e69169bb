namespace RelationsGraph.Facts;

/// <summary>IMPLEMENTS, REPLACES or RENEWS between two instruments: <c>From</c> implements/replaces/renews <c>To</c>.</summary>
public sealed record InstrumentLink(string FromId, LinkType Type, string ToId);
