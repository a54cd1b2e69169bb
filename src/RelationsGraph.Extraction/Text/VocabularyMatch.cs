namespace RelationsGraph.Extraction.Text;

/// <summary>A phrase of a vocabulary found at tokens [<see cref="First"/>, <see cref="Last"/>).</summary>
public readonly record struct VocabularyMatch<T>(int First, int Last, T Value);
