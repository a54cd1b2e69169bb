using System.Globalization;
using System.Text;
using RelationsGraph.Extraction.Documents;
using RelationsGraph.Extraction.Places;
using RelationsGraph.Extraction.Relations;
using RelationsGraph.Extraction.Rules;
using RelationsGraph.Extraction.Text;
using RelationsGraph.Facts;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Extraction;

/// <summary>
/// Turns a document's text into facts: finds the document's title, language and publication date, the units its
/// text names (through the gazetteer), and the relations stated by the article and by each related-news item.
/// Deterministic: the same text always gives the same facts.
/// </summary>
public sealed class DocumentExtractor(PlaceNames names, TimeProvider timeProvider, bool keepQuotes = false, ExtractionRules? rules = null)
{
    // A list of tokens this long (a 6 MB array) or shorter is kept for the thread's next document.
    private const int MaxReusedTokens = 1 << 18;

    // Each worker thread tokenizes its documents into one list, reused: an article's tokens are its largest single
    // allocation (about 40 KB for 5 KB of text), and nothing extracted keeps them.
    [ThreadStatic]
    private static List<TextToken>? TokenBuffer;

    [ThreadStatic]
    private static List<WordKeys?>? WordBuffer;

    private readonly ExtractionRules _rules = rules ?? ExtractionRules.Default;

    public DocumentFacts Extract(DocumentText document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = TokenBuffer ?? [];
        var words = WordBuffer ?? [];
        TokenBuffer = null;
        WordBuffer = null;
        try
        {
            return Extract(document, new TokenizedText(document.Text, tokens, words));
        }
        finally
        {
            if (tokens.Capacity <= MaxReusedTokens)
            {
                tokens.Clear();
                words.Clear();
                TokenBuffer = tokens;
                WordBuffer = words;
            }
        }
    }

    private DocumentFacts Extract(DocumentText document, TokenizedText text)
    {
        var index = new TextIndex(text, _rules);
        var places = PlaceFinder.Find(index, names, PublisherProvince(document.DeclaredUrl));
        var layout = document.Layout;
        var publishedOn = document.DeclaredPublishedOn ?? PublicationDate(index, layout);
        var facts = new ExtractedDocument
        {
            Id = document.Id,
            ContentHash = document.ContentHash,
            FileName = document.FileName,
            Format = document.Format,
            Title = Title(document),
            Language = Language(document),
            PublishedOn = publishedOn,
        };

        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        var analyzer = new ZoneAnalyzer(index, places, names, document.Id, layout.Wrapped);
        var speaksOfMerger = index.HasCue(0, text.Count, Cue.Merger) || NamesEndedUnitAsFormer(index, places);
        var latestYear = LatestIntroducedYear(index);
        var citiesWithFormerRegion = PlaceFinder.CitiesNamedWithFormerRegion(index, names, places);
        var zones = new List<Zone> { new(RelationSource.Article, layout.Title, [.. Leads(document), .. layout.Body], publishedOn) { SpeaksOfMerger = speaksOfMerger, LatestYear = latestYear, CitiesNamedWithFormerRegion = citiesWithFormerRegion } };
        foreach (var item in layout.Related)
        {
            zones.Add(new Zone(
                item.Inline ? RelationSource.InlineRelated : RelationSource.RelatedList,
                item.Headline,
                item.Summary is { } summary ? [summary] : [],
                item.Inline ? publishedOn : null) { SpeaksOfMerger = speaksOfMerger, LatestYear = latestYear, CitiesNamedWithFormerRegion = citiesWithFormerRegion });
        }

        var relations = new List<ExtractedRelation>();
        foreach (var zone in zones)
        {
            var floating = new List<Sentence>();
            var mentions = analyzer.Analyze(zone, floating);
            relations.AddRange(ZoneRelations.Build(mentions, zone, today, analyzer.FloatingPeople, analyzer.FloatingCommitments, _rules));
        }

        LinkRenewals(relations);
        if (keepQuotes)
        {
            KeepQuotes(relations, document.Text);
        }

        return new DocumentFacts(facts, relations);
    }

