namespace RelationsGraph.Extraction.Text;

/// <summary>A sentence: tokens [<see cref="First"/>, <see cref="Last"/>) and characters [<see cref="Start"/>, <see cref="End"/>).</summary>
public readonly record struct Sentence(int First, int Last, int Start, int End)
{
    public bool IsEmpty => Last <= First;
}
