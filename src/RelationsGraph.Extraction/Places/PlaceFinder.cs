using System.Collections.Frozen;
using RelationsGraph.Extraction.Relations;
using RelationsGraph.Extraction.Text;
using RelationsGraph.Facts;
using RelationsGraph.Gazetteer;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Extraction.Places;

/// <summary>
/// Finds the units named in a text, diacritic- and case-insensitively, by every name the gazetteer records, and
/// works out from the words around each name what it does there: a party (possibly through an organisation acting
/// for it), a venue, a newspaper or photo credit, a ward, the seat of a national office, the province of a named
/// district, or part of a person's name.
/// </summary>
public static class PlaceFinder
{
    private const int LongestName = 8;

    // How far from a former region's name its sentence is looked at, each way (CitiesNamedWithFormerRegion).
    private const int SentenceReach = 80;

    private static readonly System.Buffers.SearchValues<char> SentenceOpeners = System.Buffers.SearchValues.Create(".!?:\n\"“(");

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;.()\n");

    // A name right after one of these (a family name or a common middle name) is part of a person's name:
    // "Nguyễn Thanh Hải" is a person, not Qinghai.
    private static readonly FrozenSet<string> PersonNameWords = FrozenSet.ToFrozenSet(
        [
            "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong",
            "ly", "dinh", "trinh", "doan", "luong", "truong", "quach", "trieu", "ta", "van", "thi", "huu", "duc", "ngoc",
            "minh", "xuan", "quoc", "cong", "hong", "thu", "kim", "manh", "tuan", "anh",
        ],
        StringComparer.Ordinal);

