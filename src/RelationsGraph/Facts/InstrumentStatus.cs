namespace RelationsGraph.Facts;

/// <summary>Whether an instrument was concluded or only planned by a source.</summary>
public enum InstrumentStatus
{
    /// <summary>Signed, issued or held.</summary>
    Concluded,

    /// <summary>Planned by a source (e.g. an implementation plan) but not reported as signed.</summary>
    Planned,
}
