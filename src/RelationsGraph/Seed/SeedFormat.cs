using System.Collections.Immutable;
using System.Globalization;
using RelationsGraph.Common;

namespace RelationsGraph.Seed;

/// <summary>How values are written in graph-seed files: ISO dates, invariant numbers, snake_case codes, ';' lists.</summary>
public static class SeedFormat
{
    /// <summary>How graph-seed writes a moment: UTC to the second, <c>2025-06-01T09:30:00Z</c>.</summary>
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Timestamp(DateTimeOffset? moment) => moment?.ToUniversalTime().ToString(TimestampFormat, CultureInfo.InvariantCulture);

    /// <summary>A moment as graph-seed keeps it: UTC, whole seconds (so that what is written reads back equal).</summary>
    public static DateTimeOffset Truncate(DateTimeOffset moment)
    {
        var utc = moment.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    public static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string Probability(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    public static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumCodes.ToCode(value);

    public static string? List(ImmutableArray<string> items) =>
        items.IsDefaultOrEmpty ? null : string.Join(SeedRowReader.ListSeparator, items);

    public static string? List(ImmutableArray<int> items) =>
        items.IsDefaultOrEmpty ? null : string.Join(SeedRowReader.ListSeparator, items.Select(item => item.ToString(CultureInfo.InvariantCulture)));
}
