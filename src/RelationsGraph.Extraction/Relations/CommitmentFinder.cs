using System.Globalization;
using System.Text.RegularExpressions;
using RelationsGraph.Extraction.Places;
using RelationsGraph.Extraction.Rules;
using RelationsGraph.Extraction.Text;
using RelationsGraph.Facts;

namespace RelationsGraph.Extraction.Relations;

/// <summary>
/// Finds pledges in a clause that gives, supports, funds or budgets something: money ("5 tỉ VNĐ", "33.400.000.000
/// đồng", "US$50,000", "2 billion VND") and counted things ("90 suất học bổng", "02 khóa đào tạo", "21 bộ tiểu
/// phẫu", "5 school buildings"). The giver is the party named before the verb, the receiver the one after it.
/// </summary>
internal static class CommitmentFinder
{
    private const int MaxDescription = 300;

    public static List<PendingCommitment> Find(TextIndex index, IReadOnlyList<PlaceMention> places, Sentence sentence, string documentId)
    {
        var text = index.Text;
        var commitments = new List<PendingCommitment>();
        // Most sentences pledge nothing: a clause's cues are among its sentence's, so such a sentence is not split.
        if (!index.CuesWithin(sentence.First, sentence.Last).HasAny(Cue.Support | Cue.Gift | Cue.Budget | Cue.Provide))
        {
            return commitments;
        }

        foreach (var (first, last) in Clauses(index, sentence))
        {
            var cues = index.CuesWithin(first, last);
            if (!cues.HasAny(Cue.Support | Cue.Gift | Cue.Budget | Cue.Provide))
            {
                continue;
            }

            var verb = FirstPledgeCue(index, first, last);
            var partyPlaces = places.Where(place => place.First >= first && place.Last <= last && place.Role is PlaceRole.Party or PlaceRole.Venue).ToList();
            var from = partyPlaces.LastOrDefault(place => place.Last <= verb.First);

            // "Tổ chức đoàn cán bộ, chuyên gia của tỉnh Bắc Giang tới…": a name that owns what is pledged, with no
            // "cho"/"to" before it, is the giver (but a host gives to those it receives: "Đón 02 đoàn của tỉnh X").
            if (from is null && !verb.Value.HasAny(Cue.Host)
                && partyPlaces.FirstOrDefault(place => place.First >= verb.Last && place.Role == PlaceRole.Party) is { } owner
                && OwnedAfter(index, verb.Last, owner))
            {
                from = owner;
                partyPlaces.Remove(owner);
            }

            // "nhà lớp học … do tỉnh A tặng tỉnh B", "a school funded by province A":
            // the party an agent word introduces gives, wherever the verb stands.
            if (cues.HasAny(Cue.Agent) && AgentOf(index, partyPlaces, first) is { } agent)
            {
                from = agent;
                partyPlaces.Remove(agent);
            }

            // "Quảng Trị hỗ trợ hai tỉnh Salavan và Savannakhet mỗi tỉnh 9 tỷ đồng": one pledge to each receiver named.
            var after = partyPlaces.Where(place => place.First >= verb.Last && place.Role == PlaceRole.Party).ToList();
            var receivers = after.Where(place => from is null ? SameCountry(place, after[0]) : !SameCountry(place, from)).DistinctBy(place => place.Candidates[0].Id).ToList();
            if (receivers.Count == 0 && after.Count > 0)
            {
                receivers = [after[0]];
            }

            // "The two sides pledged to open Dak Lak's hospitals to Sekong residents": a pledge of both sides goes to
            // the side whose people it names, from the other side, whichever is named first.
            // The other side may be named where it serves them ("services in Dak Lak").
            if (from is null && !cues.HasAny(Cue.Mutual) && index.HasCue(first, verb.First, Cue.BothSides)
                && PeopleServed(index, after) is { } served)
            {
                from = partyPlaces.FirstOrDefault(place => place.First >= verb.Last && !SameCountry(place, served));
                receivers = [served];
            }

            // A pledge's years: "năm 2024", or the period its clause states ("trong giai đoạn 2022 – 2024 tỉnh Sơn La sẽ tổ
            // chức…"), but not the period of an instrument the clause names ("biên bản ghi nhớ giai đoạn 2024-2028").
            var years = Years(index, first, last);
            if (years.Count == 0 && index.DatesIn(first, last).Periods is [var period, ..]
                && !index.Instruments.Within(Math.Max(first, period.First - 6), period.First).Any())
            {
                years = [.. Enumerable.Range(period.From, period.To - period.From + 1)];
            }

            var clauseStart = text[first].Start;
            var clauseEnd = text[last - 1].End;
            var evidence = new ExtractedEvidence(documentId, clauseStart, clauseEnd);
            var description = Clean(text.Text.AsSpan(clauseStart, clauseEnd - clauseStart));
            var money = text.Text.AsSpan(clauseStart, clauseEnd - clauseStart).ContainsAnyInRange('0', '9') ? Money(index.Rules.Money, text.Text, clauseStart, clauseEnd) : null;
            var counts = CountedThings(index, first, last, verb.Last);
            var pledges = new List<(CommitmentKind Kind, long? Amount, string? Unit)>();
            if (money is { } amount && cues.HasAny(Cue.Support | Cue.Gift | Cue.Budget))
            {
                var kind = cues.HasAny(Cue.Budget) ? CommitmentKind.Budget
                    : counts.Any(count => count.Kind == CommitmentKind.Project) || cues.HasAny(Cue.Construction) ? CommitmentKind.Project
                    : CommitmentKind.Grant;
                pledges.Add((kind, amount.Value, amount.Currency));
            }

            foreach (var count in counts.Where(count => (money is null || count.Kind != CommitmentKind.Project) && (cues.HasAny(Cue.Support | Cue.Gift) || count.Kind is CommitmentKind.Training or CommitmentKind.Delegations or CommitmentKind.Experts or CommitmentKind.Scholarships)))
            {
                pledges.Add((count.Kind, count.Amount, count.Unit));
            }

            foreach (var (kind, count, unit) in pledges)
            {
                foreach (var receiver in receivers.DefaultIfEmpty())
                {
                    commitments.Add(new PendingCommitment(kind, count, unit, Ref(from), Ref(receiver), years, description, evidence, cues.HasAny(Cue.Mutual)));
                }
            }
        }

        return commitments;
    }

