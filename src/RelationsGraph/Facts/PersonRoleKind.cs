namespace RelationsGraph.Facts;

/// <summary>What a person did at an instrument's signing or a session.</summary>
public enum PersonRoleKind
{
    Signatory,
    Attendee,
    Chair,
}
