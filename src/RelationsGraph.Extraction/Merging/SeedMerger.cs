using System.Collections.Immutable;
using System.Globalization;
using RelationsGraph.Common;
using RelationsGraph.Extraction.Identity;
using RelationsGraph.Extraction.Places;
using RelationsGraph.Extraction.Relations;
using RelationsGraph.Extraction.Rules;
using RelationsGraph.Facts;
using RelationsGraph.Seed;

namespace RelationsGraph.Extraction.Merging;

/// <summary>
/// Merges extracted facts into a graph seed. A relation that is already there (<see cref="FactIdentity"/> decides, the
/// kinds a fact's sources claim counting as its kinds) gains evidence; otherwise
/// it becomes a new instrument (or, for a named standing body, a mechanism session) with parties, evidence, people,
/// commitments and links. Reviewed instruments are never modified: they only gain evidence rows, which cite a new
/// source without changing what the fact states (a source's date that disagrees with a reviewed date is reported as a
/// warning instead of being added as a claim). Generated ids are derived from the facts, so merging the same
/// documents again changes nothing.
/// </summary>
public static class SeedMerger
{
    public static SeedMergeResult Merge(GraphSeed seed, MergedFacts facts, PlaceNames names)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(names);
        var state = new MergeState(seed, names);
        var subjects = new Dictionary<ExtractedRelation, string>();
        foreach (var relation in facts.Relations)
        {
            subjects[relation] = state.AddRelation(relation);
        }

        // A document joins the graph as the source of something it states: one that a merged fact cites.
        var cited = state.CitedDocuments();
        foreach (var document in facts.Documents.Where(document => cited.Contains(document.Id)))
        {
            state.AddDocument(document);
        }

        foreach (var relation in facts.Relations)
        {
            foreach (var (type, target) in relation.Links)
            {
                if (subjects.TryGetValue(target, out var to))
                {
                    state.AddLink(subjects[relation], type, to);
                }
            }
        }

