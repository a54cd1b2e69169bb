using RelationsGraph.Snapshots;

namespace RelationsGraph.Extraction.Relations;

/// <summary>
/// The one rule for a unit named beside the first-level unit it lies in, both parties of one statement or of one
/// event: they are one party. A Vietnamese city is a place of its province, which is the party (talks held in a city of
/// the province, a city named as a destination); elsewhere the unit named first stays: "Saiki city in Oita prefecture"
/// signs as the city, and a reception of the Queensland governor stays the state's when a later sentence names a
/// flight to "Brisbane city of Queensland". One statement does not tell which unit its event names first, so there
/// only a Vietnamese city is folded, and a foreign pair waits for the event ("Guangxi in general and Fangchenggang
/// in particular" in a statement of the city's meeting stays the city's).
/// </summary>
internal static class CityInItsProvince
{
    /// <summary>
    /// Removes from <paramref name="parties"/>, listed in the order they are first named, every party that is one with
    /// another: each of its candidate units lies in a unit of that other party. <paramref name="wholeEvent"/> says
    /// that the list holds the parties of all the event's statements, in the order the event first names them.
    /// </summary>
    public static void Fold<T>(List<T> parties, Func<T, UnitNode[]> candidatesOf, bool wholeEvent)
    {
        for (var k = 0; k < parties.Count; k++)
        {
            var within = ContainingParty(parties, k, candidatesOf);
            if (within < 0)
            {
                continue;
            }

            var vietnamese = Array.TrueForAll(candidatesOf(parties[k]), unit => unit.Country.Code == "VN");
            if (!vietnamese && !wholeEvent)
            {
                continue;
            }

            parties.RemoveAt(vietnamese || within < k ? k : within);

            // A removal shifts the parties after it: look at the list again from the start.
            k = -1;
        }
    }

    /// <summary>
    /// Every candidate unit of one party lies in a candidate unit of the other: the city is a place of that province.
    /// The same test decides that a province named in a clause about "the two cities" of a pair says where one of them
    /// is, and is no third side.
    /// </summary>
    public static bool LiesWithin(UnitNode[] candidates, UnitNode[] around) =>
        candidates.Length > 0 && Array.TrueForAll(candidates, unit => unit.Parent is { } parent && Array.IndexOf(around, parent) >= 0);

    /// <summary>The position of the party every candidate of party <paramref name="k"/> lies in, or -1.</summary>
    private static int ContainingParty<T>(List<T> parties, int k, Func<T, UnitNode[]> candidatesOf)
    {
        var candidates = candidatesOf(parties[k]);
        for (var other = 0; other < parties.Count; other++)
        {
            if (other == k)
            {
                continue;
            }

            if (LiesWithin(candidates, candidatesOf(parties[other])))
            {
                return other;
            }
        }

        return -1;
    }
}
