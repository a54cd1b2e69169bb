using RelationsGraph.Facts;

namespace RelationsGraph.Snapshots;

/// <summary>A unit's part in an instrument.</summary>
/// <remarks>
/// A world-scale snapshot holds two parties per instrument, so the node keeps the row's few fields itself (56 bytes)
/// instead of the row beside it (96 bytes for both); <see cref="Party"/> gives the row back when it is asked for.
/// </remarks>
public sealed class PartyNode(Party party, InstrumentNode instrument, UnitNode unit)
{
    public InstrumentNode Instrument { get; } = instrument;

    public UnitNode Unit { get; } = unit;

    public PartyLevel Level { get; } = party.Level;

    public PartyRole Role { get; } = party.Role;

    /// <summary>The organisation acting for the unit, in English.</summary>
    public string? Organisation { get; } = party.Organisation;

    public string? OrganisationVi { get; } = party.OrganisationVi;

    /// <summary>The graph-seed row this part was read from (made anew on each call).</summary>
    public Party Party => new()
    {
        InstrumentId = Instrument.Id,
        UnitId = Unit.Id,
        Level = Level,
        Role = Role,
        Organisation = Organisation,
        OrganisationVi = OrganisationVi,
    };
}
