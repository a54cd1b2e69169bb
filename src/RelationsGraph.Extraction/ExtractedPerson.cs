using RelationsGraph.Facts;

namespace RelationsGraph.Extraction;

/// <summary>A person who signed or attended, with the title the source gives and the unit they acted for.</summary>
public sealed record ExtractedPerson(string Name, string? Title, PersonRoleKind Role, string? UnitId, ExtractedEvidence Evidence);
