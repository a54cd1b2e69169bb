using RelationsGraph.Extraction.Places;
using RelationsGraph.Extraction.Text;
using RelationsGraph.Facts;

namespace RelationsGraph.Extraction.Relations;

/// <summary>
/// Finds the people a sentence names with their titles: "ông Đặng Ngọc Hậu - Phó Chủ tịch UBND tỉnh Sơn La",
/// "Chủ tịch UBND tỉnh Bình Phước Trần Tuệ Hiền", "Mrs. Doan Thu Ha, Vice Chairwoman of …". A person signed when the
/// sentence reports a signing, attended when it reports attendance, chaired when it says so; attended otherwise.
/// </summary>
internal static class PeopleFinder
{
    public static List<PendingPerson> Find(TextIndex index, IReadOnlyList<PlaceMention> places, Sentence sentence, string documentId)
    {
        var text = index.Text;
        var people = new List<PendingPerson>();
        // Most sentences name nobody: the set is made for the first name found.
        HashSet<int>? taken = null;
        var signs = index.HasCue(sentence.First, sentence.Last, Cue.Sign);
        foreach (var cue in index.Cues.SpanWithin(sentence.First, sentence.Last))
        {
            if (!cue.Value.HasAny(Cue.Honorific))
            {
                continue;
            }

            var (nameFirst, nameLast) = NameAfter(text, index, places, cue.Last, sentence.Last);
            if (nameLast - nameFirst < 2 || !(taken ??= []).Add(nameFirst))
            {
                continue;
            }

            var (title, unit) = TitleAfter(text, index, places, nameLast, sentence);
            if (Person(text, index, sentence, documentId, nameFirst, nameLast, title, unit, signs) is { } person)
            {
                people.Add(person);
            }
        }

        foreach (var title in index.Titles.SpanWithin(sentence.First, sentence.Last))
        {
            var chainStart = title.First;
            var position = title.Last;
            PlaceMention? unit = null;
            for (var steps = 0; position < sentence.Last && steps < 14; steps++)
            {
                if (places.FirstOrDefault(place => place.First == position) is { } place)
                {
                    unit ??= place;
                    position = place.Last;
                    continue;
                }

                var (nameFirst, nameLast) = NameAfter(text, index, places, position, sentence.Last);
                if (nameLast - nameFirst >= 2 && (index.Rules.Surnames.Contains(text[nameFirst].NameKey) || !HasVietnameseLetters(text, nameFirst, nameLast)))
                {
                    if ((taken ??= []).Add(nameFirst))
                    {
                        // A signature block in capitals ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Mai Sơn") signs the document.
                        var block = text[title.First].Shape == TokenShape.Upper;
                        var titleText = block
                            ? Clean(text.Slice(text[title.First].Start, text[title.Last - 1].End))
                            : Clean(text.Slice(text[chainStart].Start, text[position - 1].End));
                        if (Person(text, index, sentence, documentId, nameFirst, nameLast, titleText, unit, signs || block) is { } person)
                        {
                            people.Add(person);
                        }
                    }

                    break;
                }

                if (text.GapBefore(position + 1).IndexOfAny(";.()") >= 0 || index.Cues.StartingAt(position) is { } stop && stop.Value.HasAny(Cue.And | Cue.Sign))
                {
                    break;
                }

                position++;
            }
        }

        return people;
    }

    private static PendingPerson? Person(TokenizedText text, TextIndex index, Sentence sentence, string documentId, int nameFirst, int nameLast, string? title, PlaceMention? unit, bool signs)
    {
        var before = index.CuesWithin(sentence.First, nameFirst);
        var role = before.HasAny(Cue.Chair) ? PersonRoleKind.Chair
            : before.HasAny(Cue.Attend) ? PersonRoleKind.Attendee
            : signs ? PersonRoleKind.Signatory
            : PersonRoleKind.Attendee;
        var name = Clean(text.Slice(text[nameFirst].Start, text[nameLast - 1].End));
        if (title is not null && IsNationalTitle(index, title))
        {
            // A national leader (Chủ tịch nước, the Prime Minister) acts for the state, not for a province.
            return null;
        }

        var evidence = new ExtractedEvidence(documentId, sentence.Start, sentence.End);
        return new PendingPerson(name, title, role, unit is null || unit.Candidates.Length == 0 ? null : PartyRef.From(unit, null), evidence);
    }

    /// <summary>A title that starts with a national office ("Thủ tướng Chính phủ", "Prime Minister of …").</summary>
    private static bool IsNationalTitle(TextIndex index, string title)
    {
        var words = new TokenizedText(title);
        return words.Count > 0 && index.Rules.NationalTitles.TryMatch(words, 0, words.Count, out _);
    }

    /// <summary>Two to five capitalized words that are not a place, an organisation or a title.</summary>
    private static (int First, int Last) NameAfter(TokenizedText text, TextIndex index, IReadOnlyList<PlaceMention> places, int position, int limit)
    {
        var first = position;
        var last = first;
        // The agent word "do" does not end a name: "Do Nam Trung" is a family name written without its marks.
        while (last < limit && last - first < 5 && text[last].IsCapitalized && text[last].Shape != TokenShape.Upper
            && (last == first || IsSpace(text.GapBefore(last)))
            && !places.Any(place => place.First == last)
            && index.Titles.StartingAt(last) is null
            && index.Organisations.StartingAt(last) is null
            && (index.Cues.StartingAt(last) is not { } cue || cue.Value == Cue.Agent))
        {
            last++;
        }

        return (first, last);
    }

    /// <summary>The title written after a name ("- Phó Chủ tịch tỉnh Xiêng Khoảng", ", Vice Chairwoman of …").</summary>
    private static (string? Title, PlaceMention? Unit) TitleAfter(TokenizedText text, TextIndex index, IReadOnlyList<PlaceMention> places, int position, Sentence sentence)
    {
        if (position >= sentence.Last || text.GapBefore(position).Trim() is not ("-" or "–" or "," or ":"))
        {
            return (null, null);
        }

        var end = position;
        while (end < sentence.Last)
        {
            var gap = text.GapBefore(end + 1);
            if (end + 1 >= sentence.Last || gap.IndexOfAny(";()") >= 0 || gap.Trim() is "-" or "–"
                || (index.Cues.StartingAt(end + 1) is { } cue && cue.Value.HasAny(Cue.Honorific | Cue.Sign))
                || index.IsCue(end + 1, Cue.Accompanying)
                || (index.IsCue(end + 1, Cue.Conjunction) && index.IsCue(end + 2, Cue.Honorific)))
            {
                break;
            }

            end++;
        }

        if (!index.Titles.Within(position, end + 1).Any())
        {
            return (null, null);
        }

        var unit = places.FirstOrDefault(place => place.First >= position && place.Last <= end + 1 && place.Role is PlaceRole.Party or PlaceRole.Venue);
        return (Clean(text.Slice(text[position].Start, text[end].End)), unit);
    }

    private static bool IsSpace(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (c is not ' ' and not '\u00A0')
            {
                return false;
            }
        }

        return gap.Length > 0;
    }

    private static bool HasVietnameseLetters(TokenizedText text, int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            foreach (var c in text.Slice(text[k].Start, text[k].End))
            {
                if (c > 0x7F)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>A person whose unit is still a name, resolved with the relation's date.</summary>
internal sealed record PendingPerson(string Name, string? Title, PersonRoleKind Role, PartyRef? Unit, ExtractedEvidence Evidence);
