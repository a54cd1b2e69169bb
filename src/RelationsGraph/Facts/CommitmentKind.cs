namespace RelationsGraph.Facts;

/// <summary>The type of a pledge made under an instrument.</summary>
public enum CommitmentKind
{
    /// <summary>Money given outright.</summary>
    Grant,

    /// <summary>A funded project or construction.</summary>
    Project,

    Scholarships,
    Equipment,
    Training,
    Delegations,
    Experts,

    /// <summary>The overall budget of an instrument.</summary>
    Budget,

    /// <summary>Medical examination and treatment for the other side's people.</summary>
    Healthcare,
    Other,
}
