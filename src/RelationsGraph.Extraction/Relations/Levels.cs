using RelationsGraph.Facts;

namespace RelationsGraph.Extraction.Relations;

/// <summary>
/// The level of a relation from its parties' levels: the shared level, or the most specific one (a police force is
/// more specific than a provincial government, a district than a province).
/// </summary>
public static class Levels
{
    public static PartyLevel Combine(IEnumerable<PartyLevel> levels)
    {
        var best = PartyLevel.ProvincialGovernment;
        foreach (var level in levels)
        {
            if (Specificity(level) > Specificity(best) || (Specificity(level) == Specificity(best) && level < best && Specificity(level) > 0))
            {
                best = level;
            }
        }

        return best;
    }

    public static int Specificity(PartyLevel level) => level switch
    {
        PartyLevel.ProvincialGovernment => 0,
        PartyLevel.PartyCommittee or PartyLevel.PeoplesCouncil => 1,
        PartyLevel.Department or PartyLevel.Other => 2,
        _ => 3,
    };
}
