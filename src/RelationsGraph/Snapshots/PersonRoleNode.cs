using RelationsGraph.Facts;

namespace RelationsGraph.Snapshots;

/// <summary>A person's part in an instrument or session, with the unit they acted for.</summary>
public sealed record PersonRoleNode(Person Person, PersonRole Role, UnitNode? Unit);
