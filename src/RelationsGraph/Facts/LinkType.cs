namespace RelationsGraph.Facts;

/// <summary>How one instrument relates to another.</summary>
public enum LinkType
{
    /// <summary>The instrument carries out the other (a plan implementing an agreement).</summary>
    Implements,

    /// <summary>The instrument takes the place of the other, which ends when it is signed.</summary>
    Replaces,

    /// <summary>The instrument continues the other for a new period.</summary>
    Renews,
}
