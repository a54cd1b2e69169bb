namespace RelationsGraph.Seed;

/// <summary>
/// Where the reader found each party's unit and each evidence row's document by its bytes (<see cref="KnownIds"/>):
/// the unit's row in units.csv and the document's in documents.csv, or -1, at the party's and the evidence row's own
/// position. Linking takes them as hints: it finds the node at once and keeps it only when the node's id is the very
/// string instance the row holds; anything else (rows changed, replaced or reordered since they were read, a unit
/// file out of order) is looked up by id as before, so a hint can make linking faster, never different.
/// </summary>
internal sealed record KnownRows(int[] PartyUnits, int[] EvidenceDocuments)
{
    /// <summary>The hint at <paramref name="index"/>, or -1 when there is none.</summary>
    public static int At(int[]? rows, int index) => rows is not null && (uint)index < (uint)rows.Length ? rows[index] : -1;
}
