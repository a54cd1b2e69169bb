using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// How sums of money are written (<c>Rules/*/money.tsv</c>): currency words after the amount ("đồng", "USD", "kíp"),
/// currency signs before it ("US$", "$"), and scale words ("tỷ", "triệu", "billion"). The patterns are built from them.
/// </summary>
internal sealed class MoneyForms
{
    /// <summary>Builds the patterns from every spelling; spellings of one key (case, diacritics) mean the same.</summary>
    public MoneyForms(IEnumerable<(string Phrase, string Code)> currencies, IEnumerable<(string Phrase, string Code)> signs, IEnumerable<(string Phrase, decimal Factor)> scales)
    {
        var currencyList = currencies.ToList();
        var signList = signs.ToList();
        var scaleList = scales.ToList();
        Currencies = currencyList.DistinctBy(entry => Gazetteer.NameKey.Normalize(entry.Phrase)).ToFrozenDictionary(entry => Gazetteer.NameKey.Normalize(entry.Phrase), entry => entry.Code, StringComparer.Ordinal);
        Signs = signList.DistinctBy(entry => entry.Phrase.ToUpperInvariant()).ToFrozenDictionary(entry => entry.Phrase.ToUpperInvariant(), entry => entry.Code, StringComparer.Ordinal);
        Scales = scaleList.DistinctBy(entry => Gazetteer.NameKey.Normalize(entry.Phrase)).ToFrozenDictionary(entry => Gazetteer.NameKey.Normalize(entry.Phrase), entry => entry.Factor, StringComparer.Ordinal);
        var scale = Alternatives(scaleList.Select(entry => entry.Phrase));
        // Compiled: every clause with a digit is matched against both patterns, and the interpreter's scanning was a
        // few percent of a batch's processor time; compiling them costs a few milliseconds once.
        AmountThenCurrency = new Regex(
            $@"(?<number>\d{{1,3}}(?:[.,]\d{{3}})+|\d+(?:[.,]\d+)?)\s*(?<scale>{scale})?\s*(?<currency>{Alternatives(currencyList.Select(entry => entry.Phrase))})(?![\p{{L}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        SignThenAmount = new Regex(
            $@"(?<currency>{Alternatives(signList.Select(entry => entry.Phrase))})\s?(?<number>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)\s*(?<scale>{scale})?(?![\p{{L}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>Currency words by name key, with their ISO 4217 code.</summary>
    public FrozenDictionary<string, string> Currencies { get; }

    /// <summary>Currency signs written before the amount, in upper case.</summary>
    public FrozenDictionary<string, string> Signs { get; }

    /// <summary>Scale words by name key, with their multiplier.</summary>
    public FrozenDictionary<string, decimal> Scales { get; }

    /// <summary>"5 tỷ đồng", "33.400.000.000 VNĐ", "2 billion VND".</summary>
    public Regex AmountThenCurrency { get; }

    /// <summary>"US$50,000", "$2 million".</summary>
    public Regex SignThenAmount { get; }

    public string? Currency(string written, bool sign) =>
        (sign ? Signs.GetValueOrDefault(written.ToUpperInvariant()) : Currencies.GetValueOrDefault(Gazetteer.NameKey.Normalize(written)));

    private static string Alternatives(IEnumerable<string> phrases) =>
        string.Join('|', phrases.OrderByDescending(phrase => phrase.Length).ThenBy(phrase => phrase, StringComparer.Ordinal).Select(Regex.Escape));
}
