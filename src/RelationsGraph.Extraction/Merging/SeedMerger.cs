using System.Collections.Immutable;
using System.Globalization;
using RelationsGraph.Common;
using RelationsGraph.Extraction.Places;
using RelationsGraph.Extraction.Relations;
using RelationsGraph.Facts;
using RelationsGraph.Seed;

namespace RelationsGraph.Extraction.Merging;

/// <summary>
/// Merges extracted facts into a graph seed. A relation that is already there (same parties, level and kind — the
/// kinds a fact's sources claim count too — and no disagreement on number, period or date) gains evidence; otherwise
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
        foreach (var document in facts.Documents)
        {
            state.AddDocument(document);
        }

        var subjects = new Dictionary<ExtractedRelation, string>();
        foreach (var relation in facts.Relations)
        {
            subjects[relation] = state.AddRelation(relation);
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
    /// into (the same-fact rule: same parties, level and kind, no disagreement on number, period or date), or null.
    /// </summary>
    public static string? FindSameInstrument(GraphSeed seed, ExtractedRelation relation, PlaceNames names)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return new MergeState(seed, names).FindInstrument(relation)?.Id;
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

        public Instrument? FindInstrument(ExtractedRelation relation)
        {
            var partyIds = string.Join(',', relation.PartyIds);
            var candidates = _instruments.Values
                .Where(instrument => PartyIdsOf(instrument.Id) == partyIds
                    && LevelOf(instrument.Id) == relation.Level
                    && KindsOf(instrument).Contains(relation.Kind)
                    && !Conflicts(instrument, relation))
                .OrderBy(instrument => instrument.Id, StringComparer.Ordinal)
                .ToList();
            var sharing = candidates.FirstOrDefault(instrument => Shares(instrument, relation));
            if (sharing is not null)
            {
                return sharing;
            }

            if (candidates.Count == 1)
            {
                return candidates[0];
            }

            return candidates.Count > 1 && !relation.HasDiscriminator
                ? candidates.OrderByDescending(instrument => DatesOf(instrument).Select(Parse).Append(instrument.PeriodStart is { } start ? new DateOnly(start, 1, 1) : DateOnly.MinValue).Max()).First()
                : null;
        }

        private string PartyIdsOf(string instrumentId) =>
            string.Join(',', _parties.Values.Where(party => party.InstrumentId == instrumentId).Select(party => party.UnitId).Order(StringComparer.Ordinal));

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

        private bool Conflicts(Instrument instrument, ExtractedRelation relation)
        {
            if (instrument.Number is not null && relation.Number is not null)
            {
                return instrument.Number != relation.Number;
            }

            var periods = instrument.PeriodStart is not null && relation.PeriodStart is not null;
            if (periods && (instrument.PeriodStart != relation.PeriodStart || instrument.PeriodEnd != relation.PeriodEnd))
            {
                return true;
            }

            var known = DatesOf(instrument);
            var claimed = ClaimedDates(relation);
            return known.Count > 0 && claimed.Count > 0 && !known.Overlaps(claimed) && !periods;
        }

        private bool Shares(Instrument instrument, ExtractedRelation relation) =>
            (instrument.Number is not null && instrument.Number == relation.Number)
            || (instrument.PeriodStart is not null && instrument.PeriodStart == relation.PeriodStart && instrument.PeriodEnd == relation.PeriodEnd)
            || DatesOf(instrument).Overlaps(ClaimedDates(relation));

        private static HashSet<string> ClaimedDates(ExtractedRelation relation) =>
            [.. relation.Claims.Where(claim => claim.Field == ClaimFields.SignedOn).Select(claim => claim.Value)];

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
                var personId = RelationIds.Slug(person.Name);
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
                var existing = _commitments.Values.FirstOrDefault(known =>
                    known.InstrumentId == instrumentId && known.Kind == commitment.Kind && known.Amount == commitment.Amount
                    && known.Unit == commitment.Unit && known.FromId == commitment.FromId && known.ToId == commitment.ToId);
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

            var existing = _sessions.Values
                .Where(known => known.MechanismId == mechanismId)
                .OrderBy(known => known.Id, StringComparer.Ordinal)
                .FirstOrDefault(known => (session.Ordinal is not null && known.Ordinal == session.Ordinal)
                    || (session.Ordinal is null && known.HeldOn == relation.SignedOn && (known.Ordinal is null || relation.SignedOn is not null)));
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
            var kind = relation.Kind switch
            {
                InstrumentKind.Agreement => "Cooperation agreement",
                InstrumentKind.Mou => "Memorandum of understanding",
                InstrumentKind.Minutes => "Cooperation minutes",
                InstrumentKind.Plan => "Implementation plan",
                InstrumentKind.JointStatement => "Joint statement",
                InstrumentKind.JointCommittee => "Joint committee meeting",
                InstrumentKind.Visit => "Visit",
                InstrumentKind.Award => "Award",
                _ => "Cooperation",
            };
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
