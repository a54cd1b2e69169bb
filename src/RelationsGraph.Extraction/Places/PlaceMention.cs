using RelationsGraph.Facts;
using RelationsGraph.Gazetteer;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Extraction.Places;

/// <summary>
/// A unit named in a text: the tokens of the name (a district's name may be followed by its province), the units the
/// name can mean, what the name does there, and the organisation acting for the unit when the text names one
/// ("Công an tỉnh X", "X Women's Union").
/// </summary>
public sealed class PlaceMention
{
    public required int First { get; init; }

    public required int Last { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>Every unit the name fits; the extractor picks one for the relation's date.</summary>
    public required UnitNode[] Candidates { get; set; }

    /// <summary>The name as written, normalised (<see cref="Gazetteer.NameKey"/>): the gazetteer's rules prefer the unit whose own name it is.</summary>
    public string NameKey { get; set; } = string.Empty;

    public PlaceRole Role { get; set; } = PlaceRole.Party;

    /// <summary>A district acting for itself, or a district missing from the gazetteer acting for its province.</summary>
    public bool IsDistrict { get; set; }

    /// <summary>The name of a district that the gazetteer does not have ("huyện Mường Lát").</summary>
    public string? DistrictName { get; set; }

    /// <summary>The country a nearby country name points at ("Champasak (Lào)"), for names several countries share.</summary>
    public string? CountryHint { get; set; }

    /// <summary>The type word written with the name ("tỉnh", "province", "thành phố", "huyện"), for the ambiguity rules.</summary>
    public PlaceTypeHint TypeHint { get; set; }

    public PartyLevel? Level { get; set; }

    /// <summary>First token of the organisation phrase that acts for the unit, or -1.</summary>
    public int OrganisationFirst { get; set; } = -1;

    /// <summary>The token after the organisation phrase ("Công an tỉnh X": before the name; "X Provincial Police": after it).</summary>
    public int OrganisationLast { get; set; } = -1;

    /// <summary>Written after "counterpart in": the same kind of organisation as the other side.</summary>
    public bool IsCounterpart { get; set; }

    /// <summary>Named right after a visit ("thăm và làm việc tại tỉnh X", "a visit to X"): the host, not a mere venue.</summary>
    public bool AfterVisit { get; set; }

    public override string ToString() => $"{string.Join('|', Candidates.Select(unit => unit.Id))}@{Start} {Role}";
}
