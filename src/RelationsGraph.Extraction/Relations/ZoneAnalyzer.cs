using RelationsGraph.Extraction.Places;
using RelationsGraph.Extraction.Text;
using RelationsGraph.Facts;

namespace RelationsGraph.Extraction.Relations;

/// <summary>
/// Reads one zone (the article, or one related-news item) sentence by sentence and states every relation it finds
/// as a <see cref="RelationMention"/>. A relation needs a phrase naming an instrument or event (or a cooperation
/// word) and parties of Vietnam and of another country; "hai tỉnh", "both sides" and "its counterpart" refer back to
/// the pair the text is about. Dates, periods, numbers, status and links go to the nearest instrument phrase.
/// </summary>
internal sealed class ZoneAnalyzer(TextIndex index, IReadOnlyList<PlaceMention> places, PlaceNames names, string documentId, bool wrapped)
{
    private readonly TokenizedText _text = index.Text;
    private List<PartyRef>? _pair;
    private List<PartyRef> _titleParties = [];

    // Partners the title names that the body never names, beside one it does (UnspokenTitlePartners): no parties.
    private List<PlaceMention>? _unspoken;
    private DateMention? _lastEventDate;

    /// <summary>The day of the last ceremony of documents ("Lễ trao các văn kiện hợp tác"), which dates the list of them that follows.</summary>
    private DateMention? _ceremonyDate;
    private int _order;
    private Sentence _clauseSentence;
    private int[] _clauses = [];
    private OpenSession? _openSession;
    private VisitAbroad? _visitAbroad;
    private int _sentenceNumber;

    // Anchors of the previous sentence of an undated text dated by a day and month only: the next sentence may name the
    // occasion with its year.
    private List<Anchor>? _yearless;
    private bool _preparing;

    // The date of the body's first dated event: what the text reports; what it dates well before is past context.
    private DateMention? _leadDate;
    private bool _afterPastInstrument;

    /// <summary>The written instrument the previous sentence reported signed (current, concluded), for a consequence sentence after it.</summary>
    private Anchor? _signedJustBefore;

    // The cues before an anchor in its clause, reused from anchor to anchor.
    private readonly List<VocabularyMatch<Cue>> _cuesBefore = [];

    /// <summary>People named in sentences that state no relation of their own: they belong to the zone's main relation.</summary>
    public List<PendingPerson> FloatingPeople { get; } = [];

    /// <summary>Pledges stated in sentences that name no relation of their own.</summary>
    public List<PendingCommitment> FloatingCommitments { get; } = [];

    public List<RelationMention> Analyze(Zone zone, List<Sentence> floating)
    {
        var mentions = new List<RelationMention>();
        _pair = null;
        _lastEventDate = null;
        _ceremonyDate = null;
        _leadDate = null;
        _afterPastInstrument = false;
        _signedJustBefore = null;
        _openSession = null;
        _visitAbroad = null;
        FloatingPeople.Clear();
        FloatingCommitments.Clear();
        _titleParties = [];
        _preparing = false;
        _unspoken = null;
        if (zone.Title is { } title)
        {
            var first = SentenceSplitter.TokenAt(_text, title.Start);
            var last = SentenceSplitter.TokenAt(_text, title.End);
            if (last > first)
            {
                _unspoken = UnspokenTitlePartners(first, last, zone);
                _preparing = index.HasCue(first, last, Cue.Preparation);
                _titleParties = [.. PartyPlacesIn(first, last).Select(place => PartyRef.From(place, null) with { Level = null, IsCounterpart = false }).DistinctBy(party => party.Key)];
                AnalyzeSentence(new Sentence(first, last, title.Start, title.End), zone, isTitle: true, mentions, floating);
            }
        }

        foreach (var sentence in SentenceSplitter.Split(_text, zone.Body, wrapped, index.Rules.Abbreviations))
        {
            AnalyzeSentence(sentence, zone, isTitle: false, mentions, floating);
        }

        return mentions;
    }

    /// <summary>
    /// "Hai Phong expands ties with Leipzig, Porto" over a text that speaks of Leipzig only (regression en-137): a headline may sum up
    /// more than the text it heads, and what the text never names it states nothing of. When the title names, beside a
    /// foreign partner, another foreign unit that the body names as a party, a foreign partner of the title that no place
    /// of the body names is no party. A title whose only partner the body leaves to "the two provinces" or "tỉnh bạn", or
    /// a body that names other units in passing only, keeps the title's partners.
    /// </summary>
    private List<PlaceMention>? UnspokenTitlePartners(int first, int last, Zone zone)
    {
        List<PlaceMention>? foreign = null;
        foreach (var place in PartyPlacesIn(first, last))
        {
            if (PartyRef.From(place, null).Country != "VN")
            {
                (foreign ??= []).Add(place);
            }
        }

        if (foreign is null)
        {
            return null;
        }

        var spoken = new bool[foreign.Count];
        var unspokenCount = foreign.Count;
        var otherPartnerOfTitle = false;
        foreach (var span in zone.Body)
        {
            if (unspokenCount == 0)
            {
                return null;
            }

            foreach (var place in PlacesIn(SentenceSplitter.TokenAt(_text, span.Start), SentenceSplitter.TokenAt(_text, span.End)))
            {
                if (place.First < last)
                {
                    continue;
                }

                var shared = false;
                for (var k = 0; k < foreign.Count; k++)
                {
                    if (SharesUnit(foreign[k], place))
                    {
                        unspokenCount -= spoken[k] ? 0 : 1;
                        spoken[k] = shared = true;
                    }
                }

                otherPartnerOfTitle |= !shared && CanBeParty(place) && PartyRef.From(place, null).Country != "VN" && NamedIn(place, first, last, foreign);
            }
        }

        var unspoken = otherPartnerOfTitle ? foreign.Where((_, k) => !spoken[k]).ToList() : null;
        return unspoken is { Count: > 0 } ? unspoken : null;
    }