    /// <summary>The first party named at most six words after an agent word of the clause, with no "cho", "to" between.</summary>
    private static PlaceMention? AgentOf(TextIndex index, List<PlaceMention> partyPlaces, int clauseFirst)
    {
        foreach (var place in partyPlaces)
        {
            for (var k = place.First - 1; k >= clauseFirst && place.First - k <= 6; k--)
            {
                if (index.IsCue(k, Cue.Recipient) || partyPlaces.Any(other => other.Last == k + 1 && other != place))
                {
                    break;
                }

                if (index.IsCue(k, Cue.Agent) && !index.Text[k].IsCapitalized)
                {
                    return place;
                }
            }
        }

        return null;
    }

    private static bool OwnedAfter(TextIndex index, int from, PlaceMention place)
    {
        var before = place.First - 1;
        if (before >= from && index.IsCue(before, Cue.Province | Cue.City))
        {
            before--;
        }

        return before >= from && index.IsCue(before, Cue.Possessive)
            && !index.HasCue(from, before, Cue.Recipient);
    }

    /// <summary>
    /// The one party named with its people: a beneficiary word right after it ("Sekong residents") or right before it,
    /// over a possessive and a unit word ("residents of Sekong", "người dân tỉnh Sê Kông").
    /// </summary>
    private static PlaceMention? PeopleServed(TextIndex index, List<PlaceMention> parties)
    {
        var served = parties.Where(place => index.IsCue(place.Last, Cue.Beneficiary) || BeneficiaryBefore(index, place.First)).ToList();
        return served.Count > 0 && served.TrueForAll(place => SameCountry(place, served[0])) ? served[0] : null;
    }

    private static bool BeneficiaryBefore(TextIndex index, int name)
    {
        var before = name;
        if (index.IsCue(before - 1, Cue.Province | Cue.City))
        {
            before--;
        }

        if (index.IsCue(before - 1, Cue.Possessive))
        {
            before--;
        }

        return index.Cues.EndingAt(before) is { } cue && cue.Value.HasAny(Cue.Beneficiary);
    }

    private static bool SameCountry(PlaceMention a, PlaceMention b) =>
        a.Candidates.Select(unit => unit.Country.Code).Intersect(b.Candidates.Select(unit => unit.Country.Code)).Any();

    /// <summary>The clause's first support, gift, budget or provide cue (the caller knows there is one).</summary>
    private static VocabularyMatch<Cue> FirstPledgeCue(TextIndex index, int first, int last)
    {
        foreach (var cue in index.Cues.SpanWithin(first, last))
        {
            if (cue.Value.HasAny(Cue.Support | Cue.Gift | Cue.Budget | Cue.Provide))
            {
                return cue;
            }
        }

        throw new InvalidOperationException("The clause has no pledge cue.");
    }

    private static PartyRef? Ref(PlaceMention? place) => place is null ? null : PartyRef.From(place, null);

