using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using RelationsGraph.Extraction.Places;
using RelationsGraph.Extraction.Text;
using RelationsGraph.Facts;

namespace RelationsGraph.Extraction.Relations;

/// <summary>
/// Finds pledges in a clause that gives, supports, funds or budgets something: money ("5 tỉ VNĐ", "33.400.000.000
/// đồng", "US$50,000", "2 billion VND") and counted things ("90 suất học bổng", "02 khóa đào tạo", "21 bộ tiểu
/// phẫu", "5 school buildings"). The giver is the party named before the verb, the receiver the one after it.
/// </summary>
internal static partial class CommitmentFinder
{
    private static readonly FrozenDictionary<string, string> Currencies = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["dong"] = "VND", ["vnd"] = "VND", ["usd"] = "USD", ["us"] = "USD", ["dolamy"] = "USD", ["kip"] = "LAK", ["lak"] = "LAK",
        ["baht"] = "THB", ["bat"] = "THB", ["thb"] = "THB", ["yen"] = "JPY", ["jpy"] = "JPY", ["won"] = "KRW", ["krw"] = "KRW",
        ["nhandante"] = "CNY", ["ndt"] = "CNY", ["cny"] = "CNY", ["yuan"] = "CNY", ["riel"] = "KHR", ["khr"] = "KHR",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Vocabulary<(CommitmentKind Kind, string Unit)> Counted = new(
    [
        ("suất học bổng", (CommitmentKind.Scholarships, "scholarships")), ("học bổng", (CommitmentKind.Scholarships, "scholarships")),
        ("scholarships", (CommitmentKind.Scholarships, "scholarships")), ("scholarship", (CommitmentKind.Scholarships, "scholarships")),
        ("khóa đào tạo", (CommitmentKind.Training, "courses")), ("khóa đạo tạo", (CommitmentKind.Training, "courses")),
        ("khóa tập huấn", (CommitmentKind.Training, "courses")), ("lớp tập huấn", (CommitmentKind.Training, "courses")),
        ("lớp đào tạo", (CommitmentKind.Training, "courses")), ("khóa học", (CommitmentKind.Training, "courses")),
        ("training courses", (CommitmentKind.Training, "courses")), ("courses", (CommitmentKind.Training, "courses")),
        ("classes", (CommitmentKind.Training, "courses")), ("đoàn", (CommitmentKind.Delegations, "delegations")),
        ("delegations", (CommitmentKind.Delegations, "delegations")), ("chuyên gia", (CommitmentKind.Experts, "experts")),
        ("giáo viên", (CommitmentKind.Experts, "teachers")), ("experts", (CommitmentKind.Experts, "experts")),
        ("teachers", (CommitmentKind.Experts, "teachers")), ("bộ", (CommitmentKind.Equipment, "kits")),
        ("thiết bị", (CommitmentKind.Equipment, "items")), ("xe", (CommitmentKind.Equipment, "vehicles")),
        ("xe cứu thương", (CommitmentKind.Equipment, "ambulances")), ("kits", (CommitmentKind.Equipment, "kits")),
        ("vehicles", (CommitmentKind.Equipment, "vehicles")), ("ambulances", (CommitmentKind.Equipment, "ambulances")),
        ("computers", (CommitmentKind.Equipment, "computers")), ("máy tính", (CommitmentKind.Equipment, "computers")),
        ("dự án", (CommitmentKind.Project, "projects")), ("công trình", (CommitmentKind.Project, "projects")),
        ("điểm trường", (CommitmentKind.Project, "school_sites")), ("trường học", (CommitmentKind.Project, "schools")),
        ("projects", (CommitmentKind.Project, "projects")), ("project", (CommitmentKind.Project, "projects")),
        ("schools", (CommitmentKind.Project, "schools")), ("school buildings", (CommitmentKind.Project, "schools")),
        ("classrooms", (CommitmentKind.Project, "classrooms")), ("phòng học", (CommitmentKind.Project, "classrooms")),
        ("mô hình", (CommitmentKind.Project, "models")),
    ]);

    public static List<PendingCommitment> Find(TextIndex index, IReadOnlyList<PlaceMention> places, Sentence sentence, string documentId)
    {
        var text = index.Text;
        var commitments = new List<PendingCommitment>();
        foreach (var (first, last) in Clauses(text, sentence))
        {
            var cues = index.Cues.Within(first, last).Aggregate(Cue.None, (flags, cue) => flags | cue.Value);
            if ((cues & (Cue.Support | Cue.Gift | Cue.Budget | Cue.Provide)) == 0)
            {
                continue;
            }

            var verb = index.Cues.Within(first, last).FirstOrDefault(cue => (cue.Value & (Cue.Support | Cue.Gift | Cue.Budget | Cue.Provide)) != 0);
            var partyPlaces = places.Where(place => place.First >= first && place.Last <= last && place.Role is PlaceRole.Party or PlaceRole.Venue).ToList();
            var from = partyPlaces.LastOrDefault(place => place.Last <= verb.First);
            var to = partyPlaces.FirstOrDefault(place => place.First >= verb.Last && place.Role == PlaceRole.Party);
            var years = Years(text, first, last);
            if (years.Count == 0 && DateFinder.Find(text, first, last).Periods is [var period, ..])
            {
                years = [.. Enumerable.Range(period.From, period.To - period.From + 1)];
            }

            var clauseStart = text[first].Start;
            var clauseEnd = text[last - 1].End;
            var evidence = new ExtractedEvidence(documentId, clauseStart, clauseEnd);
            var description = Clean(text.Slice(clauseStart, clauseEnd));
            var money = text.Text.AsSpan(clauseStart, clauseEnd - clauseStart).ContainsAnyInRange('0', '9') ? Money(text.Text, clauseStart, clauseEnd) : null;
            var counts = CountedThings(index, first, last);
            var project = counts.FirstOrDefault(count => count.Kind == CommitmentKind.Project);
            if (money is { } amount && (cues & (Cue.Support | Cue.Gift | Cue.Budget)) != 0)
            {
                var kind = (cues & Cue.Budget) != 0 ? CommitmentKind.Budget
                    : project.Unit is not null ? CommitmentKind.Project
                    : CommitmentKind.Grant;
                commitments.Add(new PendingCommitment(kind, amount.Value, amount.Currency, Ref(from), Ref(to), years, description, evidence));
            }

            foreach (var count in counts.Where(count => (money is null || count.Kind != CommitmentKind.Project) && ((cues & (Cue.Support | Cue.Gift)) != 0 || count.Kind is CommitmentKind.Training or CommitmentKind.Delegations or CommitmentKind.Experts or CommitmentKind.Scholarships)))
            {
                commitments.Add(new PendingCommitment(count.Kind, count.Amount, count.Unit, Ref(from), Ref(to), years, description, evidence));
            }
        }

        return commitments;
    }

