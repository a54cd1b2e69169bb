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
    public string Country =>
        CountryHint is { } hint && Candidates.Any(unit => unit.Country.Code == hint) ? hint
        : Candidates.Select(unit => unit.Country.Code).Distinct(StringComparer.Ordinal).Count() == 1 ? Candidates[0].Country.Code
        : Candidates.Any(unit => unit.Country.Code == "VN") ? "VN"
        : Candidates[0].Country.Code;

    public static PartyRef From(PlaceMention mention, string? organisation) => new()
    {
        Key = string.Join('|', mention.Candidates.Select(unit => unit.Id).Order(StringComparer.Ordinal)),
        Candidates = mention.Candidates,
        NameKey = mention.NameKey,
        CountryHint = mention.CountryHint,
        Level = mention.IsDistrict ? PartyLevel.District : mention.Level,
        IsDistrict = mention.IsDistrict,
        IsCounterpart = mention.IsCounterpart,
        Organisation = organisation,
    };
}
