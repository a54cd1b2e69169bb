namespace RelationsGraph.Loader.Score;

/// <summary>
/// A metric of one document as a count over a count. With nothing to count, its value is <see cref="WhenEmpty"/>:
/// 1 for pair precision and recall (nothing claimed or nothing to find is no error), none for the others (the
/// metric does not apply to the document).
/// </summary>
public readonly record struct Ratio(int Numerator, int Denominator, double? WhenEmpty = null)
{
    public double? Value => Denominator == 0 ? WhenEmpty : (double)Numerator / Denominator;

    public override string ToString() => $"{Numerator}/{Denominator}";
}
