using System.Collections.Immutable;
using RelationsGraph.Facts;
using RelationsGraph.Gazetteer;

namespace RelationsGraph.Seed;

/// <summary>
/// Every record of the graph as plain rows: what graph-seed/ holds, what the loader writes to Neo4j and what a
/// snapshot source reads back. <see cref="Origins"/> says where each row came from, for error messages.
/// </summary>
public sealed record GraphSeed
{
    public ImmutableArray<Country> Countries { get; init; } = [];

    public ImmutableArray<CountryName> CountryNames { get; init; } = [];

    public ImmutableArray<AdministrativeUnit> Units { get; init; } = [];

    public ImmutableArray<UnitName> UnitNames { get; init; } = [];

    public ImmutableArray<Succession> Successions { get; init; } = [];

    public ImmutableArray<CooperationField> Fields { get; init; } = [];

    public ImmutableArray<SourceDocument> Documents { get; init; } = [];

    public ImmutableArray<Instrument> Instruments { get; init; } = [];

    public ImmutableArray<Party> Parties { get; init; } = [];

    public ImmutableArray<InstrumentLink> InstrumentLinks { get; init; } = [];

    public ImmutableArray<Mechanism> Mechanisms { get; init; } = [];

    public ImmutableArray<MechanismMember> MechanismMembers { get; init; } = [];

    public ImmutableArray<Session> Sessions { get; init; } = [];

    public ImmutableArray<Commitment> Commitments { get; init; } = [];

    public ImmutableArray<Person> People { get; init; } = [];

    public ImmutableArray<PersonRole> PersonRoles { get; init; } = [];

    public ImmutableArray<Evidence> Evidence { get; init; } = [];

    /// <summary>Facts reviewers rejected or merged into others, so that extraction does not propose them again.</summary>
    public ImmutableArray<Rejection> Rejections { get; init; } = [];

    public RowOrigins Origins { get; init; } = RowOrigins.None;

    /// <summary>Where the reader found the parties' units and the evidence rows' documents; null for rows not read from files.</summary>
    internal KnownRows? KnownRows { get; init; }

    /// <summary>The number of facts (every row other than the gazetteer's).</summary>
    public int FactCount =>
        Documents.Length + Instruments.Length + Parties.Length + InstrumentLinks.Length + Mechanisms.Length
        + MechanismMembers.Length + Sessions.Length + Commitments.Length + People.Length + PersonRoles.Length
        + Evidence.Length;
}
