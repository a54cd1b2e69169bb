namespace RelationsGraph.Gazetteer;

/// <summary>A name variant in real use for a unit, with the language or script it is written in (BCP 47).</summary>
public sealed record UnitName(string UnitId, string Name, string Language);