    // Type words of units abroad that the cue vocabulary does not carry: with one of these ("bang Georgia", "the
    // state of Georgia", "Rostov oblast", "Luxembourg province" is a cue already) a name asks for the unit.
    private static readonly FrozenSet<string> UnitWordsBefore = FrozenSet.ToFrozenSet(
        ["bang", "tieubang", "state", "vung", "region", "oblast", "canton", "department", "county", "land", "xu", "chau", "hat", "republic", "conghoa"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> UnitWordsAfter = FrozenSet.ToFrozenSet(
        ["state", "region", "oblast", "krai", "canton", "department", "county", "republic", "province", "prefecture"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet(
        ["hai", "2", "ba", "3", "cac", "ca", "of", "the", "provincial", "tinh", "thanh", "pho", "tp", "khu", "tu", "tri", "nhan", "dan", "tnhh", "cp", "co", "phan", "mtv", "ltd"],
        StringComparer.Ordinal);

    /// <param name="index">The indexed text.</param>
    /// <param name="names">The gazetteer's names.</param>
    /// <param name="publisherProvince">The units of the publisher's province when a provincial paper published the text
    /// (see <see cref="AddUnlistedDistricts"/>), else empty.</param>
    public static List<PlaceMention> Find(TextIndex index, PlaceNames names, UnitNode[]? publisherProvince = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(names);
        var text = index.Text;
        var context = new Context(index);
        var mentions = new List<PlaceMention>();
        HashSet<string>? markedCities = null;
        HashSet<string>? givenNames = null;
        var i = 0;
        while (i < text.Count)
        {
            if (!StartsName(text[i]) || !TryMatchName(text, names, i, out var last, out var units))
            {
                i++;
                continue;
            }

            if (last == i + 1 && givenNames is not null && givenNames.Contains(text.KeyOf(i)) && !IsTyped(context, i, last))
            {
                i = last;
                continue;
            }

            var mention = new PlaceMention
            {
                First = i,
                Last = last,
                Start = text[i].Start,
                End = text[last - 1].End,
                Candidates = units,
            };
            if (IsPartOfPersonName(text, context, i) || IsTitledFullName(text, context, i, last))
            {
                // "Chairman Vuong Dinh Hue … Hue said": a one-word name that ended a person's name stands for that
                // person when it comes again alone, unless a type word names the place ("Hue city", "tỉnh Huế").
                if (last == i + 1)
                {
                    (givenNames ??= new HashSet<string>(StringComparer.Ordinal)).Add(text.KeyOf(i));
                }
            }
            else
            {
                Classify(text, context, names, mention);

                // A generic word ("Trung", "Centre", "Van") with nothing around it naming a unit is no place at all,
                // and may have swallowed the start of a real name: "Tỉnh Bắc" (a Lebanese unit's Vietnamese name) in
                // "Tỉnh Bắc Giang". Matching starts again at the next word.
                if (mention.Role == PlaceRole.Generic || IsUnmarkedCity(text, mention, ref markedCities))
                {
                    i++;
                    continue;
                }

                mentions.Add(mention);
            }

            i = last;
        }

        NarrowByDocumentCountries(text, names, mentions);
        MarkRepeatsElsewhere(mentions);
        AddUnlistedDistricts(text, context, names, mentions, publisherProvince ?? []);
        MarkLocators(text, mentions);
        MarkEarlierPartners(text, context, mentions);
        return mentions;
    }

    /// <summary>
    /// A city below the first level shares its name with people ("Shungaku Yanai", "Omura Hideaki", "Pan Fulin"): it is
    /// a place only where the text marks it as a city ("Saiki city", "the Japanese city of Izumisano", "TP Suwon",
    /// "Nasushiobara city of Japan", "Gimje (Hàn Quốc)"), or where the document marked it so before ("between Can Tho
    /// and Nasushiobara"). The towns of round `towns` (Le Havre) are read by the same marks: many more of their names
    /// are also everyday words (Mission, Temple, Split), which stand capitalised without a city word or their country.
    /// </summary>
    private static bool IsUnmarkedCity(TokenizedText text, PlaceMention mention, ref HashSet<string>? markedCities)
    {
        foreach (var unit in mention.Candidates)
        {
            if (unit.IsFirstLevel || unit.Unit.Type != UnitType.City)
            {
                return false;
            }
        }

        if (mention.Candidates.Length == 0)
        {
            return false;
        }

        if (mention.TypeHint == PlaceTypeHint.City || IsOwnCountry(mention) || FollowsCityOf(text, mention.First))
        {
            markedCities ??= new HashSet<string>(StringComparer.Ordinal);
            foreach (var unit in mention.Candidates)
            {
                markedCities.Add(unit.Id);
            }

            return false;
        }

        if (markedCities is not null)
        {
            foreach (var unit in mention.Candidates)
            {
                if (markedCities.Contains(unit.Id))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsCityOfOneWord(UnitNode unit) =>
        !unit.IsFirstLevel && unit.Unit.Type == UnitType.City
        && unit.Name.AsSpan().IndexOfAny(' ', '-') < 0
        && (unit.Unit.NameLocal ?? string.Empty).AsSpan().IndexOfAny(' ', '-') < 0
        && (unit.Unit.NameVi ?? string.Empty).AsSpan().IndexOfAny(' ', '-') < 0;

    /// <summary>
    /// The country written beside the name is the city's own: "Mission of Vietnam", "Independence of Vietnam" name no US
    /// town, while "Le Havre (Pháp)" and "Gimje (Hàn Quốc)" do.
    /// </summary>
    private static bool IsOwnCountry(PlaceMention mention) =>
        mention.CountryHint is { } country && Array.Exists(mention.Candidates, unit => unit.Country.Code == country);

    /// <summary>
    /// "Hanover" is a Jamaican parish and a German city: with no country named beside it the name is ambiguous (the
    /// gazetteer's rule 5), but when the document names exactly one of the countries whose units share it, and no
    /// other, it is that country's unit, as if the country stood beside the name. Countries are looked for only in a
    /// document that has such a name.
    /// </summary>
    private static void NarrowByDocumentCountries(TokenizedText text, PlaceNames names, List<PlaceMention> mentions)
    {
        HashSet<string>? named = null;
        foreach (var mention in mentions)
        {
            if (mention.Role != PlaceRole.Ambiguous)
            {
                continue;
            }

            named ??= CountriesNamed(text, names);
            string? only = null;
            foreach (var unit in mention.Candidates)
            {
                var code = unit.Country.Code;
                if (!named.Contains(code) || code == only)
                {
                    continue;
                }

                if (only is not null)
                {
                    only = null;
                    break;
                }

                only = code;
            }

            if (only is null)
            {
                continue;
            }

            var resolution = PlaceRules.Narrow(mention.NameKey, mention.Candidates, new PlaceQuery(only, mention.TypeHint), names.Directory.Names);
            if (resolution.Verdict == PlaceVerdict.Unit)
            {
                mention.Candidates = resolution.Units;
                mention.CountryHint = only;
                mention.Role = PlaceRole.Party;
            }
        }
    }

    private static HashSet<string> CountriesNamed(TokenizedText text, PlaceNames names)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < text.Count; k++)
        {
            if (text[k].IsCapitalized && CountryAt(text, names, k) is { } code)
            {
                named.Add(code);
            }
        }

        return named;
    }

    /// <summary>A type word before or after the name: "tỉnh Huế", "Hue city".</summary>
    private static bool IsTyped(Context context, int first, int last) =>
        context.HasCueEndingAt(first, Cue.Province | Cue.City | Cue.District)
        || (context.CueStartingAt(last) is { } after && after.Value.HasAny(Cue.Province | Cue.City | Cue.District));

    /// <summary>"the city of Izumisano": the name follows "city of".</summary>
    private static bool FollowsCityOf(TokenizedText text, int first) =>
        first >= 2 && text[first - 1].NameKey == "of" && text[first - 2].NameKey is "city" or "municipality"
        && text.IsJoinedToPrevious(first) && text.IsJoinedToPrevious(first - 1);

    /// <summary>
    /// "… mối quan hệ hợp tác thứ ba của Gyeonggi với Việt Nam, sau tỉnh Nghệ An và thành phố Hồ Chí Minh": the names
    /// after ", sau"/", after", and those coordinated with them, are the partner's earlier partners, not parties.
    /// </summary>
    private static void MarkEarlierPartners(TokenizedText text, Context context, List<PlaceMention> mentions)
    {
        PlaceMention? previous = null;
        foreach (var mention in mentions)
        {
            if (mention.Role != PlaceRole.Party)
            {
                previous = null;
                continue;
            }

            var before = mention.OrganisationFirst >= 0 ? Math.Min(mention.OrganisationFirst, mention.First) : mention.First;
            if (context.CueEndingAt(before) is { } type && type.Value.HasAny(Cue.Province | Cue.City) && !text.GapBefore(before).Contains(','))
            {
                before = type.First;
            }

            // After a comma only: "After Quang Tri and Savannakhet signed …" opens a sentence about the parties themselves.
            if (context.CueEndingAt(before) is { } cue && cue.Value.HasAny(Cue.EarlierPartner) && cue.First > 0 && text.GapBefore(cue.First).Contains(',')
                || (previous is not null && CoordinatedWith(text, context, previous, before)))
            {
                mention.Role = PlaceRole.EarlierPartner;
                previous = mention;
                continue;
            }

            previous = null;
        }
    }

    /// <summary>Only "và"/"and" and unit words ("và thành phố") stand between the earlier name and <paramref name="first"/>.</summary>
    private static bool CoordinatedWith(TokenizedText text, Context context, PlaceMention previous, int first)
    {
        if (first <= previous.Last || first - previous.Last > 3)
        {
            return false;
        }

        for (var k = previous.Last; k < first; k++)
        {
            if (text.GapBefore(k).IndexOfAny([';', '.', '(', ')']) >= 0 || context.CueStartingAt(k) is not { } cue
                || !cue.Value.HasAny(Cue.Conjunction | Cue.Province | Cue.City))
            {
                return false;
            }
        }

        return text.GapBefore(first).IndexOfAny([';', '.', '(']) < 0;
    }

    private static bool StartsName(TextToken token) =>
        token.IsCapitalized || (token.Shape == TokenShape.Lower && token.NameKey.Length > 0 && !char.IsAsciiLetter(token.NameKey[0]));

    /// <summary>
    /// The cities (units below the first level, outside Vietnam) named in one sentence with a unit that a succession
    /// ended and whose successor is the city's region: "twinned with Lyon and the Rhône-Alpes region" pairs Lyon with
    /// Rhône-Alpes, which Auvergne-Rhône-Alpes succeeded. The city's name counts however it is written there, marked as a
    /// city or not: the former region beside it says which place it is.
    /// </summary>
    public static HashSet<(string City, string Former)> CitiesNamedWithFormerRegion(TextIndex index, PlaceNames names, List<PlaceMention> places)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(places);
        var pairs = new HashSet<(string City, string Former)>();
        var text = index.Text;
        foreach (var place in places)
        {
            UnitNode[] former = [.. place.Candidates.Where(unit => unit.Unit.ValidTo is not null && unit.Successors.Count > 0 && unit.Country.Code != "VN")];
            if (former.Length == 0)
            {
                continue;
            }

            var first = place.First;
            while (first > 0 && place.First - first < SentenceReach && !SentenceSplitter.EndsAfter(text, first - 1, index.Rules.Abbreviations))
            {
                first--;
            }

            var last = place.Last;
            while (last < text.Count && last - place.Last < SentenceReach && !SentenceSplitter.EndsAfter(text, last - 1, index.Rules.Abbreviations))
            {
                last++;
            }

            for (var k = first; k < last; k++)
            {
                if (k == place.First)
                {
                    k = place.Last - 1;
                    continue;
                }

                if (!StartsName(text[k]) || !TryMatchName(text, names, k, out var end, out var units))
                {
                    continue;
                }

                foreach (var unit in units)
                {
                    foreach (var region in former)
                    {
                        if (unit.Parent is { } parent && unit.Country.Code != "VN" && parent.Predecessors.Any(link => link.Unit == region))
                        {
                            pairs.Add((unit.Id, region.Id));
                        }
                    }
                }

                k = end - 1;
            }
        }

        return pairs;
    }

    private static bool TryMatchName(TokenizedText text, PlaceNames names, int first, out int last, out UnitNode[] units)
    {
        last = -1;
        units = [];
        Span<char> key = stackalloc char[96];
        var length = 0;
        for (var j = first; j < text.Count && j < first + LongestName; j++)
        {
            if (j > first && !IsNameGap(text.GapBefore(j)))
            {
                break;
            }

            var part = text[j].NameKey;
            if (length + part.Length > key.Length)
            {
                break;
            }

            part.CopyTo(key[length..]);
            length += part.Length;

            // The first word alone is what most tokens are tried for: its answer is kept with the word.
            var (isPrefix, found) = j == first && text.WordAt(j) is { } word ? names.StartOf(word) : names.Find(key[..length]);
            if (!isPrefix)
            {
                break;
            }

            // "Ba Tang commune" is no Batang: a city below the first level whose names are one word is not written as several.
            if (found is not null && (j == first || !Array.TrueForAll(found, IsCityOfOneWord)))
            {
                last = j + 1;
                units = found;
            }
        }

        return last > 0;
    }

    /// <summary>What may separate the words of one name: spaces (also across a line wrap), hyphens, dashes, a dot.</summary>
    private static bool IsNameGap(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c) && c is not ('-' or '‐' or '‑' or '–' or '.'))
            {
                return false;
            }
        }

        return gap.Count('\n') <= 2;
    }

    /// <summary>
    /// "dâng hương Chủ tịch Hồ Chí Minh": a name of three words or more that opens with a family name, right after a
    /// title of office, is the person the title names (a city named after him keeps its type word: "TP Hồ Chí Minh").
    /// </summary>
    private static bool IsTitledFullName(TokenizedText text, Context context, int first, int last) =>
        last - first >= 3 && context.TitleEndingAt(first) is not null && context.IsFamilyName(text[first].NameKey);

    private static bool IsPartOfPersonName(TokenizedText text, Context context, int first)
    {
        if (first == 0 || !text.IsJoinedToPrevious(first))
        {
            return false;
        }

        var previous = text[first - 1];
        if (previous.IsCapitalized && PersonNameWords.Contains(previous.NameKey) && !context.HasCueEndingAt(first, Cue.Province | Cue.City | Cue.District))
        {
            return true;
        }

        return context.HasCueEndingAt(first, Cue.Honorific);
    }

    private static void Classify(TokenizedText text, Context context, PlaceNames names, PlaceMention mention)
    {
        var before = mention.First;
        var typeCue = context.CueEndingAt(before);
        // A type word ends the name before a comma ("Ho Chi Minh City, Yamaguchi Prefecture"): it does not type the next one.
        if (typeCue is { } type && type.Value.HasAny(Cue.Ward | Cue.District | Cue.Province | Cue.City)
            && text.GapBefore(before).IndexOfAny([',', ';']) < 0)
        {
            ApplyType(text, mention, type);
            before = type.First;
        }

        if (CountryAfterNamedBody(text, names, mention.Last) is { } written && LiesElsewhere(mention, written))
        {
            mention.NameKey = NameKeyOf(text, mention);
            mention.Role = PlaceRole.Elsewhere;
            return;
        }

        ApplyPostType(text, context, mention);
        if (mention.Role != PlaceRole.Party)
        {
            return;
        }

        ApplyOrganisation(text, context, mention, before);
        if (mention.Role != PlaceRole.Party)
        {
            return;
        }

        if (IsDateline(text, mention))
        {
            mention.Role = PlaceRole.Venue;
            return;
        }

        // "tại Trường Đại học Quảng Trị": the venue word stands before the organisation.
        if (mention.OrganisationFirst >= 0 && mention.OrganisationFirst < before)
        {
            before = mention.OrganisationFirst;
        }

        if (VenueBefore(context, before) is { } venue && !LocatesLowerUnit(text, context, names, venue.First))
        {
            if (context.CueEndingAt(venue.First) is { } counterpart && counterpart.Value.HasAny(Cue.Counterpart))
            {
                mention.IsCounterpart = true;
            }
            else if (IsOfficeSeat(text, context, venue.First))
            {
                mention.Role = PlaceRole.Office;
                return;
            }
            else
            {
                mention.Role = PlaceRole.Venue;
                mention.AfterVisit = FollowsVisit(text, context, venue.First);
            }
        }
        else if (IsOfficeSeat(text, context, before))
        {
            mention.Role = PlaceRole.Office;
            return;
        }

        if (IsInCredit(text, context, before))
        {
            mention.Role = PlaceRole.Byline;
            return;
        }

        if (before == mention.First && (IsPartOfLongerName(text, context, mention) || IsTailOfLongerName(text, context, mention)))
        {
            mention.Role = PlaceRole.Institution;
            return;
        }

        mention.CountryHint = CountryAfter(text, names, mention.Last) ?? CountryBefore(text, names, before);
        if (mention.TypeHint == PlaceTypeHint.None && HasUnitWord(text, mention, before))
        {
            mention.TypeHint = PlaceTypeHint.Province;
        }

        ApplyRules(text, names, mention);
    }

    /// <summary>The venue word ending at <paramref name="before"/>, or before the article there ("in the capital Vientiane").</summary>
    private static VocabularyMatch<Cue>? VenueBefore(Context context, int before)
    {
        var cue = context.CueEndingAt(before);
        if (cue is { } article && article.Value.HasAny(Cue.Article))
        {
            cue = context.CueEndingAt(article.First);
        }

        return cue is { } venue && venue.Value.HasAny(Cue.Venue) ? venue : null;
    }

    /// <summary>
    /// "Dan Hoa commune in Quang Binh province": the place after the venue word is the province of the commune or
    /// district named just before it, which acts through that unit; it is no venue. A unit that is itself where
    /// something happens ("held in Hoa Lu district in Ninh Binh") keeps the province a venue, and so does a unit the
    /// gazetteer knows ("Luc Ngan district in Bac Giang province"), which is the party itself.
    /// </summary>
    private static bool LocatesLowerUnit(TokenizedText text, Context context, PlaceNames names, int venueFirst)
    {
        if (context.CueEndingAt(venueFirst) is not { } unit || !unit.Value.HasAny(Cue.Ward | Cue.District))
        {
            return false;
        }

        var name = unit.First;
        while (name > 0 && unit.First - name < 4 && text[name - 1].IsCapitalized && text.IsJoinedToPrevious(name))
        {
            name--;
        }

        // A capitalised type word may be the last word of a name instead ("Nhật Bản" is no village); it types the
        // name before it ("Bonghwa District in Gyeongsangbuk Province") when the words up to it name no country or unit.
        if (text[unit.First].IsCapitalized && NamesCountryOrUnitThrough(text, names, name, unit.First))
        {
            return false;
        }

        return name < unit.First && !context.HasCueEndingAt(name, Cue.Venue)
            && !(TryMatchName(text, names, name, out var last, out _) && last == unit.First);
    }

    private static bool NamesCountryOrUnitThrough(TokenizedText text, PlaceNames names, int first, int typeWord)
    {
        var key = string.Empty;
        for (var k = first; k <= typeWord; k++)
        {
            key += text[k].NameKey;
        }

        return names.CountryKeys.ContainsKey(key) || (TryMatchName(text, names, first, out var last, out _) && last > typeWord);
    }

    /// <summary>
    /// "Vientiane (VNA) –", "HAVANA —": the place a report is filed from, written before the agency's initials and a
    /// dash or in capitals before a dash. It is where the reporter was, not a party; a party is named again in the text.
    /// </summary>
    private static bool IsDateline(TokenizedText text, PlaceMention mention)
    {
        var next = mention.Last;
        if (next >= text.Count)
        {
            return false;
        }

        var gap = text.GapBefore(next);
        if (gap.Trim().SequenceEqual("(") && text[next].Shape == TokenShape.Upper && next + 1 < text.Count)
        {
            var after = text.GapBefore(next + 1).Trim();
            return after.Length >= 2 && after[0] == ')' && IsDash(after[^1]);
        }

        var trimmed = gap.Trim();
        if (trimmed.Length != 1 || (trimmed[0] != '—' && trimmed[0] != '–'))
        {
            return false;
        }

        for (var k = mention.First; k < mention.Last; k++)
        {
            if (text[k].Shape != TokenShape.Upper)
            {
                return false;
            }
        }

        return true;

        static bool IsDash(char c) => c is '-' or '–' or '—';
    }

    /// <summary>The name keys of tokens [<paramref name="first"/>, <paramref name="last"/>), concatenated.</summary>
    private static string JoinedKeys(TokenizedText text, int first, int last)
    {
        var keys = new string[last - first];
        for (var k = first; k < last; k++)
        {
            keys[k - first] = text[k].NameKey;
        }

        return string.Concat(keys);
    }

    private static string NameKeyOf(TokenizedText text, PlaceMention mention) =>
        mention.Last - mention.First == 1 ? text[mention.First].NameKey : JoinedKeys(text, mention.First, mention.Last);

    /// <summary>The gazetteer's ambiguity rules (<see cref="PlaceRules"/>) decide what the name means here.</summary>
    private static void ApplyRules(TokenizedText text, PlaceNames names, PlaceMention mention)
    {
        var key = NameKeyOf(text, mention);
        mention.NameKey = key;
        var resolution = PlaceRules.Narrow(key, mention.Candidates, new PlaceQuery(mention.CountryHint, mention.TypeHint), names.Directory.Names);
        switch (resolution.Verdict)
        {
            case PlaceVerdict.Unit:
                mention.Candidates = resolution.Units;
                break;
            case PlaceVerdict.Country:
                mention.Role = PlaceRole.Country;
                break;
            case PlaceVerdict.Generic:
                mention.Role = PlaceRole.Generic;
                break;
            case PlaceVerdict.Ambiguous:
                mention.Role = PlaceRole.Ambiguous;
                break;
            default:
                break;
        }
    }

    /// <summary>"bang Georgia", "the state of Georgia", "Rostov oblast", "Limburg region": a unit's type word next to the name.</summary>
    private static bool HasUnitWord(TokenizedText text, PlaceMention mention, int before)
    {
        var previous = before - 1;
        if (previous >= 0 && text[previous].NameKey == "of" && previous > 0)
        {
            previous--;
        }

        if (previous >= 0 && text.IsJoinedToPrevious(previous + 1) && UnitWordsBefore.Contains(text[previous].NameKey))
        {
            return true;
        }

        if (previous > 0 && text.IsJoinedToPrevious(previous) && UnitWordsBefore.Contains(text[previous - 1].NameKey + text[previous].NameKey))
        {
            return true;
        }

        return mention.Last < text.Count && text.IsJoinedToPrevious(mention.Last) && UnitWordsAfter.Contains(text[mention.Last].NameKey);
    }

    /// <summary>
    /// A district (what "huyện", "district" name), as opposed to a first-level unit or a second-level unit that a
    /// province word names too (a Belgian province, a French department: "tỉnh Limburg").
    /// </summary>
    private static bool IsDistrictUnit(UnitNode unit) => !unit.IsFirstLevel && unit.Unit.Type == UnitType.District;

    /// <summary>"thủ đô", "capital": the cue names the capital, not a province.</summary>
    private static bool IsCapitalWord(TokenizedText text, int first, int last)
    {
        for (var k = first; k < last && k < text.Count; k++)
        {
            if (text[k].NameKey is "capital" or "thu")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Fukuoka Seiki", "Bình Phước Online": a name followed by another capitalized word that is neither a title, an
    /// organisation, a cue, a person's name nor a place is part of a longer name (a company, a paper), unless the
    /// sentence capitalizes every word (an English headline) or the name closes a title that a person's name follows.
    /// </summary>
    private static bool IsPartOfLongerName(TokenizedText text, Context context, PlaceMention mention)
    {
        var next = mention.Last;
        if (next >= text.Count || !text[next].IsCapitalized || text[next].Shape == TokenShape.Upper || text.GapBefore(next) is not " "
            || context.CueStartingAt(next) is not null || context.OrganisationStartingAt(next) is not null
            || PersonNameWords.Contains(text[next].NameKey) || IsTitleCase(text, mention.First))
        {
            return false;
        }

        return text[next].NameKey is not ("province" or "provincial" or "prefecture" or "city" or "district" or "people" or "peoples")
            && !IsHolderAfterTitle(text, context, mention);
    }

    /// <summary>
    /// "Governor of the southern Lao province of Salavan Khamphone Sisavath": the place closes a title of office, and
    /// the capitalized words after it are the holder's name (two to four words, then lower case or punctuation), not
    /// the rest of an organisation's name.
    /// </summary>
    private static bool IsHolderAfterTitle(TokenizedText text, Context context, PlaceMention mention)
    {
        var titleEnd = -1;
        for (var k = mention.First; k >= 1 && k >= mention.First - 8; k--)
        {
            if (k < mention.First && text.GapBefore(k).IndexOfAny(ClauseBreaks) >= 0)
            {
                break;
            }

            if (context.TitleEndingAt(k) is not null)
            {
                titleEnd = k;
                break;
            }
        }

        if (titleEnd < 0 || text.GapBefore(mention.First).IndexOfAny(ClauseBreaks) >= 0)
        {
            return false;
        }

        var last = mention.Last;
        while (last < text.Count && last - mention.Last < 5 && text[last].IsCapitalized && text[last].Shape != TokenShape.Upper
            && text.GapBefore(last) is " " && context.CueStartingAt(last) is null && context.OrganisationStartingAt(last) is null)
        {
            last++;
        }

        var words = last - mention.Last;
        return words is >= 2 and <= 4 && (last >= text.Count || !text[last].IsCapitalized || text.GapBefore(last).Trim().Length > 0);
    }

    /// <summary>
    /// "cửa khẩu Tây Trang", "Bệnh viện Nam Cần Thơ": a name preceded by a capitalized word that is not a cue, an
    /// organisation, a title or the first word of a sentence ends a longer name (a border gate, a ward, a company).
    /// </summary>
    private static bool IsTailOfLongerName(TokenizedText text, Context context, PlaceMention mention)
    {
        var previous = mention.First - 1;
        if (previous < 0 || !text[previous].IsCapitalized || text.GapBefore(mention.First) is not " " || IsTitleCase(text, mention.First))
        {
            return false;
        }

        if (context.CueEndingAt(mention.First) is not null || context.OrganisationEndingAt(mention.First) is not null
            || context.TitleEndingAt(mention.First) is not null)
        {
            return false;
        }

        var gap = text.GapBefore(previous);
        return previous > 0 && gap.IndexOfAny(SentenceOpeners) < 0 && !text[previous - 1].IsNumber;
    }

    /// <summary>Most words of the line around a token are capitalized: an English title-case headline.</summary>
    private static bool IsTitleCase(TokenizedText text, int index)
    {
        var first = index;
        while (first > 0 && !text.GapBefore(first).Contains('\n'))
        {
            first--;
        }

        var last = index;
        while (last + 1 < text.Count && !text.GapBefore(last + 1).Contains('\n'))
        {
            last++;
        }

        var words = 0;
        var capitalized = 0;
        for (var k = first; k <= last; k++)
        {
            if (text[k].NameKey.Length > 3)
            {
                words++;
                capitalized += text[k].IsCapitalized ? 1 : 0;
            }
        }

        return words >= 3 && capitalized * 4 >= words * 3;
    }

    private static void ApplyType(TokenizedText text, PlaceMention mention, VocabularyMatch<Cue> cue)
    {
        var type = cue.Value;
        mention.TypeHint = !text.IsJoinedToPrevious(mention.First) ? PlaceTypeHint.None
            : type.HasAny(Cue.District) ? PlaceTypeHint.District
            : type.HasAny(Cue.City) || IsCapitalWord(text, cue.First, cue.Last) ? PlaceTypeHint.City
            : type.HasAny(Cue.Province) ? PlaceTypeHint.Province
            : PlaceTypeHint.None;
        if (type.HasAny(Cue.Ward))
        {
            mention.Role = PlaceRole.Ward;
            return;
        }

        if (type.HasAny(Cue.District))
        {
            var districts = mention.Candidates.Where(IsDistrictUnit).ToArray();
            if (districts.Length == 0)
            {
                // "huyện Quảng Ninh" is a district of Quang Binh, not the province: not a unit the gazetteer has.
                mention.Role = PlaceRole.Ward;
                return;
            }

            mention.Candidates = districts;
            mention.IsDistrict = true;
            return;
        }

        var firstLevel = mention.Candidates.Where(unit => !IsDistrictUnit(unit)).ToArray();
        if (firstLevel.Length > 0)
        {
            mention.Candidates = firstLevel;
        }

        if (type.HasAny(Cue.City) && !firstLevel.Any(unit => UnitType.IsCity(unit.Unit.Type)))
        {
            // "thành phố Sơn La" is the provincial city, which acts at district level for its province.
            mention.IsDistrict = true;
        }
    }

    private static void ApplyPostType(TokenizedText text, Context context, PlaceMention mention)
    {
        if (mention.Last >= text.Count || !text.IsJoinedToPrevious(mention.Last) || context.CueStartingAt(mention.Last) is not { } after)
        {
            if (mention.Candidates.All(unit => !unit.IsFirstLevel))
            {
                mention.IsDistrict = true;
            }

            return;
        }

        if (after.Value.HasAny(Cue.Ward) && text[mention.Last].Word is "ward" or "commune" or "village")
        {
            mention.Role = PlaceRole.Ward;
        }
        else if (after.Value.HasAny(Cue.District) && text[mention.Last].Word is "district" or "county")
        {
            var districts = mention.Candidates.Where(IsDistrictUnit).ToArray();
            if (districts.Length == 0)
            {
                mention.Role = PlaceRole.Ward;
                return;
            }

            mention.Candidates = districts;
            mention.IsDistrict = true;
        }
        else if (after.Value.HasAny(Cue.Province | Cue.City))
        {
            mention.TypeHint = after.Value.HasAny(Cue.City) || IsCapitalWord(text, after.First, after.Last) ? PlaceTypeHint.City : PlaceTypeHint.Province;
            var firstLevel = mention.Candidates.Where(unit => !IsDistrictUnit(unit)).ToArray();
            if (firstLevel.Length > 0)
            {
                mention.Candidates = firstLevel;
            }
        }

        if (mention.Candidates.All(unit => !unit.IsFirstLevel))
        {
            mention.IsDistrict = true;
        }
    }

    /// <summary>
    /// The organisation written before the name ("Công an tỉnh", "the People's Committee of") or after it
    /// ("Provincial Police", "Women's Union", "Online"), skipping words such as "hai", "tỉnh", "of the".
    /// </summary>
    private static void ApplyOrganisation(TokenizedText text, Context context, PlaceMention mention, int before)
    {
        var position = before;
        for (var skipped = 0; skipped <= 3 && position > 0; skipped++)
        {
            if (context.OrganisationEndingAt(position) is { } organisation && GapIsPlain(text, position))
            {
                Apply(mention, organisation);
                return;
            }

            if (!text.IsJoinedToPrevious(position) || !Fillers.Contains(text[position - 1].NameKey))
            {
                break;
            }

            position--;
        }

        var next = mention.Last;
        for (var skipped = 0; skipped <= 2 && next < text.Count && text.IsJoinedToPrevious(next); skipped++)
        {
            if (context.OrganisationStartingAt(next) is { } organisation)
            {
                Apply(mention, organisation);
                return;
            }

            if (text[next].NameKey is not ("provincial" or "province" or "s" or "city" or "district"))
            {
                break;
            }

            next++;
        }

        void Apply(PlaceMention target, VocabularyMatch<OrganisationCue> match)
        {
            switch (match.Value.Role)
            {
                case OrganisationRole.Institution:
                    target.Role = PlaceRole.Institution;
                    break;
                case OrganisationRole.Media:
                    target.Role = PlaceRole.Byline;
                    break;
                case OrganisationRole.National:
                    target.Role = PlaceRole.Office;
                    break;
                default:
                    target.Level = match.Value.Level;
                    target.OrganisationFirst = match.First;
                    target.OrganisationLast = match.Last;
                    break;
            }
        }
    }

    private static bool GapIsPlain(TokenizedText text, int index)
    {
        if (text.GapBefore(index).IsEmpty)
        {
            return false;
        }

        foreach (var c in text.GapBefore(index))
        {
            if (!char.IsWhiteSpace(c) && c is not ('-' or '\'' or '’'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Tổng Lãnh sự Việt Nam tại …", "Consul General of Vietnam in Nanning, Guangxi": the seat of a national office.</summary>
    private static bool IsOfficeSeat(TokenizedText text, Context context, int position)
    {
        for (var k = position - 1; k >= Math.Max(0, position - 8); k--)
        {
            if (text.GapBefore(k + 1).IndexOfAny(";.") >= 0 && k + 1 < position)
            {
                return false;
            }

            if (context.CueStartingAt(k) is { } cue && cue.Value.HasAny(Cue.Office))
            {
                return HasVenueBetween(context, cue.Last, position + 1);
            }
        }

        return false;
    }

    private static bool HasVenueBetween(Context context, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (context.CueStartingAt(k) is { } cue && cue.Value.HasAny(Cue.Venue))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FollowsVisit(TokenizedText text, Context context, int venueFirst)
    {
        for (var k = venueFirst - 1; k >= Math.Max(0, venueFirst - 8); k--)
        {
            if (text.GapBefore(k + 1).IndexOfAny(";.()") >= 0)
            {
                return false;
            }

            if (context.InstrumentStartingAt(k) is { } instrument && instrument.Value.Travel)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Inside "(Ảnh: …)", "(Nguồn: …)", "Photo: …": a credit, not a party.</summary>
    private static bool IsInCredit(TokenizedText text, Context context, int position)
    {
        for (var k = position - 1; k >= Math.Max(0, position - 6); k--)
        {
            var gap = text.GapBefore(k + 1);
            if (gap.Contains(')') || gap.Contains('\n'))
            {
                return false;
            }

            if (context.CueStartingAt(k) is { } cue && cue.Value.HasAny(Cue.Credit) && text.GapBefore(cue.Last).Contains(':'))
            {
                return true;
            }
        }

        return false;
    }

    private static string? CountryAfter(TokenizedText text, PlaceNames names, int index)
    {
        var position = index;
        if (position < text.Count && text[position].NameKey is "province" or "prefecture" or "provincial")
        {
            position++;
        }

        if (position >= text.Count || text.GapBefore(position).IndexOfAny(".;") >= 0 || text.GapBefore(position).Count('\n') > 0)
        {
            return null;
        }

        if (position < text.Count && text[position].NameKey is "of" or "cua" or "nuoc")
        {
            position++;
        }

        return CountryAt(text, names, position);
    }

    private static string? CountryBefore(TokenizedText text, PlaceNames names, int index)
    {
        // "the Lao province of Champasak", "Japan's Ehime prefecture"
        var position = index - 1;
        if (position >= 0 && text[position].NameKey == "of")
        {
            position--;
        }

        if (position >= 0 && text[position].NameKey is "province" or "prefecture")
        {
            position--;
        }

        // "Australia's Northern Territory": the possessive's "s" is a token of its own after the apostrophe.
        if (position > 0 && text[position].NameKey == "s" && text.GapBefore(position) is "'" or "’")
        {
            position--;
        }

        for (var length = 1; length <= 3 && position - length + 1 >= 0; length++)
        {
            var key = length == 1 ? text[position].NameKey : JoinedKeys(text, position - length + 1, position + 1);
            if (names.CountryKeys.TryGetValue(key, out var code) && text[position - length + 1].IsCapitalized)
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>
    /// "Brest Urban Community (BMO) - France", "Brest (France)": the country written after the capitalised words of a
    /// body that carries the name (its initials in brackets may follow) and a dash, a comma or a bracket, or in brackets
    /// right after the name, ending the phrase. A bare name before a comma or a dash is left alone: that is a list or a
    /// pair of sides ("Hà Nội, Lào và Campuchia").
    /// </summary>
    private static string? CountryAfterNamedBody(TokenizedText text, PlaceNames names, int index)
    {
        var position = index;
        while (position < text.Count && position - index < 4 && text[position].IsCapitalized && text.GapBefore(position) is " ")
        {
            position++;
        }

        if (position >= text.Count)
        {
            return null;
        }

        if (position > index && text.GapBefore(position) is " (" && text[position].Shape == TokenShape.Upper && position + 1 < text.Count)
        {
            position++;
        }

        var gap = text.GapBefore(position).Trim();
        var separated = position > index ? gap.TrimStart(')').Trim() is "-" or "–" or "—" or "," or "(" : gap is "(";
        return separated && CountryAt(text, names, position) is { } country && EndsPhrase(text, position, country, names) ? country : null;
    }

    /// <summary>The country's name at <paramref name="position"/> is not the start of a longer name ("Lào Cai").</summary>
    private static bool EndsPhrase(TokenizedText text, int position, string country, PlaceNames names)
    {
        var end = position + 1;
        while (end < text.Count && text.IsJoinedToPrevious(end) && text[end].IsCapitalized)
        {
            end++;
        }

        return names.CountryKeys.TryGetValue(JoinedKeys(text, position, end), out var code) && code == country;
    }

    /// <summary>
    /// A name none of whose units lies in the country written with it names a place of that country that the gazetteer
    /// lacks (the French Brest, not Belarus's region): it is no party, and not the unit.
    /// </summary>
    private static bool LiesElsewhere(PlaceMention mention, string country) =>
        mention.Candidates.Length > 0
        && !mention.Candidates.Any(unit => unit.Country.Code == country || unit.Country.Code == "VN" || PlaceRules.IsSamePlace(unit.Id, country));

    /// <summary>A name once written as another country's place means that place where the text repeats it without a country.</summary>
    private static void MarkRepeatsElsewhere(List<PlaceMention> mentions)
    {
        HashSet<string>? elsewhere = null;
        foreach (var mention in mentions)
        {
            if (mention.Role == PlaceRole.Elsewhere)
            {
                (elsewhere ??= new HashSet<string>(StringComparer.Ordinal)).Add(mention.NameKey);
            }
        }

        if (elsewhere is null)
        {
            return;
        }

        foreach (var mention in mentions)
        {
            if (mention.CountryHint is null && mention.Role is PlaceRole.Party or PlaceRole.Venue && elsewhere.Contains(mention.NameKey))
            {
                mention.Role = PlaceRole.Elsewhere;
            }
        }
    }

    /// <summary>The country whose name (capitalized, up to six joined tokens) starts at <paramref name="position"/>.</summary>
    internal static string? CountryAt(TokenizedText text, PlaceNames names, int position)
    {
        string? found = null;
        var key = string.Empty;
        for (var k = position; k < text.Count && k < position + 6; k++)
        {
            if (k > position && !text.IsJoinedToPrevious(k))
            {
                break;
            }

            key += text[k].NameKey;
            if (names.CountryKeys.TryGetValue(key, out var code) && text[position].IsCapitalized)
            {
                found = code;
            }
        }

        return found;
    }

    /// <summary>
    /// "huyện Mường Lát, tỉnh Thanh Hóa", "Na Mo district of Oudomxay": a district the gazetteer does not have acts
    /// for the province named with it, at district level. A provincial paper writes of its own province's districts
    /// without naming the province ("Mai Son district" in Son La's paper): where the text names no Vietnamese unit at
    /// all, a district named with neither a province nor a country lies in the publisher's province.
    /// </summary>
    private static void AddUnlistedDistricts(TokenizedText text, Context context, PlaceNames names, List<PlaceMention> mentions, UnitNode[] publisherProvince)
    {
        var starts = new HashSet<int>(mentions.Select(mention => mention.First));
        var added = new List<PlaceMention>();
        var publisher = publisherProvince.Length > 0 && !mentions.Exists(NamesVietnameseUnit)
            ? new PlaceMention { First = 0, Last = 0, Start = 0, End = 0, Candidates = publisherProvince, CountryHint = "VN" }
            : (PlaceMention?)null;
        foreach (var cue in context.Cues)
        {
            if (!cue.Value.HasAny(Cue.District))
            {
                continue;
            }

            int nameFirst;
            int nameLast;
            int after;
            if (text[cue.First].Word is "district" or "districts" or "county")
            {
                nameLast = cue.First;
                nameFirst = nameLast;
                while (nameFirst > 0 && nameLast - nameFirst < 4 && text[nameFirst - 1].IsCapitalized && text.IsJoinedToPrevious(nameFirst) && !starts.Contains(nameFirst - 1))
                {
                    nameFirst--;
                }

                after = cue.Last;
            }
            else
            {
                nameFirst = cue.Last;
                nameLast = nameFirst;
                while (nameLast < text.Count && nameLast - nameFirst < 4 && text[nameLast].IsCapitalized && (nameLast == nameFirst || text.IsJoinedToPrevious(nameLast)) && !starts.Contains(nameLast))
                {
                    nameLast++;
                }

                after = nameLast;
            }

            if (nameLast <= nameFirst || starts.Contains(nameFirst))
            {
                continue;
            }

            var locator = mentions.FirstOrDefault(mention => mention.First >= after && mention.First <= after + 3 && mention.Role == PlaceRole.Party && IsLocatingUnit(mention));
            if (locator is null && publisher is not null && !NamesCountryAfter(text, names, after))
            {
                added.Add(UnlistedDistrict(text, nameFirst, nameLast, publisher));
                continue;
            }

            if (locator is null || !JoinsLocator(text, after, locator.First))
            {
                continue;
            }

            locator.Role = PlaceRole.Locator;
            added.Add(UnlistedDistrict(text, nameFirst, nameLast, locator));
        }

        if (added.Count > 0)
        {
            AddRepeatedDistricts(text, context, mentions, added);
        }

        mentions.AddRange(added);
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
    }

    private static bool NamesVietnameseUnit(PlaceMention mention) =>
        mention.Role is not (PlaceRole.Generic or PlaceRole.Country) && Array.Exists(mention.Candidates, unit => unit.Country.Code == "VN");

    /// <summary>A country written within the three words after the district ("Xay district of Oudomxay, Laos", "huyện X (Lào)").</summary>
    private static bool NamesCountryAfter(TokenizedText text, PlaceNames names, int after)
    {
        for (var k = after; k < text.Count && k <= after + 3; k++)
        {
            if (text[k].IsCapitalized && CountryAt(text, names, k) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A first-level unit, also when a city word typed it ("thuộc thành phố Berlin": a land that is a city acts at
    /// district level where it is a party, yet still locates what lies in it).
    /// </summary>
    private static bool IsLocatingUnit(PlaceMention mention) =>
        !mention.IsDistrict || (mention.DistrictName is null && mention.Candidates.All(unit => unit.IsFirstLevel));

    /// <summary>
    /// A lower unit the gazetteer lacks, once located ("quận Lichtenberg, thuộc thành phố Berlin"), is the same unit
    /// wherever the document names it again with its type word but without its province ("mà quận Lichtenberg và quận
    /// Cầu Giấy của Hà Nội đã ký"). Named bare, the name is left alone: a town's name said alone all through an article
    /// (its people, its festival, its mayor) would make every such sentence a relation.
    /// </summary>
    private static void AddRepeatedDistricts(TokenizedText text, Context context, List<PlaceMention> mentions, List<PlaceMention> added)
    {
        var located = added.ToArray();
        foreach (var district in located)
        {
            var length = district.Last - district.First;
            for (var k = 0; k + length <= text.Count; k++)
            {
                if (k == district.First || !text[k].IsCapitalized || !SameName(text, district.First, k, length)
                    || context.CueEndingAt(k) is not { } type || !type.Value.HasAny(Cue.District)
                    || (k + length < text.Count && text[k + length].IsCapitalized && text.IsJoinedToPrevious(k + length))
                    || mentions.Any(mention => mention.First < k + length && mention.Last > k)
                    || added.Any(mention => mention.First < k + length && mention.Last > k))
                {
                    continue;
                }

                var repeat = UnlistedDistrict(text, k, k + length, district);
                if (VenueBefore(context, type.First) is not null)
                {
                    repeat.Role = PlaceRole.Venue;
                }

                added.Add(repeat);
            }
        }
    }

    private static bool SameName(TokenizedText text, int first, int other, int length)
    {
        for (var k = 0; k < length; k++)
        {
            if (!string.Equals(text[first + k].NameKey, text[other + k].NameKey, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static PlaceMention UnlistedDistrict(TokenizedText text, int nameFirst, int nameLast, PlaceMention located) => new()
    {
        First = nameFirst,
        Last = nameLast,
        Start = text[nameFirst].Start,
        End = text[nameLast - 1].End,
        Candidates = located.Candidates,
        IsDistrict = true,
        DistrictName = text.Slice(text[nameFirst].Start, text[nameLast - 1].End),
        Level = PartyLevel.District,
        CountryHint = located.CountryHint,
    };

    /// <summary>
    /// The province written right after a district or city ("Luc Ngan district in Bac Giang province", "Toyohashi city of
    /// Aichi") only locates it.
    /// </summary>
    private static void MarkLocators(TokenizedText text, List<PlaceMention> mentions)
    {
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var district = mentions[k];
            var next = mentions[k + 1];
            if (!district.IsDistrict || district.DistrictName is not null || next.IsDistrict || next.First > district.Last + 4)
            {
                continue;
            }

            var end = district.Last;
            if (end < text.Count && text[end].Word is "district" or "county" or "city")
            {
                end++;
            }

            if (JoinsLocator(text, end, next.First) && district.Candidates.Any(unit => unit.Parent is { } parent && next.Candidates.Contains(parent)))
            {
                next.Role = PlaceRole.Locator;
            }
        }
    }

    private static bool JoinsLocator(TokenizedText text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (text[k].NameKey is not ("in" or "of" or "tinh" or "province" or "thuoc" or "cua" or "thanh" or "pho"))
            {
                return false;
            }
        }

        var gap = text.Text.AsSpan(text[from - 1].End, text[to].Start - text[from - 1].End);
        return !gap.Contains(';') && !gap.Contains('.') && gap.Count(',') <= 1 && !gap.Contains('\n');
    }

    /// <summary>The cue, organisation and instrument phrases of the whole text, indexed by where they start and end.</summary>
    private sealed class Context(TextIndex index)
    {
        public IReadOnlyList<VocabularyMatch<Cue>> Cues => index.Cues.All;

        // A cue does not reach across the end of its sentence: "… Valparaiso and Binh Dinh provinces. Hue said …"
        // leaves "Hue" untyped (here the chairman named in full before, not the city).
        public VocabularyMatch<Cue>? CueEndingAt(int token) =>
            index.Cues.EndingAt(token) is { } cue && !SentenceSplitter.EndsAfter(index.Text, token - 1, index.Rules.Abbreviations) ? cue : null;

        public VocabularyMatch<Cue>? CueStartingAt(int token) => index.Cues.StartingAt(token);

        public bool HasCueEndingAt(int token, Cue flags) => CueEndingAt(token) is { } cue && cue.Value.HasAny(flags);

        public VocabularyMatch<OrganisationCue>? OrganisationEndingAt(int token) => index.Organisations.EndingAt(token);

        public VocabularyMatch<OrganisationCue>? OrganisationStartingAt(int token) => index.Organisations.StartingAt(token);

        public VocabularyMatch<InstrumentCue>? InstrumentStartingAt(int token) => index.Instruments.StartingAt(token);

        public VocabularyMatch<bool>? TitleEndingAt(int token) => index.Titles.EndingAt(token);

        public bool IsFamilyName(string key) => index.Rules.Surnames.Contains(key);
    }
}
