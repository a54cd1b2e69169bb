using RelationsGraph.Snapshots;

namespace RelationsGraph.Partnerships;

/// <summary>A unit with its partners in one other country.</summary>
public sealed record ProvincePartners(UnitNode Province, IReadOnlyList<Partnership> Partners)
{
    public int PartnerCount => Partners.Count;
}