    private static PartyRef? Ref(PlaceMention? place) => place is null ? null : PartyRef.From(place, null);

    private static IEnumerable<(int First, int Last)> Clauses(TokenizedText text, Sentence sentence)
    {
        var first = sentence.First;
        for (var k = sentence.First + 1; k < sentence.Last; k++)
        {
            var gap = text.GapBefore(k);
            if (gap.Contains(';') || (gap.Contains(',') && IsClauseOpener(text, k)))
            {
                yield return (first, k);
                first = k;
            }
        }

        yield return (first, sentence.Last);
    }

    private static bool IsClauseOpener(TokenizedText text, int k) =>
        text[k].NameKey is "trong" or "dong" or "ngoai" or "tinh" or "besides" or "in" or "and";

    private static List<int> Years(TokenizedText text, int first, int last)
    {
        var years = new List<int>();
        for (var k = first; k < last; k++)
        {
            if (text[k].IsNumber && text[k].Length == 4 && int.TryParse(text[k].NameKey, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && year is >= 1990 and <= 2100 && k > first && text[k - 1].NameKey is "nam" or "in" or "year")
            {
                years.Add(year);
            }
        }

        return [.. years.Distinct().Order()];
    }

    private static List<(CommitmentKind Kind, long Amount, string Unit)> CountedThings(TextIndex index, int first, int last)
    {
        var text = index.Text;
        var found = new List<(CommitmentKind, long, string)>();
        for (var k = first; k + 1 < last; k++)
        {
            if (!text[k].IsNumber || text[k].Length > 4 || text.GapBefore(k + 1).Trim().Length > 0)
            {
                continue;
            }

            if (Counted.TryMatch(text, k + 1, last, out var match))
            {
                found.Add((match.Value.Kind, long.Parse(text[k].NameKey, NumberStyles.None, CultureInfo.InvariantCulture), match.Value.Unit));
            }
        }

        return found;
    }

    /// <summary>The first sum of money in a span, as an integer amount and an ISO currency.</summary>
    private static (long Value, string Currency)? Money(string text, int start, int end)
    {
        var span = text.Substring(start, end - start);
        foreach (var match in MoneyPattern().Matches(span).Cast<Match>())
        {
            var currencyKey = Gazetteer.NameKey.Normalize(match.Groups["currency"].Value);
            if (!Currencies.TryGetValue(currencyKey, out var currency))
            {
                continue;
            }

            if (Amount(match.Groups["number"].Value, match.Groups["scale"].Value) is { } value)
            {
                return (value, currency);
            }
        }

        foreach (var match in DollarPattern().Matches(span).Cast<Match>())
        {
            if (Amount(match.Groups["number"].Value, match.Groups["scale"].Value) is { } value)
            {
                return (value, "USD");
            }
        }

        return null;
    }

    /// <summary>"33.400.000.000" and "50,000" group thousands; "1,5 tỷ" and "2.5 billion" carry decimals.</summary>
    private static long? Amount(string number, string scale)
    {
        var multiplier = Gazetteer.NameKey.Normalize(scale) switch
        {
            "nghinty" or "ngangty" or "nghinti" => 1_000_000_000_000m,
            "ty" or "ti" or "billion" or "bn" => 1_000_000_000m,
            "trieu" or "million" or "m" => 1_000_000m,
            "nghin" or "ngan" or "thousand" => 1_000m,
            _ => 1m,
        };
        var separators = number.Count(c => c is '.' or ',');
        decimal value;
        if (separators == 0)
        {
            value = decimal.Parse(number, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        else if (separators == 1 && multiplier > 1m && number.Length - number.IndexOfAny(['.', ',']) - 1 != 3)
        {
            value = decimal.Parse(number.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }
        else
        {
            value = decimal.Parse(number.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        var amount = value * multiplier;
        return amount is > 0 and < 1e17m ? (long)amount : null;
    }

    private static string Clean(string text)
    {
        var cleaned = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return cleaned.Length <= 300 ? cleaned : cleaned[..300];
    }

    [GeneratedRegex(@"(?<number>\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)\s*(?<scale>nghìn tỷ|nghìn tỉ|ngàn tỷ|tỷ|tỉ|triệu|nghìn|ngàn|billion|million|thousand|bn)?\s*(?<currency>đồng|VNĐ|VND|vnđ|USD|US\$|đô la Mỹ|kíp|kip|LAK|baht|bạt|THB|yên|yen|JPY|won|KRW|nhân dân tệ|NDT|CNY|yuan|riel|KHR)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"(?:US\$|\$)\s?(?<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?<scale>billion|million|thousand|bn)?", RegexOptions.IgnoreCase)]
    private static partial Regex DollarPattern();
}
