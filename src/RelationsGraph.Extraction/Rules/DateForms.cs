using System.Collections.Frozen;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// The words of written dates (<c>Rules/*/dates.tsv</c>): month names, the words that introduce a day ("ngày", "sáng",
/// "on"), the month and year nouns of "ngày 25 tháng 8 năm 2022", the words of a range ("từ … đến", "from … to"),
/// and ordinal suffixes ("25th"). Keys are <see cref="Gazetteer.NameKey"/>s, or both keys of a word for day words.
/// </summary>
internal sealed record DateForms
{
    /// <summary>
    /// Month names and abbreviations by name key, with the month's number and whether the text must capitalize it (a
    /// name the rules write capitalized, as English months are, is not a month when written in lower case: "march").
    /// </summary>
    public required FrozenDictionary<string, (int Month, bool Capitalized)> Months { get; init; }

    /// <summary>The month a token names, if it is written as the rules require.</summary>
    public int? MonthOf(TextToken token) =>
        Months.TryGetValue(token.NameKey, out var month) && (!month.Capitalized || token.IsCapitalized) ? month.Month : null;

    /// <summary>Weekday names ("Thursday"): "on Thursday" is the latest such day up to the article's date.</summary>
    public required FrozenDictionary<string, DayOfWeek> Weekdays { get; init; }

    /// <summary>Month names that are also common words ("May"): a date only with a year after them.</summary>
    public required FrozenSet<string> MonthsNeedingYear { get; init; }

    /// <summary>Words after which a bare day/month ("16/9") is a date: ngày, sáng, chiều, on… (vocabulary and name keys).</summary>
    public required FrozenSet<string> DayWords { get; init; }

    /// <summary>Words between a day word and the date that keep it one ("Chiều nay 1.8": this afternoon, 1 August).</summary>
    public required FrozenSet<string> DayWordSuffixes { get; init; }

    public required FrozenSet<string> DayNouns { get; init; }

    public required FrozenSet<string> MonthNouns { get; init; }

    public required FrozenSet<string> YearNouns { get; init; }

    public required FrozenSet<string> RangeFrom { get; init; }

    public required FrozenSet<string> RangeTo { get; init; }

    public required FrozenSet<string> Of { get; init; }

    public required FrozenSet<string> OrdinalSuffixes { get; init; }

    /// <summary>
    /// Every key of the words above, in one set: a token that is not a number and whose key is none of them begins no
    /// date or period, so the finder passes it with one look-up instead of one per form. It holds every form, not only
    /// those a date begins with today, so that a rule of the finder may begin with any of them; a new form joins this
    /// list (a test fails until it does).
    /// </summary>
    public FrozenSet<string> Words => field ??= new IEnumerable<string>[] { Months.Keys, Weekdays.Keys, MonthsNeedingYear, DayWords, DayWordSuffixes, DayNouns, MonthNouns, YearNouns, RangeFrom, RangeTo, Of, OrdinalSuffixes }
        .SelectMany(words => words)
        .ToFrozenSet(StringComparer.Ordinal);
}
