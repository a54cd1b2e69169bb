namespace RelationsGraph.Seed;

/// <summary>Where a row came from: a file and line, with the file's columns so that errors can name one.</summary>
public sealed record RowOrigin(string File, int Line, IReadOnlyList<string> Columns);