    private static IEnumerable<(int First, int Last)> Clauses(TextIndex index, Sentence sentence)
    {
        var text = index.Text;
        var first = sentence.First;
        for (var k = sentence.First + 1; k < sentence.Last; k++)
        {
            var gap = text.GapBefore(k);
            if (gap.Contains(';') || (gap.Contains(',') && index.IsCue(k, Cue.PledgeClauseOpener)))
            {
                yield return (first, k);
                first = k;
            }
        }

        yield return (first, sentence.Last);
    }

    private static List<int> Years(TextIndex index, int first, int last)
    {
        var text = index.Text;
        var years = new List<int>();
        for (var k = first; k < last; k++)
        {
            if (text[k].IsNumber && text[k].Length == 4 && int.TryParse(text[k].NameKey, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && year is >= 1990 and <= 2100 && k > first && index.IsCue(k - 1, Cue.YearIntro))
            {
                years.Add(year);
            }
        }

        return [.. years.Distinct().Order()];
    }

    /// <summary>
    /// The counted things of a clause: a number or a number word before a pledge noun ("90 suất học bổng", "two full
    /// scholarships"; a range such as "8-10 scholarships" has no single amount), and, after the verb, a pledge noun
    /// without a number ("offer scholarships").
    /// </summary>
    private static List<(CommitmentKind Kind, long? Amount, string Unit)> CountedThings(TextIndex index, int first, int last, int afterVerb)
    {
        var text = index.Text;
        var found = new List<(CommitmentKind, long?, string)>();
        var counted = new HashSet<int>();
        for (var k = first; k + 1 < last; k++)
        {
            long? amount;
            int noun;
            if (text[k].IsNumber && text[k].Length <= 4 && text.GapBefore(k + 1).Trim().Length == 0)
            {
                var range = k > first && text[k - 1].IsNumber && text.GapBefore(k).Trim() is "-" or "–";
                amount = range ? null : long.Parse(text[k].NameKey, NumberStyles.None, CultureInfo.InvariantCulture);
                noun = k + 1;
            }
            else if (index.Rules.Cardinals.TryMatch(text, k, last, out var word) && word.Last < last)
            {
                amount = word.Value;
                noun = word.Last;
            }
            else
            {
                continue;
            }

            // "two full scholarships": a modifier may stand between the number and the noun.
            for (var gap = 0; gap <= 1 && noun + gap < last && (gap == 0 || index.IsCue(noun, Cue.PledgeModifier)); gap++)
            {
                if (index.Rules.Counted.TryMatch(text, noun + gap, last, out var match))
                {
                    found.Add((match.Value.Kind, amount, match.Value.Unit));
                    counted.Add(noun + gap);
                    break;
                }
            }
        }

        for (var k = afterVerb; k < last; k++)
        {
            if (!counted.Contains(k) && index.Rules.Counted.TryMatch(text, k, last, out var match) && match.Value.Uncounted)
            {
                if (!found.Any(known => known.Item1 == match.Value.Kind))
                {
                    found.Add((match.Value.Kind, null, match.Value.Unit));
                }

                k = match.Last - 1;
            }
        }

        return found;
    }

    /// <summary>The first sum of money in a span, as an integer amount and an ISO currency.</summary>
    private static (long Value, string Currency)? Money(MoneyForms forms, string text, int start, int end)
    {
        return FirstMoney(forms, forms.AmountThenCurrency, sign: false, text, start, end)
            ?? FirstMoney(forms, forms.SignThenAmount, sign: true, text, start, end);
    }

    // Matching within [start, end) of the text behaves as matching its substring, without copying it per clause.
    private static (long Value, string Currency)? FirstMoney(MoneyForms forms, Regex pattern, bool sign, string text, int start, int end)
    {
        for (var match = pattern.Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            if (forms.Currency(match.Groups["currency"].Value, sign) is { } currency
                && Amount(forms, match.Groups["number"].Value, match.Groups["scale"].Value) is { } value)
            {
                return (value, currency);
            }
        }

        return null;
    }

    /// <summary>"33.400.000.000" and "50,000" group thousands; "1,5 tỷ" and "2.5 billion" carry decimals.</summary>
    private static long? Amount(MoneyForms forms, string number, string scale)
    {
        var multiplier = scale.Length > 0 && forms.Scales.TryGetValue(Gazetteer.NameKey.Normalize(scale), out var factor) ? factor : 1m;
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

    /// <summary>The text's words joined by single spaces, at most <see cref="MaxDescription"/> characters of it.</summary>
    private static string Clean(ReadOnlySpan<char> text)
    {
        Span<char> cleaned = stackalloc char[MaxDescription];
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                cleaned[length++] = ' ';
                space = false;
                if (length == MaxDescription)
                {
                    break;
                }
            }

            cleaned[length++] = c;
            if (length == MaxDescription)
            {
                break;
            }
        }

        return new string(cleaned[..length]);
    }
}
