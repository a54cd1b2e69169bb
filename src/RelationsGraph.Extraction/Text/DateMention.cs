namespace RelationsGraph.Extraction.Text;

/// <summary>
/// A date written in a text, as precise as the text gives it: a full date, a day and month without a year, a month
/// and year, or a year. Tokens [<see cref="First"/>, <see cref="Last"/>) hold it.
/// </summary>
public sealed record DateMention(int First, int Last, int? Year, int? Month, int? Day)
{
    /// <summary>The last day of a range of days ("from July 23-28"), whose first day <see cref="Day"/> dates the event.</summary>
    public int? LastDay { get; init; }

    public bool IsFullDate => Year is not null && Month is not null && Day is not null;

    public bool IsDayMonth => Year is null && Month is not null && Day is not null;

    public DateOnly? ToDate() => IsFullDate ? new DateOnly(Year!.Value, Month!.Value, Day!.Value) : null;

    /// <summary>
    /// The date of a day and month without a year: the latest such date on or before <paramref name="reference"/>
    /// plus <paramref name="toleranceDays"/> (a report may announce an event a few weeks ahead).
    /// </summary>
    public DateOnly? ResolveWith(DateOnly reference, int toleranceDays)
    {
        if (ToDate() is { } full)
        {
            return full;
        }

        if (!IsDayMonth)
        {
            return null;
        }

        var limit = reference.AddDays(toleranceDays);
        for (var year = limit.Year; year >= limit.Year - 1; year--)
        {
            if (Day <= DateFinder.DaysIn(year, Month!.Value))
            {
                var candidate = new DateOnly(year, Month!.Value, Day!.Value);
                if (candidate <= limit)
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