        var merged = state.ToSeed();
        var errors = SeedValidator.Validate(merged);
        return new SeedMergeResult(merged, errors, state.Warnings, state.Counts);
    }

    /// <summary>
    /// The instrument of <paramref name="seed"/> that <see cref="Merge"/> would merge <paramref name="relation"/>
    /// into (<see cref="FactIdentity"/>, the one same-fact rule), or null.
    /// </summary>
    public static string? FindSameInstrument(GraphSeed seed, ExtractedRelation relation, PlaceNames names)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return new MergeState(seed, names).FindInstrument(relation)?.Id;
    }

    /// <summary>
    /// The other session of the same body in <paramref name="seed"/> that <paramref name="session"/> is by the same-fact
    /// rule (<see cref="FactIdentity"/>: the same ordinal, else the same day), or null.
    /// </summary>
    public static string? FindSameSession(GraphSeed seed, Session session)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(session);
        var others = seed.Sessions
            .Where(other => other.Id != session.Id && other.MechanismId == session.MechanismId)
            .OrderBy(other => other.Id, StringComparer.Ordinal)
            .ToList();
        var match = FactIdentity.FindMatch(SessionKeys(session), [.. others.Select(SessionKeys)], FactScope.Corpus);
        return match is { } index ? others[index].Id : null;
    }

    /// <summary>Are two sessions of one body the same session by the same-fact rule (<see cref="FactIdentity"/>)?</summary>
    public static bool IsSameSession(Session a, Session b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return FactIdentity.Compare(SessionKeys(a), SessionKeys(b)) == Sameness.Same;
    }

    /// <summary>Do two commitments state the same pledge by the same-fact rule (<see cref="FactIdentity"/>)?</summary>
    public static bool IsSamePledge(Commitment a, Commitment b) => FactIdentity.SamePledge(a, b);

    private static FactKeys SessionKeys(Session session)
    {
        var keys = new FactKeys();
        keys.AddOrdinal(session.Ordinal);
        keys.AddDate(session.HeldOn is { } heldOn ? DateKey.From(heldOn) : null);
        return keys;
    }

    private sealed class MergeState
    {
        private readonly GraphSeed _seed;
        private readonly PlaceNames _names;
        private readonly HashSet<string> _knownFields;
        private readonly HashSet<string> _factIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SourceDocument> _documents = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Instrument> _instruments = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Party> _parties = new(StringComparer.Ordinal);
        private readonly Dictionary<string, InstrumentLink> _links = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Mechanism> _mechanisms = new(StringComparer.Ordinal);
        private readonly Dictionary<string, MechanismMember> _members = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Session> _sessions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Commitment> _commitments = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Person> _people = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PersonRole> _personRoles = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Evidence> _evidence = new(StringComparer.Ordinal);
        private readonly List<string> _warnings = [];
        private int _newDocuments;
        private int _newInstruments;
        private int _updatedInstruments;
        private int _citedReviewed;
        private int _newSessions;

        public MergeState(GraphSeed seed, PlaceNames names)
        {
            _seed = seed;
            _names = names;
            _knownFields = [.. seed.Fields.Select(field => field.Code)];
            foreach (var document in seed.Documents)
            {
                _documents[document.Id] = document;
                _factIds.Add(document.Id);
            }

            foreach (var instrument in seed.Instruments)
            {
                _instruments[instrument.Id] = instrument;
                _factIds.Add(instrument.Id);
            }

            foreach (var party in seed.Parties)
            {
                _parties[SeedTables.Parties.Key(party)] = party;
            }

            foreach (var link in seed.InstrumentLinks)
            {
                _links[SeedTables.InstrumentLinks.Key(link)] = link;
            }

            foreach (var mechanism in seed.Mechanisms)
            {
                _mechanisms[mechanism.Id] = mechanism;
                _factIds.Add(mechanism.Id);
            }

            foreach (var member in seed.MechanismMembers)
            {
                _members[SeedTables.MechanismMembers.Key(member)] = member;
            }

            foreach (var session in seed.Sessions)
            {
                _sessions[session.Id] = session;
                _factIds.Add(session.Id);
            }

            foreach (var commitment in seed.Commitments)
            {
                _commitments[commitment.Id] = commitment;
                _factIds.Add(commitment.Id);
            }

            foreach (var person in seed.People)
            {
                _people[person.Id] = person;
                _factIds.Add(person.Id);
            }

            foreach (var role in seed.PersonRoles)
            {
                _personRoles[SeedTables.PersonRoles.Key(role)] = role;
            }

            foreach (var evidence in seed.Evidence)
            {
                _evidence[SeedTables.Evidence.Key(evidence)] = evidence;
            }

            // A rejected or merged fact's id stays its identity in the reviewers' memory: a new fact never takes it.
            foreach (var rejection in seed.Rejections)
            {
                _factIds.Add(rejection.FactId);
            }
        }

        public IReadOnlyList<string> Warnings => _warnings;

        public SeedMergeCounts Counts => new(_newDocuments, _newInstruments, _updatedInstruments, _citedReviewed, _newSessions);

        public void AddDocument(ExtractedDocument document)
        {
            if (_documents.ContainsKey(document.Id))
            {
                return;
            }

            _documents[document.Id] = new SourceDocument
            {
                Id = document.Id,
                Title = document.Title,
                PublishedOn = document.PublishedOn,
                Language = document.Language,
                ContentHash = document.ContentHash,
                File = document.FileName,
            };
            _factIds.Add(document.Id);
            _newDocuments++;
        }

        /// <summary>Adds or merges one relation; returns the id of the instrument or session it became.</summary>
        public string AddRelation(ExtractedRelation relation)
        {
            if (relation.Kind == InstrumentKind.JointCommittee && relation.Session is { Mechanism.Length: > 0 } session)
            {
                return AddSession(relation, session);
            }

            var match = FindInstrument(relation);
            if (match is null)
            {
                return CreateInstrument(relation);
            }

            if (match.Reviewed)
            {
                CiteReviewed(match, relation);
            }
            else
            {
                UpdateInstrument(match, relation);
            }

            return match.Id;
        }

        public void AddLink(string fromId, LinkType type, string toId)
        {
            if (fromId == toId || !_instruments.TryGetValue(fromId, out var from) || from.Reviewed || !_instruments.ContainsKey(toId))
            {
                return;
            }

            var link = new InstrumentLink(fromId, type, toId);
            _links.TryAdd(SeedTables.InstrumentLinks.Key(link), link);
        }

        public HashSet<string> CitedDocuments() => [.. _evidence.Values.Select(evidence => evidence.DocumentId)];

        public GraphSeed ToSeed() => _seed with
        {
            Documents = [.. _documents.Values],
            Instruments = [.. _instruments.Values],
            Parties = [.. _parties.Values],
            InstrumentLinks = [.. _links.Values],
            Mechanisms = [.. _mechanisms.Values],
            MechanismMembers = [.. _members.Values],
            Sessions = [.. _sessions.Values],
            Commitments = [.. _commitments.Values],
            People = [.. _people.Values],
            PersonRoles = [.. _personRoles.Values],
            Evidence = [.. _evidence.Values],
            Origins = RowOrigins.None,
        };

        /// <summary>The instrument the relation is, as <see cref="FactIdentity"/> decides, or null for a new one.</summary>
        public Instrument? FindInstrument(ExtractedRelation relation)
        {
            var candidates = _instruments.Values
                .Where(instrument => FactIdentity.SameSubject(
                    PartyIdsOf(instrument.Id), LevelOf(instrument.Id), KindsOf(instrument),
                    relation.PartyIds, relation.Level, [relation.Kind]))
                .OrderBy(instrument => instrument.Id, StringComparer.Ordinal)
                .ToList();
            var match = FactIdentity.FindMatch(FactKeys.Of(relation), [.. candidates.Select(KeysOf)], FactScope.Corpus);
            return match is { } index ? candidates[index] : null;
        }

        private FactKeys KeysOf(Instrument instrument)
        {
            var keys = new FactKeys();
            keys.AddNumber(instrument.Number);
            keys.AddPeriod(instrument.PeriodStart, instrument.PeriodEnd);
            foreach (var date in DatesOf(instrument))
            {
                keys.AddDate(DateKey.Parse(date));
            }

            return keys;
        }

        private IEnumerable<string> PartyIdsOf(string instrumentId) =>
            _parties.Values.Where(party => party.InstrumentId == instrumentId).Select(party => party.UnitId);

        private PartyLevel LevelOf(string instrumentId) =>
            Levels.Combine(_parties.Values.Where(party => party.InstrumentId == instrumentId).Select(party => party.Level));

        private HashSet<InstrumentKind> KindsOf(Instrument instrument)
        {
            var kinds = new HashSet<InstrumentKind> { instrument.Kind };
            foreach (var evidence in _evidence.Values.Where(evidence => evidence.SubjectId == instrument.Id && evidence.Field == ClaimFields.Kind))
            {
                if (evidence.Value is { } code && EnumCodes.TryParse<InstrumentKind>(code, out var kind))
                {
                    kinds.Add(kind);
                }
            }

            return kinds;
        }

        private HashSet<string> DatesOf(Instrument instrument)
        {
            var dates = _evidence.Values
                .Where(evidence => evidence.SubjectId == instrument.Id && evidence.Field == SeedValidator.SignedOnField && evidence.Value is not null)
                .Select(evidence => evidence.Value!)
                .ToHashSet(StringComparer.Ordinal);
            if (instrument.SignedOn is { } signedOn)
            {
                dates.Add(Format(signedOn));
            }

            return dates;
        }

        private string CreateInstrument(ExtractedRelation relation)
        {
            var id = UniqueId(relation.Id);
            _instruments[id] = new Instrument
            {
                Id = id,
                Kind = relation.Kind,
                Number = relation.Number,
                Title = TitleOf(relation),
                SignedOn = relation.SignedOn,
                PeriodStart = relation.PeriodStart,
                PeriodEnd = relation.PeriodEnd,
                Status = relation.Status,
                Fields = [.. relation.Fields.Where(_knownFields.Contains)],
                Background = relation.Background,
                Confidence = Math.Round(relation.Confidence, 2),
                Reviewed = false,
            };
            foreach (var party in relation.Parties)
            {
                var row = new Party
                {
                    InstrumentId = id,
                    UnitId = party.UnitId,
                    Level = party.Level,
                    Role = party.Role,
                    OrganisationVi = party.Organisation,
                };
                _parties[SeedTables.Parties.Key(row)] = row;
            }

            AddEvidence(id, relation, addClaims: true, statedSignedOn: null);
            AddPeople(id, relation);
            AddCommitments(id, relation);
            _newInstruments++;
            return id;
        }

        private void UpdateInstrument(Instrument instrument, ExtractedRelation relation)
        {
            AddEvidence(instrument.Id, relation, addClaims: true, statedSignedOn: null);
            var claims = DatesOf(instrument with { SignedOn = null });
            var updated = instrument with
            {
                Number = instrument.Number ?? relation.Number,
                PeriodStart = instrument.PeriodStart ?? relation.PeriodStart,
                PeriodEnd = instrument.PeriodStart is null ? relation.PeriodEnd : instrument.PeriodEnd,
                SignedOn = claims.Count == 1 ? Parse(claims.First()) : claims.Count == 0 ? instrument.SignedOn : null,
                Status = relation.Status == InstrumentStatus.Concluded ? InstrumentStatus.Concluded : instrument.Status,
                Fields = [.. instrument.Fields.Union(relation.Fields.Where(_knownFields.Contains)).Order(StringComparer.Ordinal)],
                Background = instrument.Background && relation.Background,
                Confidence = Math.Max(instrument.Confidence, Math.Round(relation.Confidence, 2)),
            };
            if (updated.SignedOn is { } stated && claims.Count > 0 && !claims.Contains(Format(stated)))
            {
                updated = updated with { SignedOn = null };
            }

            if (!Same(updated, instrument))
            {
                _updatedInstruments++;
            }

            _instruments[instrument.Id] = updated;
            AddPeople(instrument.Id, relation);
            AddCommitments(instrument.Id, relation);
        }

        private static bool Same(Instrument a, Instrument b) =>
            a with { Fields = [] } == b with { Fields = [] } && a.Fields.SequenceEqual(b.Fields, StringComparer.Ordinal);

        private void CiteReviewed(Instrument instrument, ExtractedRelation relation)
        {
            var before = _evidence.Count;
            AddEvidence(instrument.Id, relation, addClaims: true, statedSignedOn: instrument.SignedOn);
            if (relation.Kind != instrument.Kind && relation.Evidence.Count > 0)
            {
                AddEvidenceRow(instrument.Id, relation.Evidence.Min, ClaimFields.Kind, EnumCodes.ToCode(relation.Kind));
            }

            if (_evidence.Count > before)
            {
                _citedReviewed++;
            }
        }

        private void AddEvidence(string subjectId, ExtractedRelation relation, bool addClaims, DateOnly? statedSignedOn)
        {
            foreach (var evidence in relation.Evidence)
            {
                AddEvidenceRow(subjectId, evidence, null, null);
            }

            if (!addClaims)
            {
                return;
            }

            foreach (var claim in relation.Claims.Where(claim => claim.Field == ClaimFields.SignedOn))
            {
                if (statedSignedOn is { } stated && claim.Value != Format(stated))
                {
                    _warnings.Add($"{subjectId} is reviewed with signed_on {Format(stated)}, but document {claim.Evidence.DocumentId} ({claim.Evidence.Start}-{claim.Evidence.End}) gives {claim.Value}; the claim was not added");
                    continue;
                }

                AddEvidenceRow(subjectId, claim.Evidence, claim.Field, claim.Value);
            }
        }

        private void AddEvidenceRow(string subjectId, ExtractedEvidence evidence, string? field, string? value)
        {
            var row = new Evidence
            {
                SubjectId = subjectId,
                DocumentId = evidence.DocumentId,
                Start = evidence.Start,
                End = evidence.End,
                Field = field,
                Value = value,
                Quote = evidence.Quote,
            };
            _evidence.TryAdd(SeedTables.Evidence.Key(row), row);
        }

        private void AddPeople(string subjectId, ExtractedRelation relation)
        {
            foreach (var person in relation.People)
            {
                var personId = FactIdentity.PersonKey(person.Name);
                if (personId.Length == 0)
                {
                    continue;
                }

                if (!_people.ContainsKey(personId))
                {
                    if (!_factIds.Add(personId))
                    {
                        continue;
                    }

                    _people[personId] = new Person { Id = personId, Name = AsciiName(person.Name), UnitId = person.UnitId };
                }

                var role = new PersonRole { PersonId = personId, SubjectId = subjectId, Role = person.Role, Title = person.Title };
                _personRoles.TryAdd(SeedTables.PersonRoles.Key(role), role);
            }
        }

        private void AddCommitments(string instrumentId, ExtractedRelation relation)
        {
            foreach (var commitment in relation.Commitments)
            {
                var existing = _commitments.Values
                    .OrderBy(known => known.Id, StringComparer.Ordinal)
                    .FirstOrDefault(known => known.InstrumentId == instrumentId && FactIdentity.SamePledge(commitment, known));
                var id = existing?.Id ?? UniqueId(RelationIds.Slug($"{instrumentId}-{EnumCodes.ToCode(commitment.Kind)}-{commitment.Amount}-{commitment.Unit}"));
                if (existing is null)
                {
                    _commitments[id] = new Commitment
                    {
                        Id = id,
                        InstrumentId = instrumentId,
                        Kind = commitment.Kind,
                        Description = commitment.Description,
                        Amount = commitment.Amount,
                        Unit = commitment.Unit,
                        FromId = commitment.FromId,
                        ToId = commitment.ToId,
                        Years = commitment.Years,
                    };
                }

                AddEvidenceRow(id, commitment.Evidence, null, null);
            }
        }

        private string AddSession(ExtractedRelation relation, ExtractedSession session)
        {
            var members = relation.PartyIds.Order(StringComparer.Ordinal).ToList();
            var mechanismId = _mechanisms.Keys
                .Order(StringComparer.Ordinal)
                .FirstOrDefault(id => _members.Values.Where(member => member.MechanismId == id).Select(member => member.UnitId).Order(StringComparer.Ordinal).SequenceEqual(members, StringComparer.Ordinal));
            if (mechanismId is null)
            {
                mechanismId = UniqueId(RelationIds.Slug(string.Join('-', OrderedNames(relation)) + "-joint-committee"));
                _mechanisms[mechanismId] = new Mechanism { Id = mechanismId, Name = $"{session.Mechanism} of {Join(OrderedNames(relation))}" };
                foreach (var unitId in members)
                {
                    var member = new MechanismMember { MechanismId = mechanismId, UnitId = unitId };
                    _members[SeedTables.MechanismMembers.Key(member)] = member;
                }
            }

            foreach (var evidence in relation.Evidence)
            {
                AddEvidenceRow(mechanismId, evidence, null, null);
            }

            var sessions = _sessions.Values
                .Where(known => known.MechanismId == mechanismId)
                .OrderBy(known => known.Id, StringComparer.Ordinal)
                .ToList();
            var match = FactIdentity.FindMatch(FactKeys.Of(relation), [.. sessions.Select(SessionKeys)], FactScope.Corpus);
            var existing = match is { } index ? sessions[index] : null;
            var sessionId = existing?.Id;
            if (sessionId is null)
            {
                var suffix = session.Ordinal?.ToString(CultureInfo.InvariantCulture) ?? (relation.SignedOn is { } heldOn ? Format(heldOn) : "session");
                sessionId = UniqueId($"{mechanismId}-{suffix}");
                _sessions[sessionId] = new Session
                {
                    Id = sessionId,
                    MechanismId = mechanismId,
                    Ordinal = session.Ordinal,
                    HeldOn = relation.SignedOn,
                    Mode = session.Mode,
                    Title = session.Ordinal is { } ordinal ? $"Session {ordinal} of the {session.Mechanism}" : $"Session of the {session.Mechanism}",
                };
                _newSessions++;
            }

            foreach (var evidence in relation.Evidence)
            {
                AddEvidenceRow(sessionId, evidence, null, null);
            }

            AddPeople(sessionId, relation);
            return sessionId;
        }

        private string TitleOf(ExtractedRelation relation)
        {
            var kind = ExtractionRules.Default.Kinds[relation.Kind].Title;
            var number = relation.Number is { } value ? $" No {value}" : string.Empty;
            var level = relation.Level is PartyLevel.ProvincialGovernment or PartyLevel.District ? string.Empty : $" ({EnumCodes.ToCode(relation.Level).Replace('_', ' ')})";
            var period = relation.PeriodStart is { } start ? $", {start}-{relation.PeriodEnd}" : string.Empty;
            return $"{kind}{number} between {Join(OrderedNames(relation))}{level}{period}";
        }

        private List<string> OrderedNames(ExtractedRelation relation) =>
            [.. relation.Parties
                .OrderBy(party => _names.Directory.FindById(party.UnitId)?.Country.Code == "VN" ? 0 : 1)
                .ThenBy(party => party.UnitId, StringComparer.Ordinal)
                .Select(party => _names.Directory.FindById(party.UnitId)?.Name ?? party.UnitId)];

        private static string Join(List<string> names) =>
            names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];

        private string UniqueId(string id)
        {
            var candidate = id;
            for (var suffix = 2; !_factIds.Add(candidate); suffix++)
            {
                candidate = $"{id}-{suffix}";
            }

            return candidate;
        }

        private static string AsciiName(string name)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(word => string.Concat(word.Select((c, index) => index == 0 ? char.ToUpperInvariant(Fold(c)) : Fold(c))));
            return string.Join(' ', words);

            static char Fold(char c) => Gazetteer.NameKey.Fold(c) is var folded and not '\0' ? folded : c;
        }

        private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static DateOnly Parse(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}

/// <summary>The merged graph seed, the validation errors it would have (it is written only without), and what changed.</summary>
public sealed record SeedMergeResult(GraphSeed Seed, IReadOnlyList<SeedError> Errors, IReadOnlyList<string> Warnings, SeedMergeCounts Counts)
{
    public string Summary =>
        $"Merged: {Counts.NewDocuments} new document(s), {Counts.NewInstruments} new instrument(s), {Counts.UpdatedInstruments} updated, "
        + $"{Counts.CitedReviewed} reviewed fact(s) cited by new evidence, {Counts.NewSessions} new session(s).";
}

/// <summary>How many rows a merge added or changed.</summary>
public sealed record SeedMergeCounts(int NewDocuments, int NewInstruments, int UpdatedInstruments, int CitedReviewed, int NewSessions);
