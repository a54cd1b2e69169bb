namespace RelationsGraph.Snapshots;

/// <summary>Whether a fact was in force on a given day, as far as its sources tell.</summary>
public enum InForceStatus
{
    /// <summary>Every source agrees that it was.</summary>
    InForce,

    /// <summary>It was by one source's date and was not by another's (Plan 667/KH-UBND, 9 or 12 December 2021).</summary>
    Disputed,

    /// <summary>It was not.</summary>
    NotInForce,

    /// <summary>The sources give no date to tell (a planned or undated instrument).</summary>
    Undated,
}
