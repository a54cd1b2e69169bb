using System.Globalization;

namespace RelationsGraph.Extraction.Identity;

/// <summary>
/// What identifies a fact among the facts of the same parties, kind and level: its official numbers, periods,
/// dates and session ordinals, as every source that states it gives them. Built from a zone's mentions, from an
/// extracted relation or from a graph-seed row, and compared by <see cref="FactIdentity"/>.
/// </summary>
internal sealed class FactKeys
{
    private readonly HashSet<string> _numbers = new(StringComparer.Ordinal);
    private readonly HashSet<(int Start, int? End)> _periods = [];
    private readonly HashSet<DateKey> _dates = [];
    private readonly HashSet<int> _ordinals = [];

    public IReadOnlySet<string> Numbers => _numbers;

    public IReadOnlySet<(int Start, int? End)> Periods => _periods;

    public IReadOnlySet<DateKey> Dates => _dates;

    public IReadOnlySet<int> Ordinals => _ordinals;

    /// <summary>True when a number, period, date or ordinal tells this fact from others of the same parties and kind.</summary>
    public bool IsIdentified => _numbers.Count > 0 || _periods.Count > 0 || _dates.Count > 0 || _ordinals.Count > 0;

    /// <summary>The latest day the keys point at (a date, or the first day of a period), for "the most recent fact".</summary>
    public DateOnly Recency =>
        _dates.Where(date => date.Year is not null).Select(date => new DateOnly(date.Year!.Value, date.Month, date.Day))
            .Concat(_periods.Select(period => new DateOnly(period.Start, 1, 1)))
            .DefaultIfEmpty(DateOnly.MinValue)
            .Max();

    public static FactKeys Of(ExtractedRelation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        var keys = new FactKeys();
        keys.AddNumber(relation.Number);
        keys.AddPeriod(relation.PeriodStart, relation.PeriodEnd);
        foreach (var claim in relation.Claims.Where(claim => claim.Field == ClaimFields.SignedOn))
        {
            keys.AddDate(DateKey.Parse(claim.Value));
        }

        keys.AddOrdinal(relation.Session?.Ordinal);
        return keys;
    }

    public void AddNumber(string? number)
    {
        if (number is not null)
        {
            _numbers.Add(number);
        }
    }

    public void AddPeriod(int? start, int? end)
    {
        if (start is { } value)
        {
            _periods.Add((value, end));
        }
    }

    public void AddDate(DateKey? date)
    {
        if (date is { } value)
        {
            _dates.Add(value);
        }
    }

    public void AddOrdinal(int? ordinal)
    {
        if (ordinal is { } value)
        {
            _ordinals.Add(value);
        }
    }

    public void UnionWith(FactKeys other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _numbers.UnionWith(other._numbers);
        _periods.UnionWith(other._periods);
        _dates.UnionWith(other._dates);
        _ordinals.UnionWith(other._ordinals);
    }
}

/// <summary>A day, with its year when the source gives one ("Ngày 16/9" has none until the publication date dates it).</summary>
internal readonly record struct DateKey(int? Year, int Month, int Day)
{
    public static DateKey From(DateOnly date) => new(date.Year, date.Month, date.Day);

    public static DateKey Parse(string iso) => From(DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>The same day; a day without a year matches that day in any year.</summary>
    public bool Matches(DateKey other) =>
        Month == other.Month && Day == other.Day && (Year is null || other.Year is null || Year == other.Year);
}
