using RelationsGraph.Extraction.Places;
using RelationsGraph.Facts;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Extraction.Relations;

/// <summary>A party of a relation mention before its unit is chosen for the relation's date.</summary>
internal sealed record PartyRef
{
    public required string Key { get; init; }

    public required UnitNode[] Candidates { get; init; }

    /// <summary>The name as written (<see cref="PlaceMention.NameKey"/>).</summary>
    public string NameKey { get; init; } = string.Empty;

    public string? CountryHint { get; init; }

    public PartyLevel? Level { get; init; }

    public bool IsDistrict { get; init; }

    public bool IsCounterpart { get; init; }

    public string? Organisation { get; init; }

    /// <summary>The country the party is in: the hinted one, the only one, or Vietnam when the name is shared.</summary>
    public string Country
    {
        get
        {
            // Asked for often, of few candidates: loops rather than a query, which allocated on every call.
            if (CountryHint is { } hint && InCountry(hint))
            {
                return hint;
            }

            var oneCountry = Candidates.Length > 0;
            foreach (var unit in Candidates)
            {
                oneCountry &= unit.Country.Code == Candidates[0].Country.Code;
            }

            return oneCountry ? Candidates[0].Country.Code
                : InCountry("VN") ? "VN"
                : Candidates[0].Country.Code;
        }
    }

    private bool InCountry(string code)
    {
        foreach (var unit in Candidates)
        {
            if (unit.Country.Code == code)
            {
                return true;
            }
        }

        return false;
    }

    public static PartyRef From(PlaceMention mention, string? organisation) => new()
    {
        Key = KeyOf(mention.Candidates),
        Candidates = mention.Candidates,
        NameKey = mention.NameKey,
        CountryHint = mention.CountryHint,
        Level = mention.IsDistrict ? PartyLevel.District : mention.Level,
        IsDistrict = mention.IsDistrict,
        IsCounterpart = mention.IsCounterpart,
        Organisation = organisation,
    };

    /// <summary>The candidates' ids in ordinal order, joined by '|'.</summary>
    private static string KeyOf(UnitNode[] candidates)
    {
        if (candidates.Length == 1)
        {
            return candidates[0].Id;
        }

        var ids = new string[candidates.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = candidates[i].Id;
        }

        // A comparer object would be wrapped in a new delegate at every call; the static lambda's is made once.
        Array.Sort(ids, static (a, b) => string.CompareOrdinal(a, b));
        return string.Join('|', ids);
    }
}
