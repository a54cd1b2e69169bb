using System.Collections.Frozen;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// The words of written dates (<c>Rules/*/dates.tsv</c>): month names, the words that introduce a day ("ngày", "sáng",
/// "on"), the month and year nouns of "ngày 25 tháng 8 năm 2022", the words of a range ("từ … đến", "from … to"),
/// and ordinal suffixes ("25th"). Keys are <see cref="Gazetteer.NameKey"/>s, or both keys of a word for day words.
/// </summary>
internal sealed record DateForms
{
    /// <summary>Month names and abbreviations by name key, with the month's number.</summary>
    public required FrozenDictionary<string, int> Months { get; init; }

    /// <summary>Month names that are also common words ("May"): a date only with a year after them.</summary>
    public required FrozenSet<string> MonthsNeedingYear { get; init; }

    /// <summary>Words after which a bare day/month ("16/9") is a date: ngày, sáng, chiều, on… (vocabulary and name keys).</summary>
    public required FrozenSet<string> DayWords { get; init; }

    public required FrozenSet<string> DayNouns { get; init; }

    public required FrozenSet<string> MonthNouns { get; init; }

    public required FrozenSet<string> YearNouns { get; init; }

    public required FrozenSet<string> RangeFrom { get; init; }

    public required FrozenSet<string> RangeTo { get; init; }

    public required FrozenSet<string> Of { get; init; }

    public required FrozenSet<string> OrdinalSuffixes { get; init; }
}