    /// <summary>The words of <paramref name="place"/> are written within tokens [<paramref name="first"/>, <paramref name="last"/>), outside the places <paramref name="besides"/>.</summary>
    private bool NamedIn(PlaceMention place, int first, int last, List<PlaceMention> besides)
    {
        var length = place.Last - place.First;
        for (var k = first; k + length <= last; k++)
        {
            var same = !besides.Exists(other => k < other.Last && k + length > other.First);
            for (var j = 0; same && j < length; j++)
            {
                same = string.Equals(_text[k + j].NameKey, _text[place.First + j].NameKey, StringComparison.Ordinal);
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SharesUnit(PlaceMention a, PlaceMention b)
    {
        foreach (var unit in a.Candidates)
        {
            if (Array.IndexOf(b.Candidates, unit) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsUnspoken(PlaceMention place) => _unspoken is not null && _unspoken.Exists(unspoken => ReferenceEquals(unspoken, place));

    private void AnalyzeSentence(Sentence sentence, Zone zone, bool isTitle, List<RelationMention> output, List<Sentence> floating)
    {
        _sentenceNumber++;
        var signedJustBefore = _signedJustBefore;
        _signedJustBefore = null;
        var sentencePlaces = PlacesIn(sentence.First, sentence.Last);
        var people = PeopleFinder.Find(index, sentencePlaces, sentence, documentId);
        var commitments = CommitmentFinder.Find(index, sentencePlaces, sentence, documentId);
        var anchors = FindAnchors(sentence);
        DateByOccasionYear(sentence, zone);
        RememberCeremonyDate(sentence);
        FollowSession(sentence, sentencePlaces, people, anchors, output);
        var producedFrom = output.Count;
        if (anchors.Count == 0)
        {
            PeriodOfConsequence(sentence, signedJustBefore);
            floating.Add(sentence);
            FloatingPeople.AddRange(people);
            FloatingCommitments.AddRange(commitments);
            UpdatePair(sentencePlaces);
            return;
        }

        AttachNumbers(sentence, anchors);
        MarkStatus(sentence, anchors, isTitle);
        AttachDatesAndPeriods(sentence, anchors, zone.ReferenceDate);
        if (zone.ReferenceDate is null && !isTitle && anchors.Exists(anchor => anchor.Date is { IsDayMonth: true }))
        {
            _yearless = [.. anchors.Where(anchor => anchor.Date is { IsDayMonth: true })];
        }
        MarkDatedLongBefore(sentence, anchors, zone.ReferenceDate?.Year ?? zone.LatestYear);
        MarkDatedBeforeLead(anchors, isTitle, zone.ReferenceDate);
        FollowPastInstrument(anchors, isTitle);
        LinkAnchors(sentence, anchors);
        ApplyAnaphora(sentence, anchors);
        if (!isTitle && index.Anaphora.StartingAt(sentence.First) is not null)
        {
            foreach (var anchor in anchors.Where(anchor => anchor.Signed && !anchor.Planned && !anchor.Background))
            {
                anchor.AtOccasion = true;
            }
        }
        DateListedDocuments(sentence, anchors);

        var groups = Territories(sentence, anchors, sentencePlaces);
        RelationMention? firstProduced = null;
        foreach (var (groupFirst, groupLast, groupAnchors) in groups)
        {
            // "… signed an MoU on trade promotion between Hanoi and Kyushu region": a signing that names its own sides,
            // one of them a territory the gazetteer lacks, is not the pair's; it is between no two units.
            if (groupAnchors.Exists(anchor => anchor.Signed) && !HasBothCountries(NamedParties(groupFirst, groupLast))
                && NamesUnlistedSide(groupFirst, groupLast))
            {
                continue;
            }

            // "Phó Thủ tướng cho biết tỉnh A có nhiều di sản … và mong muốn tỉnh B có thêm dự án hợp tác": cooperation a
            // national leader speaks of, naming no instrument or meeting, is no event of the provinces.
            if (groupAnchors.TrueForAll(anchor => anchor.Kind == InstrumentKind.Other) && SpokenByNationalLeader(sentence))
            {
                continue;
            }

            var parties = PartiesFor(zone, sentence, groupFirst, groupLast, groupAnchors);
            var partial = false;
            if (parties is null)
            {
                RememberVisitAbroad(groupFirst, groupLast, groupAnchors);

                // "Tây Ninh ký kết biên bản thỏa thuận với 3 tỉnh biên giới của Campuchia": one side named, a signing or
                // session stated; the event's other statements may name the rest.
                if (!groupAnchors.Any(anchor => !anchor.IsWeak && (anchor.Signed || anchor.Kind == InstrumentKind.JointCommittee))
                    || NamedParties(groupFirst, groupLast) is not { Count: > 0 } named)
                {
                    continue;
                }

                parties = named;
                partial = true;
            }

            var kept = KeepConcrete(groupAnchors, index.HasCue(sentence.First, sentence.Last, Cue.Sign | Cue.Issue)).ToList();
            if (Distinct(parties) >= 3)
            {
                // A meeting of three or more provinces is a session of a multilateral mechanism, not a visit (or the
                // occasion of what they sign there).
                foreach (var anchor in kept.Where(anchor => anchor.Cue.IsMeeting && anchor.Kind == InstrumentKind.Visit))
                {
                    MakeSession(anchor, OrdinalNear(sentence, anchor), SessionModeOf(sentence));
                    anchor.Multilateral = true;
                }
            }

            var evidence = groups.Count == 1
                ? new ExtractedEvidence(documentId, sentence.Start, sentence.End)
                : new ExtractedEvidence(documentId, _text[groupFirst].Start, Math.Min(sentence.End, _text[groupLast - 1].End + TrailingStop(groupLast)));
            var fields = FieldsFor(sentence, groupFirst, groupLast, groups.Count);
            foreach (var anchor in kept)
            {
                var mention = new RelationMention
                {
                    Anchor = anchor,
                    Parties = parties,
                    Evidence = evidence,
                    Order = _order++,
                    Sentence = _sentenceNumber,
                    InTitle = isTitle,
                    Partial = partial,
                };
                mention.Fields.AddRange(fields);
                output.Add(mention);
                firstProduced ??= mention;
            }
        }

        if (!isTitle && firstProduced is not null)
        {
            _signedJustBefore = LastSignedWritten(anchors);
        }

        if (firstProduced is null)
        {
            PeriodOfConsequence(sentence, signedJustBefore);
            floating.Add(sentence);
            FloatingPeople.AddRange(people);
            FloatingCommitments.AddRange(commitments);
        }
        else
        {
            firstProduced.People.AddRange(people);
            firstProduced.Commitments.AddRange(commitments);
        }

        OpenSessionWithoutMembers(sentence, anchors, output, producedFrom);
        RememberEventDate(anchors);

        // Past context does not change whom the text is about: after "implement the agreements signed at the conference
        // of <five provinces>", "the two sides" are still those of the talks reported.
        if (_pair is not null && anchors.TrueForAll(anchor => anchor.Background))
        {
            return;
        }

        // A trailing clause cut off from the last instrument (TrimTrailingClause) names no member of the pair either.
        var end = groups.Count > 0 ? groups[^1].Last : sentence.Last;
        UpdatePair(end < sentence.Last ? sentencePlaces.FindAll(place => place.Last <= end) : sentencePlaces);
    }

    /// <summary>
    /// A current session whose sentence names no party of one side (or none at all) stays open for the next sentences:
    /// "The event saw the participation of … Ha Tinh, Nghe An …", "Chủ trì đoàn … Bí thư Tỉnh ủy Hà Giang; …".
    /// </summary>
    private void OpenSessionWithoutMembers(Sentence sentence, List<Anchor> anchors, List<RelationMention> output, int producedFrom)
    {
        var session = anchors.FirstOrDefault(anchor => anchor.Kind == InstrumentKind.JointCommittee && !anchor.Multilateral && !anchor.Background && !anchor.Planned);
        if (session is null)
        {
            return;
        }

        for (var k = producedFrom; k < output.Count; k++)
        {
            if (output[k].Anchor == session && !output[k].Partial)
            {
                return;
            }
        }

        _openSession = new OpenSession
        {
            Anchor = session,
            Members = [.. NamedParties(sentence.First, sentence.Last).Select(party => party with { IsCounterpart = false })],
            Evidence = new ExtractedEvidence(documentId, sentence.Start, sentence.End),
            Fields = FieldsFor(sentence, sentence.First, sentence.Last, 1),
        };
    }

    /// <summary>
    /// A sentence after an open session: the places it says attended or chaired, and the provinces of the officials it
    /// names, are members of the session; once both sides are known the session is stated with them. A sentence that
    /// signs another instrument closes it.
    /// </summary>
    private void FollowSession(Sentence sentence, List<PlaceMention> sentencePlaces, List<PendingPerson> people, List<Anchor> anchors, List<RelationMention> output)
    {
        if (_openSession is not { } session)
        {
            return;
        }

        // Another instrument signed closes it; one only cited ("according to the cooperation agreement") does not.
        if (anchors.Any(anchor => !anchor.IsWeak && !anchor.Cue.IsMeeting) && index.HasCue(sentence.First, sentence.Last, Cue.Sign | Cue.Issue))
        {
            _openSession = null;
            return;
        }

        // Officials of a province (not "the Consul General in Khon Kaen", whose seat is no party).
        var parties = sentencePlaces.Where(CanBeParty).Select(place => PartyRef.From(place, null)).ToList();
        var members = people.Where(person => person.Unit is { } unit && parties.Exists(party => party.Key == unit.Key)).Select(person => person.Unit!);
        if (index.HasCue(sentence.First, sentence.Last, Cue.Attend | Cue.Chair))
        {
            members = parties.Concat(members);
        }

        var added = false;
        foreach (var member in members)
        {
            if (session.Members.TrueForAll(known => known.Key != member.Key))
            {
                session.Members.Add(member with { Level = null, IsCounterpart = false });
                added = true;
            }
        }

        if (added && HasBothCountries(session.Members))
        {
            if (!session.Stated)
            {
                session.Stated = true;
                var stated = new RelationMention { Anchor = session.Anchor, Parties = [.. session.Members], Evidence = session.Evidence, Order = _order++ };
                stated.Fields.AddRange(session.Fields);
                output.Add(stated);
            }

            output.Add(new RelationMention
            {
                Anchor = session.Anchor,
                Parties = [.. session.Members],
                Evidence = new ExtractedEvidence(documentId, sentence.Start, sentence.End),
                Order = _order++,
            });
        }

        if (--session.SentencesLeft == 0)
        {
            _openSession = null;
        }
    }

    private int TrailingStop(int groupLast) => groupLast < _text.Count && _text.GapBefore(groupLast).StartsWith(".") ? 1 : 0;

    private List<PlaceMention> PlacesIn(int first, int last)
    {
        var found = new List<PlaceMention>();
        for (var i = FirstPlaceFrom(first); i < places.Count && places[i].First < last; i++)
        {
            if (places[i].Last <= last)
            {
                found.Add(places[i]);
            }
        }

        return found;
    }

    /// <summary>The places within tokens [<paramref name="first"/>, <paramref name="last"/>) that can be parties, in text order.</summary>
    private List<PlaceMention> PartyPlacesIn(int first, int last)
    {
        var found = new List<PlaceMention>();
        for (var i = FirstPlaceFrom(first); i < places.Count && places[i].First < last; i++)
        {
            if (places[i].Last <= last && CanBeParty(places[i]) && !IsUnspoken(places[i]))
            {
                found.Add(places[i]);
            }
        }

        return found;
    }

    private static int IndexOfKey(List<PartyRef> parties, string key)
    {
        for (var i = 0; i < parties.Count; i++)
        {
            if (parties[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    private bool PlaceStartsAt(int token)
    {
        var i = FirstPlaceFrom(token);
        return i < places.Count && places[i].First == token;
    }

    /// <summary>The places are in text order: the index of the first one at or after the token, by bisection.</summary>
    private int FirstPlaceFrom(int token)
    {
        int low = 0, high = places.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (places[middle].First < token)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static bool CanBeParty(PlaceMention place) =>
        place.Role == PlaceRole.Party || (place.Role == PlaceRole.Venue && place.AfterVisit);

    private List<Anchor> FindAnchors(Sentence sentence)
    {
        var anchors = new List<Anchor>();
        var national = false;
        foreach (var match in index.Instruments.SpanWithin(sentence.First, sentence.Last))
        {
            if (index.DocumentReferences.EndingAt(match.First) is not null)
            {
                continue;
            }

            if (SignedByNationalBody(sentence, match.First))
            {
                // "Kanagawa and many Vietnamese ministries and agencies have signed cooperation agreements" (regression
                // en-119): national bodies among the signers make the instruments national, not the provinces' own.
                national = true;
                continue;
            }

            if (BetweenNationalBodies(match.Last))
            {
                // "Biên bản thỏa thuận giữa Bộ Quốc phòng Việt Nam với …": a national instrument, whoever implements it.
                national = true;
                continue;
            }

            if (match.Value.IsMeeting && OfNationalBody(match.Last))
            {
                continue;
            }

            if (match.Value.NamesMechanism && match.First > sentence.First && index.IsCue(match.First - 1, Cue.Generic))
            {
                // "nhờ các Ủy ban liên hợp cùng bộ, ngành … phối hợp": the bodies in general, no session of them.
                continue;
            }

            if (match.Value.IsMeeting && WithNationalOfficial(match.Last))
            {
                // A foreign mayor meeting the Vietnamese ambassador speaks of his city's friendship with a Vietnamese city:
                // the places the speakers name are what was said, not who met.
                national = true;
                continue;
            }

            if (match.Value.IsMeeting && index.Anaphora.EndingAt(match.Last) is { Value: true } occasion && occasion.First < match.First)
            {
                // "Phát biểu tại hội đàm, …", "Speaking at the talks, …": the talks already stated, where something was
                // said; the places named in what was said are not the talks' parties.
                continue;
            }

            if (anchors.Count > 0 && anchors[^1].Last == match.First && anchors[^1].Kind == match.Value.Kind && _text.GapBefore(match.First).Trim() is "(")
            {
                // "a memorandum of understanding (MoU) … in 2012": the abbreviation in brackets names the same
                // instrument again; as an anchor of its own it would miss what the sentence says of the first.
                continue;
            }

            if (match.First > sentence.First && _text.GapBefore(match.First).Trim() is "," && index.Cues.EndingAt(match.First) is { } verb && verb.Value.HasAny(Cue.Sign))
            {
                // "những nội dung đã ký kết, thỏa thuận": a word right after a sign verb and a comma is the next verb of
                // a list of them (what was signed and agreed), not an instrument.
                continue;
            }

            if (CitedInPassing(sentence, match.First, match.Last))
            {
                // "… coordinate … in accordance with reached agreements": agreements cited as the rule the sides act by,
                // unnamed and with no party in the sentence, are neither signed now nor the pair's past instrument.
                continue;
            }

            if (AimedAt(sentence, match.First) || AimedAtAfter(match.Last))
            {
                // "… hướng tới thiết lập các thỏa thuận hợp tác", "towards establishing cooperation agreements", "put
                // agreements into practice": what the sides only aim at is neither signed nor planned, and states no event.
                continue;
            }

            anchors.Add(new Anchor
            {
                First = match.First, Last = match.Last, Cue = match.Value, Kind = match.Value.Kind,
                UnnamedSigning = match.Value.Kind == InstrumentKind.Other && SignsUnnamed(sentence, Cue.DocumentNoun),
                Counted = CountedAt(sentence, match.First),
            });
        }

        var mechanismNamed = anchors.Any(anchor => anchor.Cue.NamesMechanism);
        if (mechanismNamed)
        {
            anchors.RemoveAll(anchor => anchor.Cue.IsMeeting);
        }

        foreach (var anchor in anchors)
        {
            if (anchor.Cue.IsMeeting)
            {
                // "Hội nghị lần thứ 5", "the 13th conference", "hội đàm thường niên": a session of a standing body;
                // another meeting is a visit (unless several provinces meet: see AnalyzeSentence).
                var ordinal = OrdinalNear(sentence, anchor);
                var recurring = (index.HasCue(Math.Max(sentence.First, anchor.First - 3), Math.Min(sentence.Last, anchor.Last + 4), Cue.Recurring)
                        || NamedForSeriesPeriod(sentence, anchor))
                    && !(ordinal is null && IsOccasionOfTrip(anchors, anchor));
                anchor.Kind = ordinal is not null || recurring ? InstrumentKind.JointCommittee : InstrumentKind.Visit;
            }

            if (anchor.Kind == InstrumentKind.JointCommittee)
            {
                MakeSession(anchor, anchor.Cue.IsMeeting ? OrdinalNear(sentence, anchor) : Ordinals.Find(index, sentence.First, sentence.Last), SessionModeOf(sentence));
            }
        }

        // A sentence about a national instrument ("hai bên thực hiện hiệp định … giữa Chính phủ …") states no event of
        // the provinces' own, however it speaks of cooperation; nor does a ceremony marking years since an earlier one.
        if (anchors.Count == 0 && !national && !index.HasCue(sentence.First, sentence.Last, Cue.Anniversary))
        {
            var cue = FirstCueWithin(sentence, Cue.Cooperation | Cue.Support | Cue.Gift | Cue.Sign, Cue.None);
            if (cue.Last > cue.First)
            {
                var unnamedSigning = SignsUnnamed(sentence, Cue.CooperationNoun | Cue.DocumentNoun);
                anchors.Add(new Anchor { First = cue.First, Last = cue.Last, Cue = new InstrumentCue(index.Rules.Kinds[InstrumentKind.Other]), Kind = InstrumentKind.Other, FromCue = true, UnnamedSigning = unnamedSigning });
            }
            else if (FirstCueWithin(sentence, Cue.Delegation | Cue.VisitTo, Cue.Origin, rangeEndsBefore: true) is { Last: > 0 } delegation
                && delegation.Last > delegation.First)
            {
                // "Đoàn đại biểu tỉnh X đến tỉnh Y": a delegation going to the other side is a visit.
                anchors.Add(new Anchor { First = delegation.First, Last = delegation.Last, Cue = new InstrumentCue(index.Rules.Kinds[InstrumentKind.Visit]), Kind = InstrumentKind.Visit });
            }
        }
        else if (!national)
        {
            AddIntendedCooperation(sentence, anchors);
        }

        return anchors;
    }

    /// <summary>
    /// "Tại buổi làm việc, … các bước tỉnh đã chuẩn bị cho việc ký kết hợp tác với …": a signing a side wishes or prepares
    /// for, its instrument unnamed, in a sentence that also names an event, is unnamed cooperation of its own at the first
    /// cooperation word after the intent cue (made a planned agreement in <see cref="MarkStatus"/>), unless an instrument
    /// is named there.
    /// </summary>
    private void AddIntendedCooperation(Sentence sentence, List<Anchor> anchors)
    {
        foreach (var intent in index.Cues.SpanWithin(sentence.First, sentence.Last))
        {
            if (!intent.Value.HasAny(Cue.Intent))
            {
                continue;
            }

            var reach = Math.Min(sentence.Last, intent.Last + IntentReach);
            if (anchors.Exists(anchor => anchor.First >= intent.Last && anchor.First < reach))
            {
                continue;
            }

            foreach (var cue in index.Cues.SpanWithin(intent.Last, reach))
            {
                if (cue.Value.HasAny(Cue.Cooperation))
                {
                    var at = anchors.FindIndex(anchor => anchor.First > cue.First);
                    anchors.Insert(at < 0 ? anchors.Count : at, new Anchor
                    {
                        First = cue.First, Last = cue.Last, Cue = new InstrumentCue(index.Rules.Kinds[InstrumentKind.Other]), Kind = InstrumentKind.Other, FromCue = true,
                    });
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "hội đàm công tác quản lý biên giới quý III năm 2024": a meeting named for a period of its series (a quarter) is
    /// one sitting of a standing mechanism. The period is looked for in the meeting's name only: the words right after the
    /// meeting word, up to a comma or "giữa", "between" (where the sides begin), at most <see cref="SeriesPeriodReach"/>.
    /// </summary>
    private bool NamedForSeriesPeriod(Sentence sentence, Anchor anchor)
    {
        var end = Math.Min(sentence.Last, anchor.Last + SeriesPeriodReach);
        for (var k = anchor.Last; k < end; k++)
        {
            if ((k > anchor.Last && _text.GapBefore(k).Contains(',')) || index.IsCue(k, Cue.Between))
            {
                return false;
            }

            if (index.Cues.StartingAt(k) is { } period && period.Value.HasAny(Cue.SeriesPeriod))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "in accordance with reached agreements": an instrument word in the plural right after a citation cue (a sign word
    /// such as "reached" or "signed" may stand between), in a sentence that names no party, cites unnamed instruments.
    /// </summary>
    private bool CitedInPassing(Sentence sentence, int first, int last)
    {
        if (!index.IsCue(last - 1, Cue.PluralInstrument))
        {
            return false;
        }

        var before = first;
        if (before > sentence.First && _text.GapBefore(before).Trim().Length == 0 && index.IsCue(before - 1, Cue.Sign))
        {
            before--;
        }

        return before > sentence.First && _text.GapBefore(before).Trim().Length == 0
            && index.Cues.EndingAt(before) is { } cited && cited.Value.HasAny(Cue.Citation)
            && PartyPlacesIn(sentence.First, sentence.Last).Count == 0;
    }

    /// <summary>How many words after the meeting word its name may run before the series' period: "công tác quản lý biên giới quý III".</summary>
    private const int SeriesPeriodReach = 8;

    /// <summary>How far after an intent cue its unnamed cooperation is looked for: as far as a plan cue reaches its instrument.</summary>
    private const int IntentReach = 10;

    /// <summary>
    /// "… làm nhiệm vụ ở tỉnh bạn từ ngày 2-12-2024 đến ngày 30-4-2025": a going word with a date right after it
    /// (the day word between) ends a range of days, "until", and sends no delegation anywhere.
    /// </summary>
    private bool UntilDate(Sentence sentence, int next) =>
        next < sentence.Last && index.DatesIn(sentence.First, sentence.Last).Dates
            .Any(date => date.First == next || (date.First == next + 1 && index.Rules.Dates.DayWords.Contains(_text[next].NameKey)));

    /// <summary>
    /// The sentence's first cue phrase with one of <paramref name="cues"/> that is not followed by a word with one of
    /// <paramref name="notBefore"/> (nor, with <paramref name="rangeEndsBefore"/>, by a date: see <see cref="UntilDate"/>),
    /// or the default match when there is none: a loop over the index, as this runs for every sentence that names no
    /// instrument.
    /// </summary>
    private VocabularyMatch<Cue> FirstCueWithin(Sentence sentence, Cue cues, Cue notBefore, bool rangeEndsBefore = false)
    {
        foreach (var match in index.Cues.SpanWithin(sentence.First, sentence.Last))
        {
            if (match.Value.HasAny(cues) && !index.IsCue(match.Last, notBefore)
                && !(rangeEndsBefore && UntilDate(sentence, match.Last)))
            {
                return match;
            }
        }

        return default;
    }

    /// <summary>
    /// A sign word right before the cooperation noun or a document noun: "ký kết hợp tác", "signed cooperation", "the
    /// communes signed a document on their twinning". What was signed is a written instrument the sentence leaves unnamed; a
    /// twinning or unnamed cooperation it sets up is that signing.
    /// </summary>
    private bool SignsUnnamed(Sentence sentence, Cue noun)
    {
        foreach (var sign in index.Cues.SpanWithin(sentence.First, sentence.Last))
        {
            if (sign.Value.HasAny(Cue.Sign) && index.IsCue(sign.Last, noun))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words a count may take ("36", "hai", "twenty five").</summary>
    private const int MaxCountWords = 2;

    /// <summary>How many words may stand between a count and the instrument it counts ("two cooperation agreements").</summary>
    private const int MaxCountModifiers = 2;

    /// <summary>
    /// "đã ký 2 thỏa thuận", "signed two cooperation agreements": a count right before an instrument's name, or before
    /// the cooperation or modifier words that qualify it, with no punctuation between (a figure, or a number word of two
    /// or more: "một", "one" is an article as often as a count).
    /// </summary>
    private bool CountedAt(Sentence sentence, int first)
    {
        var modifiers = 0;
        while (modifiers < MaxCountModifiers && first > sentence.First + 1 && _text.GapBefore(first).Trim().IsEmpty
            && !_text[first - 1].IsNumber && index.IsCue(first - 1, Cue.Cooperation | Cue.PledgeModifier))
        {
            first--;
            modifiers++;
        }

        if (first <= sentence.First || !_text.GapBefore(first).Trim().IsEmpty)
        {
            return false;
        }

        var before = _text[first - 1];
        if (before.IsNumber)
        {
            return before.Length <= 3 && int.TryParse(before.NameKey, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count >= 1;
        }

        for (var k = first - 1; k >= Math.Max(sentence.First, first - MaxCountWords); k--)
        {
            if (index.Rules.Cardinals.TryMatch(_text, k, first, out var word) && word.Last == first)
            {
                return word.Value >= 2;
            }
        }

        return false;
    }

    /// <summary>The ordinal written with a meeting word: a few words before it ("the 13th conference") or after it ("hội nghị lần thứ 13").</summary>
    private int? OrdinalNear(Sentence sentence, Anchor anchor) =>
        Ordinals.FindAt(index, Math.Max(sentence.First, anchor.First - 4), Math.Min(sentence.Last, anchor.Last + 6)) is { } found
            && found.Position >= anchor.First - 4 && found.Position <= anchor.Last + 4
            ? found.Value
            : null;

    private SessionMode SessionModeOf(Sentence sentence) =>
        index.HasCue(sentence.First, sentence.Last, Cue.Online) ? SessionMode.Online
        : index.HasCue(sentence.First, sentence.Last, Cue.InPerson) ? SessionMode.InPerson
        : SessionMode.Unknown;

    private void MakeSession(Anchor anchor, int? ordinal, SessionMode mode)
    {
        anchor.Kind = InstrumentKind.JointCommittee;
        anchor.Ordinal = ordinal;
        anchor.Mode = mode;
        anchor.Mechanism = anchor.Cue.NamesMechanism ? _text.Slice(_text[anchor.First].Start, _text[anchor.Last - 1].End) : null;
    }

    /// <summary>"the 78th session of the United Nations General Assembly": a meeting of a national or international body.</summary>
    private bool OfNationalBody(int after)
    {
        for (var k = after; k < Math.Min(_text.Count, after + 3); k++)
        {
            if (_text.GapBefore(k).IndexOfAny([',', ';', '.', '(']) >= 0)
            {
                return false;
            }

            if (index.Organisations.StartingAt(k) is { } body)
            {
                return body.Value.Role == OrganisationRole.National;
            }
        }

        return false;
    }

    /// <summary>How many words may open a sentence before the national title of its speaker ("The Prime Minister").</summary>
    private const int NationalSpeakerReach = 4;

    /// <summary>
    /// Does the sentence open with a national leader, a national title within its first words and before any place or
    /// comma ("Thủ tướng …", "Người đứng đầu Chính phủ cho biết …", "The Prime Minister hoped …")? Not a national body:
    /// "The National Assembly and government are interested in …" speaks of the provinces' cooperation in general.
    /// </summary>
    private bool SpokenByNationalLeader(Sentence sentence)
    {
        for (var k = sentence.First; k < Math.Min(sentence.Last, sentence.First + NationalSpeakerReach); k++)
        {
            if (PlaceStartsAt(k) || (k > sentence.First && _text.GapBefore(k).IndexOfAny([',', ';', ':', '(']) >= 0))
            {
                return false;
            }

            if (index.Titles.StartingAt(k) is { } title && index.Rules.NationalTitles.TryMatch(_text, k, title.Last, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"meeting with the ambassador", "cuộc gặp với Đại sứ": a meeting whose other side is a national office.</summary>
    private bool WithNationalOfficial(int after)
    {
        if (after >= _text.Count || index.Cues.StartingAt(after) is not { } with || !with.Value.HasAny(Cue.With))
        {
            return false;
        }

        for (var k = with.Last; k < Math.Min(_text.Count, with.Last + 3); k++)
        {
            if (_text.GapBefore(k).IndexOfAny([',', ';', '.', '(']) >= 0)
            {
                return false;
            }

            if (index.Titles.StartingAt(k) is { } title)
            {
                return index.Rules.NationalTitles.TryMatch(_text, k, title.Last, out _);
            }
        }

        return false;
    }

    /// <summary>
    /// "A and Vietnamese ministries and agencies already signed … agreements": a national body joined to another signer and right before the sign word of the instrument (at most two
    /// words between, no punctuation) is among its signers.
    /// </summary>
    private bool SignedByNationalBody(Sentence sentence, int instrument)
    {
        VocabularyMatch<Cue>? sign = null;
        foreach (var cue in index.Cues.SpanWithin(Math.Max(sentence.First, instrument - 4), instrument))
        {
            if (cue.Value.HasAny(Cue.Sign) && instrument - cue.Last <= 3)
            {
                sign = cue;
            }
        }

        if (sign is not { } signed)
        {
            return false;
        }

        for (var end = signed.First; end > Math.Max(sentence.First, signed.First - 3); end--)
        {
            if (_text.GapBefore(end).IndexOfAny([',', ';', '.', '(', ':']) >= 0)
            {
                return false;
            }

            if (index.Organisations.EndingAt(end) is { } body)
            {
                return body.Value.Role == OrganisationRole.National && Coordinated(sentence, body.First);
            }
        }

        return false;
    }

    /// <summary>
    /// "Kanagawa and many Vietnamese ministries": a name joined by "and" to the words before it (at most two words
    /// between, no punctuation), one of several subjects; not "the Deputy Prime Minister witnessed the signing".
    /// </summary>
    private bool Coordinated(Sentence sentence, int first)
    {
        for (var k = first - 1; k >= Math.Max(sentence.First, first - 3); k--)
        {
            if (_text.GapBefore(k + 1).IndexOfAny([',', ';', '.', '(', ':']) >= 0)
            {
                return false;
            }

            if (index.IsCue(k, Cue.And))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far after an instrument's name its "between" may stand (words; Vietnamese counts syllables).</summary>
    private const int MaxBetweenDistance = 24;

    /// <summary>
    /// "… giữa Bộ Quốc phòng Việt Nam với …", "between the Ministry of …": the instrument's parties are national bodies.
    /// The "between" may follow the instrument's name ("hiệp định về Quy chế quản lý biên giới … giữa Chính phủ Việt Nam
    /// và Chính phủ Lào"), within the clause: not past a comma, a bracket or another instrument.
    /// </summary>
    private bool BetweenNationalBodies(int after)
    {
        for (var k = after; k < Math.Min(_text.Count, after + MaxBetweenDistance); k++)
        {
            if (k > after + 1 && (_text.GapBefore(k).IndexOfAny([',', ';', '.', '(', ':']) >= 0 || index.Instruments.StartingAt(k) is not null))
            {
                return false;
            }

            if (index.Cues.StartingAt(k) is { } between && between.Value.HasAny(Cue.Between))
            {
                for (var j = between.Last; j < Math.Min(_text.Count, between.Last + 3); j++)
                {
                    if (index.Organisations.StartingAt(j) is { } body)
                    {
                        return body.Value.Role == OrganisationRole.National;
                    }
                }

                return false;
            }
        }

        return false;
    }

    private static IEnumerable<Anchor> KeepConcrete(List<Anchor> anchors, bool signing)
    {
        var concrete = anchors.FindAll(anchor => !anchor.IsWeak);
        if (concrete.Count == 0)
        {
            var visit = anchors.FirstOrDefault(anchor => anchor.Kind == InstrumentKind.Visit) ?? anchors[0];
            visit.Date ??= anchors.Select(anchor => anchor.Date).FirstOrDefault(date => date is not null);
            return [visit];
        }

        // The visit or talks on which an instrument was signed date it: the nearest one that has a date.
        foreach (var anchor in concrete)
        {
            if (anchor.Date is not null || !(signing || anchor.Kind is InstrumentKind.Award or InstrumentKind.JointCommittee))
            {
                continue;
            }

            anchor.Date = anchors
                .Where(other => other.IsWeak && other.Date is not null)
                .OrderBy(other => Math.Abs(other.First - anchor.First))
                .Select(other => other.Date)
                .FirstOrDefault();
        }

        return concrete;
    }

    private void AttachNumbers(Sentence sentence, List<Anchor> anchors)
    {
        foreach (var (start, number) in InstrumentNumbers.Find(_text.Text, sentence.Start, sentence.End))
        {
            var token = SentenceSplitter.TokenAt(_text, start);
            var target = anchors
                .Where(anchor => anchor.Last <= token && token - anchor.Last <= 4 && anchor.Kind is InstrumentKind.Plan or InstrumentKind.Agreement or InstrumentKind.Mou or InstrumentKind.Minutes or InstrumentKind.JointStatement)
                .LastOrDefault();
            if (target is not null)
            {
                target.Number ??= number;
            }
        }
    }

    private void AttachDatesAndPeriods(Sentence sentence, List<Anchor> anchors, DateOnly? referenceDate)
    {
        var (dates, periods) = index.DatesIn(sentence.First, sentence.Last);
        if (referenceDate is { } reference && WeekdayDates(sentence, reference, dates) is { Count: > 0 } weekdays)
        {
            dates = [.. dates.Concat(weekdays).OrderBy(date => date.First)];
        }

        if (referenceDate is null && SentenceYear(sentence, dates, periods) is { } year)
        {
            // Without a publication date, "Sáng 22-11, … hội đàm thường niên lần thứ XV năm 2023" takes its sentence's year.
            dates = [.. dates.Select(date => date.IsDayMonth ? date with { Year = year } : date)];
        }

        DateMention? lead = null;
        DateMention? monthLead = null;
        foreach (var written in dates)
        {
            var date = DayRangeEnd(written, sentence) is { } lastDay ? written with { LastDay = lastDay } : written;
            if (date.Day is null || IgnoredDate(date, sentence))
            {
                if (date.Month is not null && date.Day is null && date.Year is not null)
                {
                    if (LeadsSentence(date, sentence, anchors))
                    {
                        // "Later, in October 2013, during the visit …, the two signed an agreement": the month opens
                        // the sentence as a day would.
                        monthLead ??= date;
                    }
                    else if (Nearest(anchors, date.First, date.Last, sentence, sameClauseOnly: true) is { } monthTarget)
                    {
                        monthTarget.Date ??= date;
                    }
                }

                continue;
            }

            if (LeadsSentence(date, sentence, anchors))
            {
                lead ??= date;
                continue;
            }

            var target = Nearest(anchors, date.First, date.Last, sentence, sameClauseOnly: false);
            if (target is { Kind: InstrumentKind.Other } && date.First >= target.Last && SignedBefore(sentence, anchors, target) is { } signed)
            {
                // "signed an agreement to set up their twinning on April 2, 2014" (regression en-138): the relationship is what the
                // agreement set up; the date is the signing's.
                target = signed;
            }

            if (target is not null && DatesAnchor(target, date, sentence))
            {
                target.Date ??= date;
            }
        }

        // "Ngày 16/9, …", "On November 29, …": a sentence that opens with its date reports what happened that day; an
        // instrument the sentence dates itself ("được ký kết ngày 14/05/2018") keeps its own date.
        foreach (var anchor in anchors)
        {
            if (!anchor.Background)
            {
                anchor.Date ??= lead ?? monthLead;
            }
        }

        foreach (var period in periods)
        {
            if (period.First > 0 && index.IsCue(period.First - 1, Cue.Vision))
            {
                continue;
            }

            if (Nearest(anchors, period.First, period.Last, sentence, sameClauseOnly: true) is not { } target)
            {
                continue;
            }

            if (target.Period is null)
            {
                target.Period = period;
            }
            else if (NamesSeveral(target) && FollowsWithAnd(LastPeriodOf(anchors, target), period))
            {
                // "agreements for 2014 - 2018 and 2019 - 2023", "các biên bản giai đoạn 2016-2020 và 2021-2025": one instrument
                // for each period, not one with the first.
                anchors.Insert(anchors.LastIndexOf(LastOfWord(anchors, target)) + 1, target.WithPeriod(period));
            }
        }

        foreach (var anchor in anchors)
        {
            if (anchor.Period is null && !anchor.IsWeak)
            {
                anchor.Period = SingleYear(sentence, anchor, anchors);
            }
        }

        if (OrientationYear(sentence, periods) is { } agreed && Nearest(anchors, agreed.First, agreed.Last, sentence, sameClauseOnly: false) is { } oriented)
        {
            // "reviewed the cooperation of the last period and set orientations for the next": what the sides agree
            // for the years ahead is the news, though the same sentence reviews the past.
            oriented.AgreedPeriod = agreed;
            oriented.Background = false;
        }
    }

    /// <summary>A plural instrument word ("MoUs", "agreements"), or one after "các", "những": it may name several instruments.</summary>
    private bool NamesSeveral(Anchor anchor) =>
        index.HasCue(anchor.First, anchor.Last, Cue.PluralInstrument) || (anchor.First > 0 && index.IsCue(anchor.First - 1, Cue.Generic));

    private static Anchor LastOfWord(List<Anchor> anchors, Anchor anchor) =>
        anchors.Last(other => other.First == anchor.First && other.Last == anchor.Last);

    private static PeriodMention LastPeriodOf(List<Anchor> anchors, Anchor anchor) => LastOfWord(anchors, anchor).Period!;

    /// <summary>A period right after another with only "and", "và" or a comma between.</summary>
    private bool FollowsWithAnd(PeriodMention previous, PeriodMention period) =>
        (period.First == previous.Last + 1 && index.IsCue(previous.Last, Cue.And))
        || (period.First == previous.Last && _text.GapBefore(period.First).Trim() is ",");

    /// <summary>The last written instrument before <paramref name="anchor"/> in its clause that the sentence says was signed.</summary>
    private Anchor? SignedBefore(Sentence sentence, List<Anchor> anchors, Anchor anchor)
    {
        Anchor? signed = null;
        foreach (var other in anchors)
        {
            if (other.Last <= anchor.First && other.Signed && !other.IsWeak && IsWrittenInstrument(other) && ClauseOf(sentence, other.First) == ClauseOf(sentence, anchor.First))
            {
                signed = other;
            }
        }

        return signed;
    }

    /// <summary>
    /// "During their talks …, the two sides agreed on cooperation orientations in 2023", "thống nhất phương hướng hợp
    /// tác năm 2024", "outlined orientations for their partnership in 2024-2028": the year or years the cooperation
    /// agreed at a meeting is for, the period of what was signed there.
    /// </summary>
    private PeriodMention? OrientationYear(Sentence sentence, IReadOnlyList<PeriodMention> periods)
    {
        foreach (var cue in index.Cues.SpanWithin(sentence.First, sentence.Last))
        {
            var k = cue.Last + 1;
            if (!cue.Value.HasAny(Cue.Orientation) || k >= sentence.Last || !index.IsCue(cue.Last, Cue.YearIntro | Cue.PeriodYear)
                || _text.GapBefore(cue.Last).IndexOfAny(",;.()") >= 0)
            {
                continue;
            }

            if (periods.FirstOrDefault(period => period.First == k) is { } range)
            {
                return range with { First = cue.First };
            }

            var token = _text[k];
            if (token.IsNumber && token.Length == 4 && int.Parse(token.NameKey, System.Globalization.CultureInfo.InvariantCulture) is var year and >= 1990 and <= 2100
                && (k + 1 >= sentence.Last || _text.GapBefore(k + 1).Trim() is not ("-" or "–" or "/")))
            {
                return new PeriodMention(cue.First, k + 1, year, year);
            }
        }

        return null;
    }

    /// <summary>A date within the first three words of its sentence, or one that <see cref="OpensSentence"/>, reports what the sentence tells.</summary>
    private bool LeadsSentence(DateMention date, Sentence sentence, List<Anchor> anchors) =>
        date.First - sentence.First <= 3 || OpensSentence(date, sentence, anchors);

    /// <summary>
    /// A date followed by a comma that no instrument and no place precedes opens its sentence, however many words of a
    /// page's leftovers stand before it (" date 2025-11-03 Ngày 3.11, tại …").
    /// </summary>
    private bool OpensSentence(DateMention date, Sentence sentence, List<Anchor> anchors) =>
        date.Last < sentence.Last
        && _text.GapBefore(date.Last).TrimStart().StartsWith(',')
        && anchors.TrueForAll(anchor => anchor.First >= date.Last)
        && PlacesIn(sentence.First, date.First).Count == 0;

    /// <summary>
    /// "In 2014, the two provinces signed a cooperation agreement", "the memorandum signed in 2018", "in November 2004":
    /// what a sentence dates three years or more before the text was written (its publication year, else the latest year
    /// it writes) is past context, not the text's news. A year at the start of a clause dates the clause's instruments;
    /// a year inside it, the nearest one. Planned instruments and those dated by a later date of their own keep their
    /// status. A written instrument whose period ended before the year of writing ("an MoU for 2020 - 2023" in a
    /// text of 2024) was signed for a time already over: past context too, however recent its end.
    /// </summary>
    private const int YearsBeforeWriting = 3;

    private void MarkDatedLongBefore(Sentence sentence, List<Anchor> anchors, int? writtenIn)
    {
        if (writtenIn is not { } year || anchors.Count == 0)
        {
            return;
        }

        var latestPast = year - YearsBeforeWriting;
        foreach (var anchor in anchors)
        {
            if (!anchor.Planned && ((anchor.Date?.Year is { } dated && dated <= latestPast) || EndedBeforeWriting(anchor, year)))
            {
                anchor.Background = true;
            }
        }

        IReadOnlyList<DateMention>? dates = null;
        IReadOnlyList<PeriodMention>? periods = null;
        for (var k = sentence.First + 1; k < sentence.Last; k++)
        {
            if (IntroducedYear(k) is not { } introduced || introduced > latestPast)
            {
                continue;
            }

            if (dates is null || periods is null)
            {
                (dates, periods) = index.DatesIn(sentence.First, sentence.Last);
            }

            if (periods.Any(period => k >= period.First && k < period.Last) || dates.Any(date => date.Month is not null && k >= date.First && k < date.Last))
            {
                continue;
            }

            var clause = ClauseOf(sentence, k);
            var opensClause = k - 1 == sentence.First || ClauseOf(sentence, k - 2) != clause;
            var nearest = opensClause ? null : Nearest(anchors, k - 1, k + 1, sentence, sameClauseOnly: true);
            foreach (var anchor in anchors)
            {
                if (opensClause ? ClauseOf(sentence, anchor.First) != clause : anchor != nearest)
                {
                    continue;
                }

                if (!anchor.Planned && (anchor.Date?.Year is not { } own || own <= latestPast))
                {
                    anchor.Background = true;
                }
            }
        }
    }

    private static bool EndedBeforeWriting(Anchor anchor, int writtenIn) =>
        IsWrittenInstrument(anchor) && anchor.Period is { } period && period.To < writtenIn
        && (anchor.Date?.Year is not { } own || own <= period.To);

    /// <summary>
    /// a past signing, then "under it the two sides will …", "the province will grant … scholarships": what the sentences right after a past signing say the sides will do, by
    /// cooperation, support or gift words alone, is that instrument's content, past context too, not a plan of the news;
    /// until a sentence names an instrument or event of its own. Cooperation they state as done (what the
    /// partnership "has brought") keeps its status.
    /// </summary>
    private void FollowPastInstrument(List<Anchor> anchors, bool isTitle)
    {
        if (isTitle)
        {
            return;
        }

        if (anchors.TrueForAll(anchor => anchor.FromCue))
        {
            if (_afterPastInstrument)
            {
                foreach (var anchor in anchors.Where(anchor => anchor.Planned))
                {
                    anchor.Background = true;
                    anchor.Planned = false;
                    anchor.ContentOfPast = true;
                }
            }

            return;
        }

        _afterPastInstrument = anchors.Exists(anchor => !anchor.IsWeak && anchor.Background && anchor.Signed)
            && anchors.TrueForAll(anchor => anchor.IsWeak || anchor.Background);
    }

    /// <summary>How many days before the lead event an instrument or session must be dated to be past context.</summary>
    private const int DaysBeforeLead = 31;

    /// <summary>
    /// "Sáng 14/10, … đã hội đàm …" then "Ngày 20/5/2024, … đã ký kết Biên bản ghi nhớ …": an instrument or a session
    /// dated with its year more than a month before the time of writing is past context, however recent. The time of
    /// writing is the publication date; in a text without one, the body's first dated event stands for it (the lead's
    /// missing year is the instrument's own). "On April 9, 2020, … signed minutes …" in an article of June 2021 is the
    /// background of the talks it reports, not a second current signing.
    /// </summary>
    private void MarkDatedBeforeLead(List<Anchor> anchors, bool isTitle, DateOnly? reference)
    {
        if (isTitle)
        {
            return;
        }

        if (reference is null && _leadDate is null)
        {
            _leadDate = anchors.Select(anchor => anchor.Date).FirstOrDefault(date => date is { Day: not null, Month: not null });
            return;
        }

        foreach (var anchor in anchors)
        {
            if (anchor.Planned || anchor.Background || anchor.Date is not { Year: { } year, Month: { } month } dated
                || !(anchor.Signed || anchor.Kind == InstrumentKind.JointCommittee))
            {
                continue;
            }

            // "đầu tháng 3/2025, hai bên ký thỏa thuận …" in a text of October: a month is past context when even
            // its last day is.
            var own = dated.ToDate() ?? new DateOnly(year, month, DateFinder.DaysIn(year, month));
            var lead = reference ?? _leadDate!.ToDate()
                ?? (_leadDate!.Day <= DateFinder.DaysIn(own.Year, _leadDate.Month!.Value) ? new DateOnly(own.Year, _leadDate.Month!.Value, _leadDate.Day!.Value) : null);
            if (lead is { } leadDay && own.AddDays(DaysBeforeLead) < leadDay)
            {
                anchor.Background = true;
            }
        }
    }

    /// <summary>A year written after a year word ("in 2014", "năm 2014"), not a range's ("năm 2021 - 2025") nor a deadline's or vision's.</summary>
    private int? IntroducedYear(int k)
    {
        var token = _text[k];
        if (!token.IsNumber || token.Length != 4 || !index.IsCue(k - 1, Cue.YearIntro)
            || (k >= 2 && index.IsCue(k - 2, Cue.Deadline | Cue.Vision | Cue.Origin))
            || (k + 1 < _text.Count && _text[k + 1].IsNumber && _text.GapBefore(k + 1).Trim() is "-" or "–"))
        {
            return null;
        }

        var year = int.Parse(token.NameKey, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        return year is >= 1945 and <= 2100 ? year : null;
    }

    /// <summary>
    /// "signed … on Thursday": a weekday after a day word ("on") is the latest such day up to the article's date (the day
    /// itself included), unless the sentence gives a date of its own next to it ("Thursday night (September 21)").
    /// </summary>
    private List<DateMention> WeekdayDates(Sentence sentence, DateOnly reference, IReadOnlyList<DateMention> written)
    {
        var found = new List<DateMention>();
        var weekdays = index.Rules.Dates.Weekdays;
        if (weekdays.Count == 0)
        {
            return found;
        }

        for (var k = sentence.First + 1; k < sentence.Last; k++)
        {
            if (_text[k].IsCapitalized && weekdays.TryGetValue(_text[k].NameKey, out var weekday)
                && index.Rules.Dates.DayWords.Contains(_text[k - 1].NameKey)
                && !written.Any(date => date.First > k - 2 && date.First <= k + 5))
            {
                var day = reference.AddDays(-(((int)reference.DayOfWeek - (int)weekday + 7) % 7));
                found.Add(new DateMention(k, k + 1, day.Year, day.Month, day.Day));
            }
        }

        return found;
    }

    /// <summary>
    /// "… signed … on March 9. The signing took place on the occasion of … the Spring Festival 2024" (regression en-120):
    /// in an undated text, the sentence right after a day and month without a year that speaks of that occasion ("on the
    /// occasion", "at the event") and names it with one year (the year right after a capitalised name) gives the year.
    /// </summary>
    private void DateByOccasionYear(Sentence sentence, Zone zone)
    {
        var yearless = _yearless;
        _yearless = null;
        if (yearless is null || zone.ReferenceDate is not null || index.Anaphora.SpanWithin(sentence.First, sentence.Last).IsEmpty)
        {
            return;
        }

        int? named = null;
        for (var k = sentence.First + 1; k < sentence.Last; k++)
        {
            var token = _text[k];
            if (token.IsNumber && token.Length == 4 && _text[k - 1].IsCapitalized && !_text[k - 1].IsNumber && _text.GapBefore(k).Trim().IsEmpty
                && int.Parse(token.NameKey, System.Globalization.CultureInfo.InvariantCulture) is var year and >= 1990 and <= 2100
                && index.Rules.Dates.MonthOf(_text[k - 1]) is null)
            {
                if (named is not null && named != year)
                {
                    return;
                }

                named = year;
            }
        }

        if (named is not { } found)
        {
            return;
        }

        foreach (var anchor in yearless)
        {
            if (anchor.Date is { IsDayMonth: true } date)
            {
                anchor.Date = date with { Year = found };
            }
        }
    }


    /// <summary>The one year a sentence names (a date's, "năm 2023", "Xuân 2019"), not counting periods and origins ("từ 1992").</summary>
    private int? SentenceYear(Sentence sentence, IReadOnlyList<DateMention> dates, IReadOnlyList<PeriodMention> periods)
    {
        var years = new HashSet<int>(dates.Where(date => date.Year is not null).Select(date => date.Year!.Value));
        for (var k = sentence.First; k < sentence.Last; k++)
        {
            var token = _text[k];
            if (token.IsNumber && token.Length == 4 && int.Parse(token.NameKey, System.Globalization.CultureInfo.InvariantCulture) is var year and >= 1990 and <= 2100
                && !periods.Any(period => k >= period.First && k < period.Last) && !dates.Any(date => k >= date.First && k < date.Last)
                && !CueBefore(k, Cue.Origin) && _text.GapBefore(k).Trim() is not ("/" or "-" or "." or "–"))
            {
                years.Add(year);
            }
        }

        return years.Count == 1 ? years.First() : null;
    }

    /// <summary>
    /// "Thỏa thuận hợp tác năm 2025", "an agreement on cooperation for 2016": a year introduced right after the
    /// instrument ("năm" next to it or to its recurring word, "for" within a few words) is the one year it covers.
    /// </summary>
    private PeriodMention? SingleYear(Sentence sentence, Anchor anchor, List<Anchor> anchors)
    {
        // The first anchor after this one, or the sentence's end (with no closure per anchor).
        var next = sentence.Last;
        foreach (var other in anchors)
        {
            if (other.First >= anchor.Last && other.First < next)
            {
                next = other.First;
            }
        }

        var limit = Math.Min(Math.Min(next, sentence.Last), anchor.Last + 6);

        // "biên bản hợp tác thường niên năm 2022": the yearly instrument's recurring word is still the instrument's name.
        var named = anchor.Last;
        while (named < limit && index.Cues.StartingAt(named) is { } word && word.Value.HasAny(Cue.Recurring))
        {
            named = word.Last;
        }

        for (var k = anchor.Last + 1; k < limit; k++)
        {
            var token = _text[k];
            if (ClauseOf(sentence, k) != ClauseOf(sentence, anchor.First) || _text.GapBefore(k).IndexOfAny(",;.()") >= 0)
            {
                return null;
            }

            if (token.IsNumber && token.Length == 4 && int.Parse(token.NameKey, System.Globalization.CultureInfo.InvariantCulture) is var year and >= 1990 and <= 2100
                && index.IsCue(k - 1, Cue.PeriodYear) && (k - 1 == named || !index.Rules.Dates.YearNouns.Contains(_text[k - 1].NameKey))
                && (k + 1 >= sentence.Last || _text.GapBefore(k + 1).Trim() is not ("-" or "–" or "/")))
            {
                return new PeriodMention(k - 1, k + 1, year, year);
            }
        }

        return YearBefore(sentence, anchor);
    }

    /// <summary>How many words may stand between a year and the instrument it qualifies ("2024 border security agreement").</summary>
    private const int MaxYearBeforeGap = 2;

    /// <summary>Punctuation that parts a year from what follows it (a date, a range, a clause).</summary>
    private static readonly System.Buffers.SearchValues<char> YearBreaks = System.Buffers.SearchValues.Create(",;.()-–/");

    /// <summary>
    /// "their 2024 memorandum of understanding", "a 2024 border security agreement": a year written as a modifier of the
    /// instrument, at most two words before it, is the one year it covers; not a date's year ("October 15, 2025"), a
    /// range's end ("2021-2025") nor a year introduced as a time ("in 2019").
    /// </summary>
    private PeriodMention? YearBefore(Sentence sentence, Anchor anchor)
    {
        for (var k = anchor.First - 1; k >= Math.Max(sentence.First, anchor.First - 1 - MaxYearBeforeGap); k--)
        {
            if (_text.GapBefore(k + 1).IndexOfAny(YearBreaks) >= 0)
            {
                return null;
            }

            var token = _text[k];
            if (!token.IsNumber)
            {
                if (index.IsCue(k, Cue.Sign | Cue.Issue | Cue.Planned | Cue.Background | Cue.YearIntro | Cue.PeriodYear))
                {
                    return null;
                }

                continue;
            }

            if (token.Length != 4 || int.Parse(token.NameKey, System.Globalization.CultureInfo.InvariantCulture) is not (var year and >= 1990 and <= 2100))
            {
                return null;
            }

            var modifies = k == sentence.First
                || (_text.GapBefore(k).IndexOfAny(YearBreaks) < 0 && !_text[k - 1].IsNumber
                    && !index.IsCue(k - 1, Cue.YearIntro | Cue.PeriodYear) && !index.Rules.Dates.YearNouns.Contains(_text[k - 1].NameKey));
            return modifies ? new PeriodMention(k, k + 1, year, year) : null;
        }

        return null;
    }

    /// <summary>A date dates an instrument when the sentence reports a signing or issue, when it follows the instrument
    /// closely ("Kế hoạch số 667/KH-UBND ngày 09/12/2021"), or when the instrument is an event.</summary>
    private bool DatesAnchor(Anchor anchor, DateMention date, Sentence sentence)
    {
        if (date.First >= anchor.Last && date.First - anchor.Last <= 8)
        {
            return true;
        }

        // "hướng tới kỷ niệm 46 năm Ngày ký Hiệp ước … (18/7/1977), hai tỉnh tổ chức Lễ ký kết Biên bản hợp tác": a date in
        // parentheses annotates what it follows (a treaty, a holiday), not an instrument elsewhere in the sentence; after a
        // weekday ("on Thursday night (September 21)") it is the day itself.
        if (InParentheses(sentence, date.First) && !InParentheses(sentence, anchor.First) && !FollowsWeekday(sentence, date.First))
        {
            return false;
        }

        if (index.HasCue(sentence.First, sentence.Last, Cue.Sign | Cue.Issue))
        {
            return true;
        }

        // An event is dated by the dates of its sentence, except dates in parentheses, which are usually holidays or
        // anniversaries ("Quốc khánh của Lào (ngày 02/12)").
        return anchor.Kind is InstrumentKind.Visit or InstrumentKind.JointCommittee or InstrumentKind.Award or InstrumentKind.Other
            && !InParentheses(sentence, date.First);
    }

    /// <summary>How many words may stand between an aim and the instrument it aims at ("hướng tới thiết lập các thỏa thuận").</summary>
    private const int AimReach = 3;

    /// <summary>True when an aim phrase stands shortly before <paramref name="token"/>, in the same stretch of words.</summary>
    private bool AimedAt(Sentence sentence, int token)
    {
        for (var k = token; k > sentence.First && k >= token - AimReach; k--)
        {
            if (index.Cues.EndingAt(k) is { } aim && aim.Value.HasAny(Cue.Aim))
            {
                return true;
            }

            if (_text.GapBefore(k).IndexOfAny(",;:") >= 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "chuyến công tác dự Hội nghị thường niên", "a trip to attend the annual conference": a meeting that a trip
    /// word names as what the trip is for, a few lowercase words after it, is where the travellers go, not a session of
    /// the sides the sentence names (which are the trip's hosts). Only a yearly meeting without an ordinal is read so: an
    /// ordinal session stays the sides' own.
    /// </summary>
    private bool IsOccasionOfTrip(List<Anchor> anchors, Anchor meeting)
    {
        foreach (var trip in anchors)
        {
            if (!trip.Cue.Travel || trip.Last > meeting.First || meeting.First - trip.Last > 4)
            {
                continue;
            }

            var joined = true;
            for (var k = trip.Last; k <= meeting.First && joined; k++)
            {
                joined = _text.GapBefore(k).Trim().Length == 0 && (k == meeting.First || !_text[k].IsCapitalized);
            }

            if (joined)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the words right after an instrument (ending before <paramref name="end"/>) say what is to be done with it.</summary>
    private bool AimedAtAfter(int end) =>
        index.Cues.StartingAt(end) is { } aim && aim.Value.HasAny(Cue.AimObject) && _text.GapBefore(end).Trim().Length == 0;

    /// <summary>The phrase that ends right before <paramref name="token"/>, or the word before it, has one of the cues.</summary>
    private bool CueBefore(int token, Cue flags) =>
        (index.Cues.EndingAt(token) is { } phrase && phrase.Value.HasAny(flags)) || index.IsCue(token - 1, flags);

    private bool FollowsWeekday(Sentence sentence, int token)
    {
        for (var k = token - 1; k >= Math.Max(sentence.First, token - 3); k--)
        {
            if (index.Rules.Dates.Weekdays.ContainsKey(_text[k].NameKey))
            {
                return true;
            }
        }

        return false;
    }

    private bool InParentheses(Sentence sentence, int token)
    {
        var prefix = _text.Text.AsSpan(sentence.Start, _text[token].Start - sentence.Start);
        return prefix.Count('(') > prefix.Count(')');
    }

    /// <summary>Deadlines, yearly dates, anniversaries written as ranges and dates of other documents are not events.</summary>
    /// <summary>"(VNA) –", "(ANI/VOVWORLD):": an agency's name in capitals in brackets, closed by a colon or a dash, at <paramref name="first"/>.</summary>
    private bool IsAgencyCreditAt(int first, Sentence sentence)
    {
        if (first >= sentence.Last || _text.GapBefore(first).Trim() is not "(")
        {
            return false;
        }

        for (var k = first; k < sentence.Last && k < first + 4; k++)
        {
            if (_text[k].Shape != TokenShape.Upper || k + 1 >= _text.Count)
            {
                return false;
            }

            var after = _text.GapBefore(k + 1).Trim();
            if (after.Length > 0 && after[0] == ')')
            {
                return after.Length >= 2 && after[^1] is ':' or '—' or '–' or '-';
            }

            if (after is not "/")
            {
                return false;
            }
        }

        return false;
    }

    private bool IgnoredDate(DateMention date, Sentence sentence)
    {
        // "date 2025-12-01", "Cập nhật 09:33, 15/05/2025": a page's publication or update stamp.
        if (date.First > sentence.First && CueBefore(date.First, Cue.Stamp))
        {
            return true;
        }

        if (date.First > sentence.First && index.IsCue(date.First - 1, Cue.Deadline))
        {
            return true;
        }

        // "Tokyo [Japan], September 6 (ANI/VOVWORLD): On September 5, …": a dateline's date is the dispatch's, not an event's.
        if (IsAgencyCreditAt(date.Last, sentence))
        {
            return true;
        }

        if (date.First > sentence.First + 1 && index.Rules.Dates.DayNouns.Contains(_text[date.First - 1].NameKey) && index.IsCue(date.First - 2, Cue.Deadline))
        {
            return true;
        }

        if (date.Last < sentence.Last && (index.IsCue(date.Last, Cue.Every) || (_text.GapBefore(date.Last).Trim() is "-" or "–" && !EndsDayRange(date, sentence))))
        {
            return true;
        }

        if (date.First > sentence.First && _text.GapBefore(date.First).Trim() is "-" or "–" && _text[date.First - 1].IsNumber)
        {
            return true;
        }

        for (var k = date.First - 1; k >= Math.Max(sentence.First, date.First - 8); k--)
        {
            if (index.Instruments.StartingAt(k) is not null)
            {
                return false;
            }

            if (index.DocumentReferences.StartingAt(k) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "on February 27 – 29": a bare later day after the dash, with no month or year of its own, ends a range of days of
    /// one event, which is dated by its first day (unlike "18/7/1962 - 18/7/2022", an anniversary).
    /// </summary>
    private bool EndsDayRange(DateMention date, Sentence sentence) => DayRangeEnd(date, sentence) is not null;

    /// <summary>The last day of "June 8 – 10", "July 23-28" when the date opens such a range.</summary>
    private int? DayRangeEnd(DateMention date, Sentence sentence)
    {
        var end = date.Last;
        if (date.Day is not { } first || end >= sentence.Last || _text.GapBefore(end).Trim() is not ("-" or "–") || !_text[end].IsNumber || _text[end].Length > 2
            || !int.TryParse(_text[end].NameKey, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var last)
            || last <= first || last > 31)
        {
            return null;
        }

        var ends = end + 1 >= sentence.Last
            || (_text.GapBefore(end + 1).Trim().Length == 0 && !_text[end + 1].IsNumber && index.Rules.Dates.MonthOf(_text[end + 1]) is null)
            || _text.GapBefore(end + 1).Trim() is "," or ".";

        return ends ? last : null;
    }

    private Anchor? Nearest(List<Anchor> anchors, int first, int last, Sentence sentence, bool sameClauseOnly)
    {
        var clause = ClauseOf(sentence, first);
        Anchor? preceding = null;
        Anchor? following = null;
        foreach (var anchor in anchors)
        {
            if (ClauseOf(sentence, anchor.First) != clause)
            {
                continue;
            }

            if (anchor.Last <= first)
            {
                preceding = anchor;
            }
            else if (anchor.First >= last && following is null)
            {
                following = anchor;
            }
        }

        if (preceding is not null || following is not null || sameClauseOnly)
        {
            return preceding ?? following;
        }

        return anchors.LastOrDefault(anchor => anchor.Last <= first) ?? anchors.FirstOrDefault(anchor => anchor.First >= last);
    }

    /// <summary>Clauses are separated by semicolons; the clause numbers of the current sentence are computed once.</summary>
    private int ClauseOf(Sentence sentence, int token)
    {
        if (_clauseSentence != sentence)
        {
            _clauseSentence = sentence;

            // One buffer for the analyser's sentences, grown for the longest: only the current sentence's part is read.
            if (_clauses.Length < sentence.Last - sentence.First)
            {
                _clauses = new int[Math.Max(sentence.Last - sentence.First, 2 * _clauses.Length)];
            }

            if (_clauses.Length > 0)
            {
                _clauses[0] = 0;
            }

            for (var k = sentence.First + 1; k < sentence.Last; k++)
            {
                _clauses[k - sentence.First] = _clauses[k - sentence.First - 1] + (_text.GapBefore(k).Contains(';') ? 1 : 0);
            }
        }

        return _clauses[Math.Clamp(token, sentence.First, sentence.Last - 1) - sentence.First];
    }

    private void MarkStatus(Sentence sentence, List<Anchor> anchors, bool isTitle)
    {
        var imperative = StartsWithImperativeSigning(sentence);
        var pastPeriod = !isTitle && OpensWithPastPeriod(sentence);
        foreach (var anchor in anchors)
        {
            var clause = ClauseOf(sentence, anchor.First);
            var cuesBefore = _cuesBefore;
            cuesBefore.Clear();
            foreach (var cue in index.Cues.SpanWithin(sentence.First, anchor.First))
            {
                if (ClauseOf(sentence, cue.First) == clause)
                {
                    cuesBefore.Add(cue);
                }
            }

            // "a plan to implement …": the cue inside another instrument's name is that instrument, not a plan to sign.
            anchor.Planned = imperative || PlannedCueBefore(anchor, anchors, cuesBefore, Cue.Planned);
            if (PlannedCueBefore(anchor, anchors, cuesBefore, Cue.Intent))
            {
                // "wished to establish a twinning relationship", "chuẩn bị cho việc ký kết hợp tác": what a side wishes,
                // hopes or prepares to sign is a planned signing, an agreement when the instrument is left unnamed; as a
                // signing, not unnamed cooperation, it stays a record of its own beside the visit it was voiced at.
                anchor.Planned = true;
                anchor.Signed = true;
                if (anchor.Kind == InstrumentKind.Other)
                {
                    anchor.Kind = InstrumentKind.Agreement;
                }
            }

            anchor.Signed = CueBefore(anchor, cuesBefore, Cue.Sign | Cue.Issue, 3)
                || SignedRightAfter(sentence, anchor, clause);
            if (!anchor.Planned && !anchor.Signed && OpensListItem(sentence, anchor, clause))
            {
                // "Đoàn sẽ tham dự …; Hội nghị lần thứ 15 …": an item of a list after a semicolon has the status of the
                // verb that governs the list.
                anchor.Planned = GoverningStatusCue(sentence, anchor.First) is { } governing && governing.HasAny(Cue.Planned);
            }

            if (_preparing && (anchor.Cue.IsMeeting || anchor.Kind is InstrumentKind.JointCommittee or InstrumentKind.Visit) && !anchor.Signed
                && !cuesBefore.Any(cue => cue.Value.HasAny(Cue.Background)))
            {
                // A title "Ready for …": an article on the preparations, whose meetings (the title's too) are still to
                // be held however its sentences speak of them (the days a meeting "takes place" are its schedule).
                anchor.Planned = true;
            }

            if (isTitle)
            {
                continue;
            }

            // A signing after the review cue is news ("reviewed …, then signed the MOU"), unless it names where the
            // reviewed things were signed (a review of what was "ký kết tại" a named programme or meeting).
            var background = cuesBefore.LastOrDefault(cue => cue.Value.HasAny(Cue.Background));
            if ((background.Last > background.First && !SignedAfterWithoutVenue(cuesBefore, background.Last))
                || (!anchor.Planned && cuesBefore.Any(cue => cue.Value.HasAny(Cue.ToDate))))
            {
                // "tính đến nay … đã ký …", "has so far signed …": a count of what was signed up to now is past
                // context, though its verb is a signing one.
                anchor.Background = true;
            }

            if (pastPeriod && clause == 0 && !anchor.Planned)
            {
                // "Trong những năm qua, hai tỉnh đã ký …" (regression vi-136): what was signed in the period just past.
                anchor.Background = true;
            }

            if (!anchor.Planned && anchor.Signed && anchor.Date is null && AsideBesideMeeting(anchor, anchors, cuesBefore))
            {
                // "At a reception for …, he said …, adding that the council signed agreements with …": what a speaker
                // adds at the meeting the sentence reports was signed before it.
                anchor.Background = true;
            }

            if (ImplementsEarlierInstrument(sentence, anchor, anchors, cuesBefore))
            {
                // What is being implemented was concluded before.
                anchor.Background = true;
                anchor.Planned = false;
            }
        }

        if (!isTitle)
        {
            MarkMeetingsOfPastSignings(sentence, anchors);
        }
    }

    // The status rules below are loops rather than lambdas over the anchor: MarkStatus runs for every anchor of every
    // sentence, and a lambda capturing the anchor allocates a closure and a delegate each time.

    /// <summary>A plan (or intent) cue of the anchor's clause at most ten words before it, not inside another anchor.</summary>
    private static bool PlannedCueBefore(Anchor anchor, List<Anchor> anchors, List<VocabularyMatch<Cue>> cuesBefore, Cue flags)
    {
        foreach (var cue in cuesBefore)
        {
            if (cue.Value.HasAny(flags) && anchor.First - cue.Last <= 10 && !InsideOtherAnchor(anchor, anchors, cue.First))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InsideOtherAnchor(Anchor anchor, List<Anchor> anchors, int token)
    {
        foreach (var other in anchors)
        {
            if (other != anchor && other.First <= token && token < other.Last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A cue with one of <paramref name="flags"/> ending at most <paramref name="distance"/> words before the anchor.</summary>
    private static bool CueBefore(Anchor anchor, List<VocabularyMatch<Cue>> cuesBefore, Cue flags, int distance)
    {
        foreach (var cue in cuesBefore)
        {
            if (cue.Value.HasAny(flags) && anchor.First - cue.Last <= distance)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A signing cue from token <paramref name="from"/> on that is not followed by a venue cue.</summary>
    private bool SignedAfterWithoutVenue(List<VocabularyMatch<Cue>> cuesBefore, int from)
    {
        foreach (var cue in cuesBefore)
        {
            if (cue.Value.HasAny(Cue.Sign) && cue.First >= from && !index.IsCue(cue.Last, Cue.Venue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words may stand before a past period's phrase that opens its sentence ("Trong", "Over").</summary>
    private const int MaxPastPeriodLead = 1;

    /// <summary>
    /// "Trong những năm qua, …", "In recent years, …": a phrase naming the period just past, at the head of the
    /// sentence (one word may lead it) and closed by a comma, is a time adverbial of the whole clause that follows; in a
    /// review ("đánh giá kết quả hợp tác giai đoạn vừa qua và ký kết …") it is an object, and the signing stays news.
    /// </summary>
    private bool OpensWithPastPeriod(Sentence sentence)
    {
        for (var k = sentence.First; k <= Math.Min(sentence.Last - 1, sentence.First + MaxPastPeriodLead); k++)
        {
            if (index.Cues.StartingAt(k) is { } cue && cue.Value.HasAny(Cue.PastPeriod) && cue.Last < sentence.Last
                && _text.GapBefore(cue.Last).Contains(','))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "implement the agreements signed at the 4th annual conference … and the 10th meeting of the joint working group",
    /// "thực hiện các thỏa thuận ký tại Hội nghị lần thứ 15 …": the meetings named as where a past instrument was signed
    /// were held with it, before the news, so they are past context too. Up to the next status cue of the sentence.
    /// </summary>
    private void MarkMeetingsOfPastSignings(Sentence sentence, List<Anchor> anchors)
    {
        for (var k = 0; k + 1 < anchors.Count; k++)
        {
            var signed = anchors[k];
            if (!signed.Background || signed.IsWeak || signed.Planned)
            {
                continue;
            }

            var venue = -1;
            foreach (var cue in index.Cues.SpanWithin(signed.Last, Math.Min(sentence.Last, signed.Last + 2)))
            {
                if (cue.Value.HasAny(Cue.Sign) && cue.Last < sentence.Last && index.IsCue(cue.Last, Cue.Venue))
                {
                    venue = cue.Last + 1;
                    break;
                }
            }

            if (venue < 0)
            {
                continue;
            }

            foreach (var meeting in anchors.Skip(k + 1))
            {
                if (index.HasCue(venue, meeting.First, Cue.Sign | Cue.Issue | Cue.Planned))
                {
                    break;
                }

                if (meeting.Kind == InstrumentKind.JointCommittee || meeting.Cue.IsMeeting)
                {
                    meeting.Background = true;
                    meeting.Planned = false;
                }
            }
        }
    }

    /// <summary>
    /// The anchor's clause opens with a speaker's aside ("adding that …") and an earlier anchor of the sentence is the
    /// meeting or reception the sentence reports.
    /// </summary>
    private static bool AsideBesideMeeting(Anchor anchor, List<Anchor> anchors, List<VocabularyMatch<Cue>> cuesBefore) =>
        cuesBefore.Any(cue => cue.Value.HasAny(Cue.Aside))
        && anchors.Exists(other => other.Last <= anchor.First && other.Kind == InstrumentKind.Visit && !other.Planned);

    /// <summary>How many words of a list item may stand before its instrument ("Hội nghị lần thứ 15").</summary>
    private const int MaxListItemLead = 6;

    /// <summary>
    /// The anchor is named at the head of a clause after a semicolon, at most a meeting's words before it ("Hội nghị
    /// lần thứ 15 Ủy ban công tác liên hợp"), with no status cue of the clause's own.
    /// </summary>
    private bool OpensListItem(Sentence sentence, Anchor anchor, int clause)
    {
        if (clause == 0)
        {
            return false;
        }

        var start = anchor.First;
        while (start > sentence.First && ClauseOf(sentence, start - 1) == clause)
        {
            start--;
        }

        return anchor.First - start <= MaxListItemLead
            && !index.HasCue(start, anchor.First, Cue.Planned | Cue.Sign | Cue.Issue | Cue.Background);
    }

    /// <summary>The status cues (planned, signed, issued, past) of the last cue before the token in the sentence that has one.</summary>
    private Cue? GoverningStatusCue(Sentence sentence, int before)
    {
        Cue? last = null;
        foreach (var cue in index.Cues.SpanWithin(sentence.First, before))
        {
            if (cue.Value.HasAny(Cue.Planned | Cue.Sign | Cue.Issue | Cue.Background))
            {
                last = cue.Value;
            }
        }

        return last;
    }

    /// <summary>A signing or issue cue of the anchor's clause within the four words after it: "the MoU was signed".</summary>
    private bool SignedRightAfter(Sentence sentence, Anchor anchor, int clause)
    {
        foreach (var cue in index.Cues.SpanWithin(anchor.Last, Math.Min(sentence.Last, anchor.Last + 4)))
        {
            if (cue.Value.HasAny(Cue.Sign | Cue.Issue) && ClauseOf(sentence, cue.First) == clause)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Thực hiện thỏa thuận … đã ký, hai bên …", "The meeting was part of an agreement signed in February": the
    /// instrument a sentence says is being implemented is the framework of the news, signed before it, not a second
    /// current event. Not when the sentence signs something after the cue ("Thực hiện chủ trương …, hai bên ký …"), nor
    /// when a plan before the cue is the one implementing it ("Kế hoạch thực hiện thỏa thuận …": linked instead).
    /// </summary>
    private const int MaxImplementsDistance = 8;

    /// <summary>
    /// How far the first written instrument after the cue may stand, its owner and other objects between: "implement", the
    /// provinces' rules on one field, then "and agreement on …": the agreement is what is implemented.
    /// </summary>
    private const int MaxImplementedObject = 16;

    private static bool IsWrittenInstrument(Anchor anchor) =>
        !anchor.Cue.IsMeeting && anchor.Kind is not (InstrumentKind.Visit or InstrumentKind.JointCommittee or InstrumentKind.Other);

    private static Anchor? FirstAnchorAfter(List<Anchor> anchors, int token)
    {
        Anchor? first = null;
        foreach (var anchor in anchors)
        {
            if (anchor.First >= token && (first is null || anchor.First < first.First))
            {
                first = anchor;
            }
        }

        return first;
    }

    private bool ImplementsEarlierInstrument(Sentence sentence, Anchor anchor, List<Anchor> anchors, List<VocabularyMatch<Cue>> cuesBefore)
    {
        // "as part of the governor's visit to the province": a visit is the occasion of what is signed, not a framework.
        var implements = cuesBefore.LastOrDefault(cue => cue.Value.HasAny(Cue.Implements));
        if (implements.Last <= implements.First || anchor.Cue.Travel
            || anchor.First - implements.Last > (IsWrittenInstrument(anchor) && FirstAnchorAfter(anchors, implements.Last) == anchor ? MaxImplementedObject : MaxImplementsDistance))
        {
            return false;
        }

        var clause = ClauseOf(sentence, anchor.First);
        return !cuesBefore.Any(cue => cue.Value.HasAny(Cue.Sign | Cue.Issue | Cue.Planned) && cue.First >= implements.Last)
            && !anchors.Any(other => other != anchor && other.Kind == InstrumentKind.Plan && other.Last <= implements.First && ClauseOf(sentence, other.First) == clause);
    }

    /// <summary>An item of an implementation plan that starts "Ký thỏa thuận…" (sign an agreement) plans the signing.</summary>
    private bool StartsWithImperativeSigning(Sentence sentence)
    {
        var first = sentence.First;
        while (first < sentence.Last && _text[first].IsNumber)
        {
            first++;
        }

        return first < sentence.Last && _text[first].IsCapitalized && index.IsCue(first, Cue.Imperative);
    }

    private void LinkAnchors(Sentence sentence, List<Anchor> anchors)
    {
        for (var k = 0; k + 1 < anchors.Count; k++)
        {
            var from = anchors[k];
            var to = anchors[k + 1];
            if (ClauseOf(sentence, from.First) != ClauseOf(sentence, to.First) || from.IsWeak || to.IsWeak)
            {
                continue;
            }

            var between = index.CuesWithin(from.First, to.First);
            if (between.HasAny(Cue.Replaces))
            {
                from.Links.Add((LinkType.Replaces, to));
            }
            else if (between.HasAny(Cue.Renews))
            {
                from.Links.Add((LinkType.Renews, to));
            }
            else if (between.HasAny(Cue.Implements) && from.Kind == InstrumentKind.Plan && to.Kind != InstrumentKind.Plan)
            {
                from.Links.Add((LinkType.Implements, to));
            }
        }
    }

    /// <summary>"Tại đây, hai bên ký…": the signing took place at the event of the previous sentence, on its date.</summary>
    private void ApplyAnaphora(Sentence sentence, List<Anchor> anchors)
    {
        if (_lastEventDate is null || index.Anaphora.StartingAt(sentence.First) is null)
        {
            return;
        }

        var signs = index.HasCue(sentence.First, sentence.Last, Cue.Sign | Cue.Issue);
        foreach (var anchor in anchors)
        {
            if (anchor.Date is null && (signs || anchor.Kind is InstrumentKind.Visit or InstrumentKind.JointCommittee or InstrumentKind.Award))
            {
                anchor.Date = _lastEventDate;
            }
        }
    }

    /// <summary>
    /// "Sáng 5/2, … chứng kiến Lễ trao các văn kiện hợp tác …", "witnessed the exchange ceremony …": the day of a
    /// ceremony of documents, though its sentence, often of national leaders, states no instrument of the provinces.
    /// </summary>
    private void RememberCeremonyDate(Sentence sentence)
    {
        if (!index.HasCue(sentence.First, sentence.Last, Cue.Ceremony))
        {
            return;
        }

        var (dates, _) = index.DatesIn(sentence.First, sentence.Last);
        if (dates.FirstOrDefault(date => date.Day is not null && !IgnoredDate(date, sentence)) is { } day)
        {
            _ceremonyDate = day;
        }
    }

    /// <summary>
    /// "Các văn kiện hợp tác gồm: …; Biên bản ghi nhớ giữa tỉnh A và tỉnh B; …", "The documents exchanged include …":
    /// the documents listed are those of the ceremony before, signed or handed over on its day.
    /// </summary>
    private void DateListedDocuments(Sentence sentence, List<Anchor> anchors)
    {
        if (_ceremonyDate is not { } day || anchors.Count == 0)
        {
            return;
        }

        var first = anchors.Min(anchor => anchor.First);
        if (!index.HasCue(sentence.First, first, Cue.DocumentList))
        {
            return;
        }

        foreach (var anchor in anchors)
        {
            if (anchor.Date is null && !anchor.Planned && !anchor.Background)
            {
                anchor.Date = day;
            }
        }
    }

    /// <summary>
    /// The day of the sentence's last dated event, which "Tại đây", "During the visit" in the next sentence refer to; not
    /// a past instrument's ("signed an agreement … on April 2, 2014" names no occasion a later sentence is at).
    /// </summary>
    private void RememberEventDate(List<Anchor> anchors)
    {
        if (anchors.Where(anchor => !anchor.Background).Select(anchor => anchor.Date).LastOrDefault(date => date?.Day is not null) is { } date)
        {
            _lastEventDate = date;
        }
    }

    /// <summary>
    /// Splits a sentence between its instrument phrases where a new clause with its own parties starts ("Luc Ngan
    /// district will sign an MOU with Anuvong district and the Women's Union will sign an MOU with its counterpart").
    /// </summary>
    private List<(int First, int Last, List<Anchor> Anchors)> Territories(Sentence sentence, List<Anchor> anchors, List<PlaceMention> sentencePlaces)
    {
        var sorted = ByFirstToken(anchors);
        var boundaries = new List<int>(4) { sentence.First };
        for (var k = 1; k < sorted.Count; k++)
        {
            var previous = sorted[k - 1];
            var next = sorted[k];
            // From the next instrument's own first word: a semicolon right before it opens an item of a list
            // ("…giữa tỉnh A và tỉnh B; Biên bản ghi nhớ giữa tỉnh A và tỉnh C").
            for (var p = next.First; p >= previous.Last; p--)
            {
                // "và"/"and" joins clauses only when no name follows it directly (in "A, B và C" it joins names);
                // ", đồng thời", ", while" open a new clause.
                // The "và"/"and" of "giữa A và B", "between A and B" joins the two members, whatever follows it.
                // "đã ký 2 thỏa thuận … và 5 quy chế … với tỉnh …": a counted instrument right after "và" is a second
                // object of the same verb, whose parties the clause names once for both.
                var coordinator = p < next.First && ((index.IsCue(p, Cue.Conjunction) && !StartsName(sentencePlaces, p + 1) && !ClosesBetween(p, boundaries[^1])
                        && !(previous.Counted && next.Counted && next.First - p <= MaxCountWords + MaxCountModifiers + 1))
                    || (_text.GapBefore(p).Contains(',') && index.IsCue(p, Cue.ClauseOpener)));
                // The right-hand clause has parties of its own: named before its instrument, or after it following "giữa"/"between".
                if ((coordinator || _text.GapBefore(p).Contains(';'))
                    && HasParty(sentencePlaces, boundaries[^1], p)
                    && (HasParty(sentencePlaces, p, next.First) || (NamesBetweenOrWith(next.Last, sentence.Last) && HasParty(sentencePlaces, next.Last, int.MaxValue))))
                {
                    boundaries.Add(p);
                    break;
                }
            }
        }

        if (sorted.Count > 0)
        {
            TrimTrailingClause(sentence, sorted[^1], sentencePlaces, boundaries);
        }

        boundaries.Add(sentence.Last);
        var groups = new List<(int, int, List<Anchor>)>(boundaries.Count - 1);
        for (var k = 0; k + 1 < boundaries.Count; k++)
        {
            var (first, last) = (boundaries[k], boundaries[k + 1]);
            List<Anchor>? inside = null;
            foreach (var anchor in sorted)
            {
                if (anchor.First >= first && anchor.First < last)
                {
                    (inside ??= []).Add(anchor);
                }
            }

            if (inside is not null)
            {
                groups.Add((first, last, inside));
            }
        }

        return groups;
    }

    /// <summary>
    /// "ký thỏa thuận với tỉnh A; đồng thời giữ quan hệ với tỉnh B, C": a clause after the last instrument that opens
    /// with its own verb phrase ("; đồng thời", ", while") and names other units states nothing of that instrument. Once the instrument's clause names both
    /// sides, the trailing clause is cut off, so that its units are no parties of the instrument.
    /// </summary>
    private void TrimTrailingClause(Sentence sentence, Anchor lastAnchor, List<PlaceMention> sentencePlaces, List<int> boundaries)
    {
        for (var p = Math.Max(lastAnchor.Last, boundaries[^1] + 1); p < sentence.Last; p++)
        {
            var gap = _text.GapBefore(p);
            if ((gap.Contains(',') || gap.Contains(';')) && index.IsCue(p, Cue.ClauseOpener)
                && HasParty(sentencePlaces, p, sentence.Last)
                && HasBothCountries(NamedParties(boundaries[^1], p)))
            {
                boundaries.Add(p);
                return;
            }
        }
    }

    private const int BetweenReach = 8;

    /// <summary>
    /// Is the conjunction at <paramref name="conjunction"/> the second half of "giữa … và", "between … and": "between"
    /// a few words before it, in the same clause (no comma or semicolon in between), not before <paramref name="first"/>.
    /// </summary>
    private bool ClosesBetween(int conjunction, int first)
    {
        for (var k = conjunction - 1; k >= Math.Max(first, conjunction - BetweenReach); k--)
        {
            if (_text.GapBefore(k + 1).IndexOfAny([',', ';', '.', '(']) >= 0)
            {
                return false;
            }

            if (index.IsCue(k, Cue.Between))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Does "giữa"/"between" within tokens [<paramref name="first"/>, <paramref name="last"/>) open sides of which one
    /// is a territory no place mention names: "between Hanoi and Kyushu region", "giữa Hà Nội và vùng Kyushu"?
    /// </summary>
    private bool NamesUnlistedSide(int first, int last)
    {
        foreach (var cue in index.Cues.SpanWithin(first, last))
        {
            if (!cue.Value.HasAny(Cue.Between))
            {
                continue;
            }

            for (var k = cue.Last; k < Math.Min(last, cue.Last + BetweenReach); k++)
            {
                if (k > cue.Last && _text.GapBefore(k).IndexOfAny([',', ';', '.', '(']) >= 0)
                {
                    break;
                }

                if ((k == cue.Last || index.IsCue(k - 1, Cue.And)) && UnlistedTerritoryAt(k, last))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A territory's name that no place mention covers, with its type word before it ("vùng Kyushu") or after it ("Kyushu region").</summary>
    private bool UnlistedTerritoryAt(int token, int last)
    {
        if (index.IsCue(token, Cue.Article))
        {
            token++;
        }

        if (index.Cues.StartingAt(token) is { } typeWord && typeWord.Value.HasAny(Cue.Region))
        {
            return typeWord.Last < last && _text[typeWord.Last].IsCapitalized && !PlaceCovers(typeWord.Last);
        }

        var end = token;
        while (end < last && _text[end].IsCapitalized && !PlaceCovers(end) && !index.IsCue(end, Cue.Region))
        {
            end++;
        }

        return end > token && end < last && index.IsCue(end, Cue.Region);
    }

    private bool PlaceCovers(int token)
    {
        var i = FirstPlaceFrom(token + 1) - 1;
        return i >= 0 && places[i].First <= token && places[i].Last > token;
    }

    /// <summary>The anchors in order of their first token, those that start together in the order given (a stable sort).</summary>
    private static List<Anchor> ByFirstToken(List<Anchor> anchors)
    {
        var sorted = new List<Anchor>(anchors.Count);
        foreach (var anchor in anchors)
        {
            var at = sorted.Count;
            while (at > 0 && sorted[at - 1].First > anchor.First)
            {
                at--;
            }

            sorted.Insert(at, anchor);
        }

        return sorted;
    }

    /// <summary>Does a place that can be a party lie within tokens [<paramref name="first"/>, <paramref name="last"/>]?</summary>
    private static bool HasParty(List<PlaceMention> sentencePlaces, int first, int last)
    {
        foreach (var place in sentencePlaces)
        {
            if (CanBeParty(place) && place.First >= first && place.Last <= last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Is "giữa"/"between" or "với"/"with" written within tokens [<paramref name="first"/>, <paramref name="last"/>)?</summary>
    private bool NamesBetweenOrWith(int first, int last)
    {
        foreach (var cue in index.Cues.SpanWithin(first, last))
        {
            if (cue.Value.HasAny(Cue.Between) || index.IsCue(cue.First, Cue.With))
            {
                return true;
            }
        }

        return false;
    }

    private bool StartsName(List<PlaceMention> sentencePlaces, int token) =>
        PlaceStartsAt(sentencePlaces, token)
        || (index.Cues.StartingAt(token) is { } cue && cue.Value.HasAny(Cue.Province | Cue.City | Cue.District) && PlaceStartsAt(sentencePlaces, cue.Last));

    private static bool PlaceStartsAt(List<PlaceMention> sentencePlaces, int token)
    {
        foreach (var place in sentencePlaces)
        {
            if (place.First == token)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How many units the parties are: a province named as the predecessor of another one named with it ("Vĩnh Phúc
    /// trước đây và nay là Phú Thọ") is that one, and so is a city named with its own province ("Brisbane city of
    /// Queensland").
    /// </summary>
    private static int Distinct(List<PartyRef> parties) =>
        parties.DistinctBy(party => party.Key).Count(party => !parties.Any(other => other.Key != party.Key
            && party.Candidates.All(unit => unit.Successors.Any(link => other.Candidates.Any(candidate => candidate.Id == link.Unit.Id))
                || (unit.Parent is { } parent && other.Candidates.Contains(parent)))));

    /// <summary>The parties a part of a sentence names itself, one per name.</summary>
    private List<PartyRef> NamedParties(int first, int last)
    {
        var named = new List<PartyRef>();
        foreach (var place in PartyPlacesIn(first, last))
        {
            var party = PartyRef.From(place, place.OrganisationFirst >= 0 ? _text.Slice(Math.Min(_text[place.OrganisationFirst].Start, place.Start), Math.Max(_text[place.OrganisationLast - 1].End, place.End)) : place.DistrictName);
            if (IndexOfKey(named, party.Key) < 0)
            {
                named.Add(party);
            }
        }

        return named;
    }

    private List<PartyRef>? PartiesFor(Zone zone, Sentence sentence, int first, int last, List<Anchor> anchors)
    {
        var groupPlaces = PartyPlacesIn(first, last);
        var explicitParties = new List<PartyRef>(groupPlaces.Count);
        foreach (var place in groupPlaces)
        {
            var organisation = place.OrganisationFirst >= 0
                ? _text.Slice(Math.Min(_text[place.OrganisationFirst].Start, place.Start), Math.Max(_text[place.OrganisationLast - 1].End, place.End))
                : place.DistrictName;
            var party = PartyRef.From(place, organisation);
            var existing = IndexOfKey(explicitParties, party.Key);
            if (existing < 0)
            {
                explicitParties.Add(party);
            }
            else if (explicitParties[existing].Level is null && party.Level is not null)
            {
                explicitParties[existing] = party;
            }
        }

        InheritCoordinatedLevels(groupPlaces, explicitParties);
        var bothSides = index.HasCue(first, last, Cue.BothSides);
        var counterpart = index.HasCue(first, last, Cue.Counterpart | Cue.Delegation) || explicitParties.Any(party => party.IsCounterpart)
            || StartsWithHomeSubject(sentence);
        List<PartyRef> parties;
        if (HasBothCountries(explicitParties))
        {
            parties = explicitParties;
        }
        else if (explicitParties.Count > 0 && first > sentence.First && SubjectOf(sentence, first) is { Count: > 0 } subject
            && subject.Any(party => !explicitParties.Exists(known => known.Country == party.Country)))
        {
            // A later clause of the sentence shares its subject: "Quảng Trị ký với A, B, đồng thời hội đàm với C". A city
            // of a subject's own province that the clause names ("… met and signed a memorandum …, in the
            // province's Da Lat city", regression en-118) says where, so that province stays the side (the city folds into it below), at
            // no level of its own: the subject's office acts in the clause before, not in where it signed.
            var countries = explicitParties.Select(party => party.Country).ToHashSet(StringComparer.Ordinal);
            parties = [.. explicitParties, .. subject.Where(party => !countries.Contains(party.Country)),
                .. subject.Where(party => countries.Contains(party.Country)
                    && explicitParties.Exists(named => CityInItsProvince.LiesWithin(named.Candidates, party.Candidates)))
                    .Select(party => party with { Level = null })];
        }
        else if (_pair is null && counterpart && explicitParties.Count > 0 && anchors.Any(anchor => !anchor.IsWeak && anchor.Signed)
            && (TitlePartyAcross(explicitParties) ?? EarlierPartyAcross(zone, sentence, explicitParties)) is { } titleParty)
        {
            // "Đoàn công tác đã hội đàm và ký kết bản ghi nhớ … với tỉnh Irkutsk" before the text names both sides: the
            // delegation signing with the named side is the one province of the other side that the title names, or,
            // when the title names none, the one unit of that side the text has named so far ("the Japanese delegation
            // has signed a memorandum with Hai Duong" after a governor's reception that named his prefecture only).
            parties = [.. explicitParties, titleParty];
        }
        else if (HostOfVisitAbroad(explicitParties, anchors) is { } visitors)
        {
            // "… concluded a working visit to Cuba." "The visit aimed to realise an agreement with Pinar del Río
            // province": the host the next sentence names, with the visitors, is the pair the text is about.
            parties = [.. explicitParties, .. visitors];
            _pair = [.. parties.Select(party => party with { Level = null, IsCounterpart = false })];
            _visitAbroad = null;
        }
        else if (_pair is null)
        {
            return null;
        }
        else if (bothSides && explicitParties.All(party => _pair.Any(member => member.Key == party.Key || CityInItsProvince.LiesWithin(member.Candidates, party.Candidates))))
        {
            // "Leaders of the two cities held talks in … the province of Lam Dong": the province of a city of the pair
            // names where that city is, not a third side.
            parties = [.. _pair];
        }
        else if (explicitParties.Count > 0 && index.Anaphora.StartingAt(sentence.First) is not null
            && anchors.Any(anchor => !anchor.IsWeak && anchor.Signed)
            && explicitParties.TrueForAll(party => _pair.Exists(member => member.Key == party.Key)))
        {
            // "On this occasion, Vanxay and the Chairman of Quang Binh signed an MOU": the occasion's two sides, one
            // of them named only through its leader's name.
            parties = [.. _pair];
        }
        else if (explicitParties.Count > 0 && (counterpart || bothSides
            || (index.HasCue(first, last, Cue.HomeBody) && !explicitParties.Exists(party => party.Country == "VN"))))
        {
            // The named side meets "its counterpart", "tỉnh bạn", the delegation: the other side of the pair. A
            // "municipal People's Council" signing with foreign councils: the body of the pair's Vietnamese side, its name unsaid.
            var vietnameseNamed = explicitParties.Exists(party => party.Country == "VN");
            parties = [.. explicitParties, .. _pair.Where(member => vietnameseNamed ? member.Country != "VN" : member.Country == "VN")];
        }
        else if (explicitParties.Count == 0 && zone.Source == RelationSource.Article && !CountsUnnamedUnits(first, last)
            && anchors.Any(anchor => anchor.UnnamedSigning || (!anchor.IsWeak && (anchor.Cue.RefersToDocument || anchor.Number is not null || anchor.Period is not null || anchor.Date is not null
                || (anchor.Background && index.HasCue(sentence.First, anchor.First, Cue.Background))
                || index.HasCue(sentence.First, sentence.Last, Cue.Sign | Cue.Issue)))))
        {
            // An instrument the sentence reviews ("Re-evaluating the results of … the memorandum at the 14th Conference")
            // is the pair's, as is one it signs or dates, and a document signed for their twinning by sides named only
            // as a commune and a hamlet cluster below the gazetteer's units (a caption).
            parties = [.. _pair];
        }
        else
        {
            return null;
        }

        if (!HasBothCountries(parties))
        {
            return null;
        }

        CityInItsProvince.Fold(parties, party => party.Candidates, wholeEvent: false);
        var domainLevel = DomainLevel(first, last, anchors);
        var explicitLevel = parties.Select(party => party.Level).FirstOrDefault(level => level is not null && level != PartyLevel.District);
        return [.. parties.Select(party =>
            party.Level is not null ? party
            : party.IsCounterpart && explicitLevel is not null ? party with { Level = explicitLevel }
            : domainLevel is not null ? party with { Level = domainLevel }
            : party)];
    }

    /// <summary>How many sentences after a visit to a country the host province may still be named.</summary>
    private const int SentencesToNameHost = 2;

    /// <summary>
    /// "A delegation of Dong Nai … concluded a working visit to Cuba", "Đoàn … sang thăm Cuba": a current visit by
    /// Vietnamese parties only, to a country rather than a unit. The next sentences may name the host province.
    /// </summary>
    private void RememberVisitAbroad(int first, int last, List<Anchor> anchors)
    {
        if (_pair is not null || NamedParties(first, last) is not { Count: > 0 } visitors || !visitors.TrueForAll(party => party.Country == "VN"))
        {
            return;
        }

        foreach (var anchor in anchors)
        {
            if (anchor.Kind == InstrumentKind.Visit && anchor.Cue.Travel && !anchor.Planned && !anchor.Background
                && CountryVisited(anchor) is { } country and not "VN")
            {
                _visitAbroad = new VisitAbroad(visitors, country, _sentenceNumber);
                return;
            }
        }
    }

    /// <summary>"visit to Cuba", "visited Cuba", "thăm và làm việc tại Séc": the country written right after a travel word.</summary>
    private string? CountryVisited(Anchor anchor)
    {
        var towards = Cue.VisitTo | Cue.Venue;
        var position = anchor.Last;
        if (index.Cues.StartingAt(anchor.Last - 1) is { } spanning && spanning.Value.HasAny(towards) && spanning.Last > anchor.Last)
        {
            position = spanning.Last;
        }
        else if (position < _text.Count && index.IsCue(position, towards))
        {
            position = index.Cues.StartingAt(position)?.Last ?? position + 1;
        }

        if (position < _text.Count && _text[position].NameKey == "the")
        {
            position++;
        }

        return position < _text.Count && _text.GapBefore(position).IndexOfAny(",;.()") < 0 ? PlaceFinder.CountryAt(_text, names, position) : null;
    }

    /// <summary>
    /// The visitors of the last visit to a country, when this part of a sentence speaks of a visit and names only units of
    /// that country, within <see cref="SentencesToNameHost"/> sentences of it.
    /// </summary>
    private List<PartyRef>? HostOfVisitAbroad(List<PartyRef> explicitParties, List<Anchor> anchors) =>
        _visitAbroad is { } visit && _sentenceNumber - visit.Sentence <= SentencesToNameHost
            && explicitParties.Count > 0 && explicitParties.TrueForAll(party => party.Country == visit.Country)
            && anchors.Exists(anchor => anchor.Kind == InstrumentKind.Visit && anchor.Cue.Travel && !anchor.Planned)
            ? visit.Visitors
            : null;

    /// <summary>The one party of the title on the other side of <paramref name="named"/> (all of one side), if there is exactly one.</summary>
    private PartyRef? TitlePartyAcross(List<PartyRef> named)
    {
        var vietnameseNamed = named[0].Country == "VN";
        if (named.Exists(party => (party.Country == "VN") != vietnameseNamed))
        {
            return null;
        }

        var across = _titleParties.Where(party => (party.Country == "VN") != vietnameseNamed).ToList();
        return across.Count == 1 ? across[0] : null;
    }

    /// <summary>
    /// The one unit on the other side of <paramref name="named"/> (all of one side) that the zone's body names as a
    /// party before <paramref name="sentence"/>, if there is exactly one.
    /// </summary>
    private PartyRef? EarlierPartyAcross(Zone zone, Sentence sentence, List<PartyRef> named)
    {
        var vietnameseNamed = named[0].Country == "VN";
        if (zone.Body.Count == 0 || named.Exists(party => (party.Country == "VN") != vietnameseNamed))
        {
            return null;
        }

        var bodyFirst = SentenceSplitter.TokenAt(_text, zone.Body[0].Start);
        var across = PartyPlacesIn(bodyFirst, sentence.First)
            .Select(place => PartyRef.From(place, null) with { Level = null, IsCounterpart = false })
            .Where(party => (party.Country == "VN") != vietnameseNamed)
            .DistinctBy(party => party.Key)
            .ToList();
        return across.Count == 1 ? across[0] : null;
    }

    /// <summary>
    /// "The city has signed MoUs with four Australian states", "đã ký với 20 địa phương": a count of three or more units
    /// that the text does not name. What was signed with them is not the current pair's.
    /// </summary>
    private bool CountsUnnamedUnits(int first, int last)
    {
        foreach (var cue in index.Cues.SpanWithin(first, last))
        {
            if (!cue.Value.HasAny(Cue.CountedUnits))
            {
                continue;
            }

            for (var k = cue.First - 1; k >= first && k >= cue.First - 3; k--)
            {
                if (_text[k].IsNumber && _text[k].Length <= 4)
                {
                    return int.TryParse(_text[k].NameKey, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count >= 3;
                }

                if (index.Rules.Cardinals.TryMatch(_text, k, cue.First, out var word) && word.Last <= cue.First)
                {
                    return word.Value >= 3;
                }
            }
        }

        return false;
    }

    /// <summary>The parties named at the start of a sentence, before its first instrument phrase: the subject.</summary>
    private List<PartyRef>? SubjectOf(Sentence sentence, int before) =>
        SubjectFrom(sentence.First, before)
        ?? (AfterOpeningOccasion(sentence, before) is { } clauseStart ? SubjectFrom(clauseStart, before) : null);

    /// <summary>The parties named from <paramref name="start"/> up to the first instrument phrase after it (before <paramref name="before"/>).</summary>
    private List<PartyRef>? SubjectFrom(int start, int before)
    {
        var firstAnchor = index.Instruments.Within(start, before).Select(anchor => anchor.First).DefaultIfEmpty(before).First();
        var subjectPlaces = PartyPlacesIn(start, Math.Min(firstAnchor, before));
        var subject = new List<PartyRef>(subjectPlaces.Count);
        foreach (var place in subjectPlaces)
        {
            subject.Add(PartyRef.From(place, null));
        }

        return subject.Count == 0 ? null : subject;
    }

    /// <summary>
    /// "… signed a framework agreement … on May 28. Accordingly, they concluded several deals, … within five years (May 2020 –
    /// May 2025)": a sentence that opens with a consequence cue and states no relation of its own (its words name no
    /// instrument, or none with parties) spells out what was just signed, so its one period is that instrument's, when
    /// the instrument has none. The words it uses for the
    /// parts ("deals") stay no instrument: at a fair, firms' deals would otherwise be the provinces' agreements.
    /// </summary>
    private void PeriodOfConsequence(Sentence sentence, Anchor? signedJustBefore)
    {
        if (signedJustBefore is not { Period: null } || !index.IsCue(sentence.First, Cue.Consequence))
        {
            return;
        }

        var (_, periods) = index.DatesIn(sentence.First, sentence.Last);
        if (periods.Count == 1)
        {
            signedJustBefore.Period = periods[0];
        }
    }

    private static Anchor? LastSignedWritten(List<Anchor> anchors)
    {
        Anchor? last = null;
        foreach (var anchor in anchors)
        {
            if (anchor.Signed && !anchor.Planned && !anchor.Background && !anchor.IsWeak && IsWrittenInstrument(anchor))
            {
                last = anchor;
            }
        }

        return last;
    }

    /// <summary>How many words may come before the visit or trip phrase that opens a sentence ("During the working trip").</summary>
    private const int MaxOccasionLead = 3;

    /// <summary>
    /// "During the working trip to Japan, Duoc and a delegation from Long An held talks and signed …": a sentence that
    /// opens with its occasion (an `occasion_opener` cue, then a visit or trip phrase within its first few words, no
    /// party before it) names its
    /// subject after that clause's comma. The first token after the comma, or null when the sentence does not open so.
    /// </summary>
    private int? AfterOpeningOccasion(Sentence sentence, int before)
    {
        var anchors = index.Instruments.SpanWithin(sentence.First, before);
        if (anchors.IsEmpty || !index.IsCue(sentence.First, Cue.OccasionOpener))
        {
            return null;
        }

        var opening = anchors[0];
        if (opening.Value.Kind != InstrumentKind.Visit || opening.First - sentence.First > MaxOccasionLead
            || CommaWithin(sentence.First + 1, opening.First + 1) || PartyPlacesIn(sentence.First, opening.First).Count > 0)
        {
            return null;
        }

        for (var k = opening.Last; k < before; k++)
        {
            if (_text.GapBefore(k).Contains(','))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>Is a comma written before any token in [<paramref name="first"/>, <paramref name="last"/>)?</summary>
    private bool CommaWithin(int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            if (_text.GapBefore(k).Contains(','))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Tỉnh cũng đã ký…", "The province also…": the sentence's subject is the province the text is about.</summary>
    private bool StartsWithHomeSubject(Sentence sentence)
    {
        if (!_text[sentence.First].IsCapitalized || index.Cues.StartingAt(sentence.First) is not { } subject || !subject.Value.HasAny(Cue.HomeSubject)
            || subject.Last >= sentence.Last || PlaceStartsAt(subject.Last))
        {
            return false;
        }

        // "Tỉnh cũng đã ký…", "The province also signed…": the noun, then a verb phrase.
        return index.IsCue(subject.Last, Cue.SubjectContinuation | Cue.Sign | Cue.Cooperation | Cue.Support | Cue.Gift);
    }

    private static bool HasBothCountries(List<PartyRef> parties) =>
        parties.Any(party => party.Country == "VN") && parties.Any(party => party.Country != "VN");

    /// <summary>"Hội LHPN tỉnh Bắc Giang và tỉnh Xay Sổm Bun": the second name shares the first one's organisation.</summary>
    private void InheritCoordinatedLevels(List<PlaceMention> groupPlaces, List<PartyRef> parties)
    {
        for (var k = 1; k < groupPlaces.Count; k++)
        {
            var previous = groupPlaces[k - 1];
            var place = groupPlaces[k];
            if (previous.Level is not { } level || place.Level is not null || level == PartyLevel.District || place.IsDistrict)
            {
                continue;
            }

            var joined = place.First > previous.Last;
            for (var token = previous.Last; token < place.First && joined; token++)
            {
                joined = index.IsCue(token, Cue.NameJoiner) && _text.GapBefore(token).IndexOfAny(";.()") < 0;
            }

            if (joined)
            {
                var index = parties.FindIndex(party => party.Key == PartyRef.From(place, null).Key);
                if (index >= 0 && parties[index].Level is null)
                {
                    parties[index] = parties[index] with { Level = level };
                }
            }
        }
    }

    /// <summary>
    /// An organisation named for the relation as a whole: "Công an hai tỉnh", "ngành Tư pháp và Toà án hai tỉnh",
    /// "hợp tác trong công tác Mặt trận", "cooperation in court work".
    /// </summary>
    private PartyLevel? DomainLevel(int first, int last, List<Anchor> anchors)
    {
        var firstAnchor = anchors.Min(anchor => anchor.First);
        foreach (var organisation in index.Organisations.Within(first, last))
        {
            if (organisation.Value.Role != OrganisationRole.Acting || Levels.Specificity(organisation.Value.Level) < 2)
            {
                continue;
            }

            if (PlacesIn(first, last).Exists(place => place.OrganisationFirst == organisation.First))
            {
                continue;
            }

            if (index.Cues.StartingAt(organisation.Last) is { } after && after.Value.HasAny(Cue.BothSides))
            {
                return organisation.Value.Level;
            }

            if (organisation.First > firstAnchor && organisation.First > 0
                && (index.IsCue(organisation.First - 1, Cue.DomainIntro) || index.Cues.EndingAt(organisation.First) is { } intro && intro.Value.HasAny(Cue.DomainIntro)))
            {
                return organisation.Value.Level;
            }
        }

        return null;
    }

    private List<string> FieldsFor(Sentence sentence, int first, int last, int groupCount)
    {
        var (from, to) = groupCount == 1 || !index.FieldIntroductions.SpanWithin(sentence.First, sentence.Last).IsEmpty
            ? (sentence.First, sentence.Last)
            : (first, last);
        var instruments = index.Instruments.SpanWithin(from, to);
        var fields = new List<string>();
        foreach (var field in index.Fields.SpanWithin(from, to))
        {
            // "Huân chương Lao động" names an order, not a field of cooperation.
            if (!AfterAward(instruments, field.First) && !fields.Contains(field.Value))
            {
                fields.Add(field.Value);
            }
        }

        return fields;
    }

    private static bool AfterAward(ReadOnlySpan<VocabularyMatch<InstrumentCue>> instruments, int token)
    {
        foreach (var award in instruments)
        {
            if (award.Value.Kind == InstrumentKind.Award && token >= award.Last && token <= award.Last + 2)
            {
                return true;
            }
        }

        return false;
    }

    private void UpdatePair(List<PlaceMention> sentencePlaces)
    {
        var parties = new List<PartyRef>();
        foreach (var place in sentencePlaces)
        {
            if (!CanBeParty(place) || IsUnspoken(place))
            {
                continue;
            }

            var party = PartyRef.From(place, null);
            if (IndexOfKey(parties, party.Key) < 0)
            {
                parties.Add(party with { Level = null, IsCounterpart = false });
            }
        }

        // A sentence about some of the pair's members ("Lang Son … with Guangxi" after the whole committee) keeps the pair.
        if (HasBothCountries(parties) && (_pair is null || !parties.TrueForAll(party => _pair.Exists(member => member.Key == party.Key))))
        {
            _pair = parties;
        }
    }
}

/// <summary>A visit to a country by <see cref="Visitors"/>, stated in the zone's sentence number <see cref="Sentence"/>.</summary>
internal sealed record VisitAbroad(List<PartyRef> Visitors, string Country, int Sentence);
