namespace RelationsGraph.Extraction;

/// <summary>The attributes a source's claim can be about; the same names as evidence.csv's <c>field</c> column.</summary>
public static class ClaimFields
{
    public const string SignedOn = "signed_on";

    public const string Kind = "kind";
}
