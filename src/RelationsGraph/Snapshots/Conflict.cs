namespace RelationsGraph.Snapshots;

/// <summary>Sources that disagree about one attribute of a fact; every value is kept with its evidence.</summary>
public sealed record Conflict(string SubjectId, string Field, IReadOnlyList<Claim> Claims);

/// <summary>One source's value of an attribute.</summary>
public sealed record Claim(string Value, IReadOnlyList<EvidenceNode> Evidence);