    /// <summary>
    /// The province of a provincial newspaper or portal that published the document (<c>Rules/publishers.tsv</c>, by the
    /// URL's host or a host it is a subdomain of): the units its name has in the gazetteer, Vietnam's first-level ones
    /// only (before and after a merger the name may name two), or none for any other publisher.
    /// </summary>
    private UnitNode[] PublisherProvince(string? url)
    {
        if (_rules.Publishers.Count == 0 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return [];
        }

        var host = uri.Host.ToLowerInvariant().TrimEnd('.');
        while (true)
        {
            if (_rules.Publishers.TryGetValue(host, out var province))
            {
                return names.TryGetUnits(Gazetteer.NameKey.Normalize(province), out var units)
                    ? [.. units.Where(unit => unit.IsFirstLevel && unit.Country.Code == "VN")]
                    : [];
            }

            var dot = host.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                return [];
            }

            host = host[(dot + 1)..];
        }
    }

    /// <summary>
    /// "tỉnh Bình Định (cũ)", "former Binh Dinh province": a unit written as former, which a succession in the gazetteer
    /// ended, dates the text after that change as a merger cue does (<see cref="Zone.SpeaksOfMerger"/>).
    /// </summary>
    private static bool NamesEndedUnitAsFormer(TextIndex index, List<PlaceMention> places)
    {
        var text = index.Text;
        foreach (var place in places)
        {
            var after = place.Last;
            if (index.IsCue(after, Cue.Province | Cue.City) && text.IsJoinedToPrevious(after))
            {
                after++;
            }

            var writtenFormer = (place.First > 0 && index.IsCue(place.First - 1, Cue.Former) && text.IsJoinedToPrevious(place.First))
                || (place.First > 1 && index.IsCue(place.First - 2, Cue.Former) && index.IsCue(place.First - 1, Cue.Province | Cue.City))
                || (after < text.Count && text.GapBefore(after).Trim() is "(" && index.IsCue(after, Cue.Former));
            if (writtenFormer && place.Candidates.Any(unit => unit.Unit.ValidTo is not null && unit.Successors.Count > 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The latest year the text writes after a year word ("in 2026", "năm 2024"), leaving out ranges ("năm 2021 - 2025")
    /// and years after a deadline or vision word ("đến năm 2030"): a text was written no earlier than about then.
    /// </summary>
    private static int? LatestIntroducedYear(TextIndex index)
    {
        var text = index.Text;
        int? latest = null;
        for (var k = 1; k < text.Count; k++)
        {
            if (!text[k].IsNumber || text[k].Length != 4 || !index.IsCue(k - 1, Cue.YearIntro)
                || (k >= 2 && index.IsCue(k - 2, Cue.Deadline | Cue.Vision))
                || (k + 1 < text.Count && text[k + 1].IsNumber && text.GapBefore(k + 1).Trim() is "-" or "–"))
            {
                continue;
            }

            var year = int.Parse(text[k].NameKey, NumberStyles.None, CultureInfo.InvariantCulture);
            if (year is >= 1900 and <= 2100 && (latest is null || year > latest))
            {
                latest = year;
            }
        }

        return latest;
    }

    /// <summary>
    /// Prose above the title: a page that repeats its headline under the opening paragraph puts that paragraph in the
    /// header, where site furniture (menus, date lines, counters) usually is. A header line of a dozen words or more
    /// that ends a sentence is the article's lead.
    /// </summary>
    private static IEnumerable<TextSpan> Leads(DocumentText document)
    {
        foreach (var span in document.Layout.Header)
        {
            var line = document.Text.AsSpan(span.Start, span.Length).Trim();
            if (line.Length >= 80 && line[^1] is '.' or '!' or '?' or '”' or '"' && line.Count(' ') >= 11)
            {
                yield return span;
            }
        }
    }

    /// <summary>Copies each cited span's text into its evidence, for evidence.csv's quote column.</summary>
    private static void KeepQuotes(List<ExtractedRelation> relations, string text)
    {
        ExtractedEvidence Quoted(ExtractedEvidence evidence) => evidence with { Quote = text[evidence.Start..evidence.End] };
        foreach (var relation in relations)
        {
            var evidence = relation.Evidence.Select(Quoted).ToList();
            relation.Evidence.Clear();
            evidence.ForEach(item => relation.Evidence.Add(item));
            var claims = relation.Claims.Select(claim => claim with { Evidence = Quoted(claim.Evidence) }).ToList();
            relation.Claims.Clear();
            relation.Claims.AddRange(claims);
            var people = relation.People.Select(person => person with { Evidence = Quoted(person.Evidence) }).ToList();
            relation.People.Clear();
            relation.People.AddRange(people);
            var commitments = relation.Commitments.Select(commitment => commitment with { Evidence = Quoted(commitment.Evidence) }).ToList();
            relation.Commitments.Clear();
            relation.Commitments.AddRange(commitments);
        }
    }

    /// <summary>
    /// An instrument of the same parties and kind whose period starts when another's ends continues it: the newer
    /// renews the older, which the document then mentions as past context.
    /// </summary>
    private static void LinkRenewals(List<ExtractedRelation> relations)
    {
        // The relations a newer one may renew are looked up by parties, kind, level and end year, not scanned.
        var byEnd = new Dictionary<(string Parties, InstrumentKind Kind, PartyLevel Level, int End), List<int>>();
        for (var i = 0; i < relations.Count; i++)
        {
            if (relations[i] is { PeriodStart: not null, PeriodEnd: { } end } relation)
            {
                var key = (string.Join(',', relation.PartyIds), relation.Kind, relation.Level, end);
                if (!byEnd.TryGetValue(key, out var list))
                {
                    byEnd[key] = list = [];
                }

                list.Add(i);
            }
        }

        foreach (var newer in relations)
        {
            if (newer.PeriodStart is not { } start)
            {
                continue;
            }

            var parties = string.Join(',', newer.PartyIds);
            var candidates = (byEnd.GetValueOrDefault((parties, newer.Kind, newer.Level, start)) ?? [])
                .Concat(byEnd.GetValueOrDefault((parties, newer.Kind, newer.Level, start - 1)) ?? [])
                .Order();
            foreach (var older in candidates.Select(index => relations[index]))
            {
                if (newer == older || start <= older.PeriodStart)
                {
                    continue;
                }

                if (!newer.Links.Any(link => link.Target == older))
                {
                    newer.Links.Add((LinkType.Renews, older));
                }

                older.Background = true;
            }
        }
    }

    private static string Title(DocumentText document)
    {
        if (document.Layout.Title is { } span)
        {
            var lines = document.Text[span.Start..span.End].Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (lines.Length > 1 && lines[0].Length <= 40 && !lines[0].Any(char.IsLower))
            {
                // An official document's heading: "KẾ HOẠCH" over "Thực hiện …" reads "Kế hoạch thực hiện …".
                var heading = CultureInfo.InvariantCulture.TextInfo.ToLower(lines[0]);
                var rest = string.Join(' ', lines[1..]);
                rest = rest.Length > 0 ? char.ToLowerInvariant(rest[0]) + rest[1..] : rest;
                return Collapse(char.ToUpperInvariant(heading[0]) + heading[1..] + " " + rest);
            }

            return Collapse(string.Join(' ', lines));
        }

        return document.DeclaredTitle ?? Path.GetFileNameWithoutExtension(document.FileName);
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>Vietnamese when at least 2% of the letters carry Vietnamese diacritics or are đ, ơ, ư, ă.</summary>
    private static string Language(DocumentText document)
    {
        if (document.DeclaredLanguage is "vi" or "en")
        {
            return document.DeclaredLanguage;
        }

        var letters = 0;
        var vietnamese = 0;
        foreach (var c in document.Text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (c is (>= '\u1EA0' and <= '\u1EF9') or 'đ' or 'Đ' or 'ơ' or 'Ơ' or 'ư' or 'Ư' or 'ă' or 'Ă' or 'â' or 'ê' or 'ô' or 'à' or 'á' or 'ã' or 'è' or 'é' or 'ì' or 'í' or 'ò' or 'ó' or 'õ' or 'ù' or 'ú' or 'ý')
            {
                vietnamese++;
            }
        }

        return letters > 0 && vietnamese * 50 >= letters ? "vi" : "en";
    }

    /// <summary>
    /// The first full date stamped above the title (a page's date line, an official letterhead), in the dateline
    /// that opens the article ("Pleiku, 3 March 2024 - …", "Hà Nội, ngày 5/3/2024 –"), or after a stamp word near the
    /// top ("date 2023-09-27", "Cập nhật 15/05/2025").
    /// </summary>
    private static DateOnly? PublicationDate(TextIndex index, DocumentLayout layout)
    {
        var text = index.Text;
        IEnumerable<TextSpan> spans = layout.Header;
        if (layout.Body.Length > 0)
        {
            var opening = layout.Body[0];
            var dash = text.Text.AsSpan(opening.Start, Math.Min(opening.Length, 60)).IndexOfAny("-–—");
            if (dash > 0)
            {
                spans = spans.Append(new TextSpan(opening.Start, opening.Start + dash));
            }
        }

        foreach (var span in spans)
        {
            var first = SentenceSplitter.TokenAt(text, span.Start);
            var last = SentenceSplitter.TokenAt(text, span.End);
            var (dates, _) = index.DatesIn(first, last);
            if (dates.Select(date => date.ToDate()).FirstOrDefault(date => date is not null) is { } found)
            {
                return found;
            }
        }

        var top = layout.Header.Concat(layout.Title is { } title ? [title] : []).Concat(layout.Body.Take(3));
        foreach (var span in top)
        {
            var first = SentenceSplitter.TokenAt(text, span.Start);
            var last = SentenceSplitter.TokenAt(text, span.End);
            var (dates, _) = index.DatesIn(first, last);
            var stamped = dates.FirstOrDefault(date => date.IsFullDate
                && ((index.Cues.EndingAt(date.First) is { } phrase && phrase.Value.HasAny(Cue.Stamp)) || index.IsCue(date.First - 1, Cue.Stamp)));
            if (stamped?.ToDate() is { } date)
            {
                return date;
            }
        }

        return null;
    }
}
