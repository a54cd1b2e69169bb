namespace RelationsGraph.Gazetteer;

/// <summary>A SUCCEEDED_BY link: the predecessor ceased to exist and its territory passed to the successor.</summary>
public sealed record Succession(string PredecessorId, string SuccessorId, DateOnly EffectiveOn, string Basis);
