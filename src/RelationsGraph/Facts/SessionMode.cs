namespace RelationsGraph.Facts;

/// <summary>How a session of a mechanism was held.</summary>
public enum SessionMode
{
    Unknown,
    InPerson,
    Online,
}
