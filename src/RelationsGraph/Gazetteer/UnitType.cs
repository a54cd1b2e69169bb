namespace RelationsGraph.Gazetteer;

/// <summary>What kind of administrative unit a gazetteer entry is.</summary>
public enum UnitType
{
    Province,
    Municipality,
    Capital,
    AutonomousRegion,
    SpecialAdministrativeRegion,
    Prefecture,
    SpecialCity,
    MetropolitanCity,
    SpecialSelfGoverningCity,
    SpecialSelfGoverningProvince,
    District,
}
