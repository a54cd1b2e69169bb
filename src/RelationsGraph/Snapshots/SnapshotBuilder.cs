using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using RelationsGraph.Common;
using RelationsGraph.Facts;
using RelationsGraph.Gazetteer;
using RelationsGraph.Search;
using RelationsGraph.Seed;

namespace RelationsGraph.Snapshots;

/// <summary>
/// Validates a <see cref="GraphSeed"/> and links it into a <see cref="RelationSnapshot"/>. Nothing is built when
/// validation fails: the caller gets a <see cref="SeedValidationException"/> listing every located error.
/// </summary>
public static class SnapshotBuilder
{
    public static RelationSnapshot Build(GraphSeed seed, string source, string version, DateTimeOffset builtAt, BuildPhases? phases = null)
    {
        ArgumentNullException.ThrowIfNull(seed);

        // Nearly everything built here is kept (nodes, indexes) or kept until the end (validation's sets): no
        // collections meanwhile, for large seeds (see CollectionFreeRegion).
        using var noCollections = CollectionFreeRegion.Enter(BuildAllocationBudget(seed));

        // Validation only reads the rows, and so does linking them: the two run side by side, on one core each. The
        // snapshot is handed out only once validation found nothing; when it found errors they are what the caller
        // gets, whatever linking invalid rows made of them (a missing key, say).
        var validation = Task.Run(() =>
        {
            var started = Stopwatch.GetTimestamp();
            var found = SeedValidator.Validate(seed);
            phases?.Side("validate", started);
            return found;
        });
        var linkStarted = Stopwatch.GetTimestamp();
        RelationSnapshot? snapshot = null;
        Exception? linkFailure = null;
        try
        {
            snapshot = Link(seed, source, version, builtAt, validation, phases);
            phases?.Side("link", linkStarted);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            linkFailure = exception;
        }

        var errors = validation.GetAwaiter().GetResult();
        phases?.Mark("validate (beside the rest; what was left to wait for)");
        if (errors.Count > 0)
        {
            throw new SeedValidationException(errors);
        }

        if (linkFailure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(linkFailure);
        }

        return snapshot!;
    }

    /// <summary>Room for what building allocates, nodes and validation together: about 350 bytes per row (measured on the
    /// 400,000-instrument world: 574 MB for 1.7 million rows), with a margin.</summary>
    private static long BuildAllocationBudget(GraphSeed seed) =>
        450L * (seed.Units.Length + seed.UnitNames.Length + seed.Documents.Length + seed.Instruments.Length + seed.Parties.Length
            + seed.Evidence.Length + seed.Commitments.Length + seed.Sessions.Length + seed.PersonRoles.Length);

    /// <summary>Links rows into a snapshot; the rows must be valid (see <see cref="SeedValidator"/>).</summary>
    private static RelationSnapshot Link(GraphSeed seed, string source, string version, DateTimeOffset builtAt, Task validation, BuildPhases? phases)
    {
        var countries = seed.Countries.OrderBy(country => country.Code, StringComparer.Ordinal).Select((country, index) => new CountryNode(country) { Index = index }).ToList();
        var countryByCode = countries.ToDictionary(country => country.Code, StringComparer.Ordinal);
        foreach (var name in seed.CountryNames.OrderBy(SeedTables.CountryNames.Key, StringComparer.Ordinal))
        {
            countryByCode[name.CountryCode].NameList.Add(name);
        }

        var units = InOrder(seed.Units, static (a, b) => string.CompareOrdinal(a.Id, b.Id))
            .Select((unit, index) => new UnitNode(unit, index, countryByCode[unit.CountryCode]))
            .ToList();
        var unitById = units.ToDictionary(unit => unit.Id, StringComparer.Ordinal);
        LinkUnits(seed, units, unitById);
        phases?.Mark("units");

        var documents = InOrder(seed.Documents, static (a, b) => string.CompareOrdinal(a.Id, b.Id)).Select(document => new DocumentNode(document)).ToList();
        var documentById = documents.ToDictionary(document => document.Id, StringComparer.Ordinal);
        var documentOf = new NodesByRow<DocumentNode>(documents, documentById, static document => document.Id);

        var instruments = new List<InstrumentNode>(seed.Instruments.Length);
        foreach (var instrument in InOrder(seed.Instruments, static (a, b) => string.CompareOrdinal(a.Id, b.Id)))
        {
            instruments.Add(new InstrumentNode(instrument, instruments.Count));
        }

        // The look-ups by name and number need only the units' names (linked by now) and the instruments' rows: made on
        // the other core as soon as validation leaves it, instead of at the end of the linking on this one.
        var lookups = validation.ContinueWith(
            _ =>
            {
                var started = Stopwatch.GetTimestamp();
                var built = SnapshotLookups.Build(units, countries, instruments);
                phases?.Side("look-ups by name and number", started);
                return built;
            },
            CancellationToken.None,
            TaskContinuationOptions.None,
            TaskScheduler.Default);

        // A binary search over the instruments, in id order; the biggest tables (evidence, parties) are in that order
        // too and find their instruments by walking beside them (InstrumentCursor) instead.
        var instrumentById = new InstrumentsById(instruments);

        // Evidence in its citing order, which keeps each subject's rows together: an instrument's become its exact
        // array at once, the rest waits for its subject.
        var evidenceBySubject = new Dictionary<string, EvidenceNode[]>(StringComparer.Ordinal);
        var run = new List<EvidenceNode>();
        string? runSubject = null;
        var evidenceInstruments = new InstrumentCursor(instruments);
        void EndEvidenceRun()
        {
            if (runSubject is null)
            {
                return;
            }

            if (evidenceInstruments.Find(runSubject) is { } subject)
            {
                subject.EvidenceArray = [.. run];
            }
            else
            {
                evidenceBySubject[runSubject] = [.. run];
            }

            run.Clear();
        }

        var evidenceAsRead = IsInOrder(seed.Evidence, CompareEvidence);
        var documentRows = evidenceAsRead ? seed.KnownRows?.EvidenceDocuments : null;
        var evidenceAt = 0;
        foreach (var evidence in evidenceAsRead ? seed.Evidence : InOrder(seed.Evidence, CompareEvidence))
        {
            if (!string.Equals(evidence.SubjectId, runSubject, StringComparison.Ordinal))
            {
                EndEvidenceRun();
                runSubject = evidence.SubjectId;
            }

            var node = new EvidenceNode(evidence, documentOf.Find(evidence.DocumentId, KnownRows.At(documentRows, evidenceAt++)));
            node.Document.EvidenceList.Add(node);
            run.Add(node);
        }

        EndEvidenceRun();

        IReadOnlyList<EvidenceNode> EvidenceOf(string subjectId) => evidenceBySubject.TryGetValue(subjectId, out var found) ? found : [];
        phases?.Mark("documents, evidence");

        var fieldByCode = seed.Fields.ToDictionary(field => field.Code, StringComparer.Ordinal);
        var personById = seed.People.ToDictionary(person => person.Id, StringComparer.Ordinal);
        LinkInstruments(seed, units, instruments, instrumentById, new NodesByRow<UnitNode>(units, unitById, static unit => unit.Id), fieldByCode);
        phases?.Mark("instruments, parties");

        var commitments = seed.Commitments
            .OrderBy(commitment => commitment.Id, StringComparer.Ordinal)
            .Select(commitment =>
            {
                var node = new CommitmentNode(
                    commitment,
                    instrumentById[commitment.InstrumentId],
                    commitment.FromId is null ? null : unitById[commitment.FromId],
                    commitment.ToId is null ? null : unitById[commitment.ToId]);
                node.EvidenceList.AddRange(EvidenceOf(commitment.Id));
                node.Instrument.AddCommitment(node);
                return node;
            })
            .ToList();

        var mechanisms = seed.Mechanisms
            .OrderBy(mechanism => mechanism.Id, StringComparer.Ordinal)
            .Select((mechanism, index) => new MechanismNode(mechanism, index))
            .ToList();
        var mechanismById = mechanisms.ToDictionary(mechanism => mechanism.Id, StringComparer.Ordinal);
        var sessions = LinkMechanisms(seed, mechanisms, mechanismById, unitById, EvidenceOf);
        var sessionById = sessions.ToDictionary(session => session.Session.Id, StringComparer.Ordinal);

        foreach (var role in seed.PersonRoles.OrderBy(SeedTables.PersonRoles.Key, StringComparer.Ordinal))
        {
            var person = personById[role.PersonId];
            var node = new PersonRoleNode(person, role, person.UnitId is null ? null : unitById[person.UnitId]);
            if (instrumentById.TryGetValue(role.SubjectId, out var instrument))
            {
                instrument.AddPerson(node);
            }
            else
            {
                sessionById[role.SubjectId].PeopleList.Add(node);
            }
        }

        phases?.Mark("commitments, mechanisms, people");

        // The search index reads only what is linked by now (numbers, titles, people, quotes), nothing the in-force
        // ranges and the ties set: it is built on the other core (free by now: validation is the shorter of the two)
        // while those are computed here.
        var search = Task.Run(() =>
        {
            var started = Stopwatch.GetTimestamp();
            // Counted first (a walk that allocates nothing) so that the index writes its entries into one exact array
            // instead of a list grown past the instruments' count by the real seed's numbers, titles and quotes.
            var entries = SearchEntries(instruments, sessions, commitments, mechanisms);
            var count = 0;
            foreach (var _ in entries)
            {
                count++;
            }

            var index = SearchIndex.Build(entries, count);
            phases?.Side("search index", started);
            return index;
        });
        var visiting = new HashSet<InstrumentNode>();
        foreach (var instrument in instruments)
        {
            visiting.Clear();
            ComputeInForce(instrument, visiting);
        }

        phases?.Mark("in force");
        TieBuilder.Build(units, instruments, mechanisms);
        phases?.Mark("ties");

        var info = new SnapshotInfo
        {
            Source = source,
            Version = version,
            BuiltAt = builtAt,
            Units = units.Count,
            Instruments = instruments.Count,
            Mechanisms = mechanisms.Count,
            Sessions = sessions.Count,
            Commitments = commitments.Count,
            Documents = documents.Count,
            Evidence = seed.Evidence.Length,
        };

        var searchIndex = search.GetAwaiter().GetResult();
        phases?.Mark("search index (beside in force and ties; what was left to wait for)");
        var snapshot = new RelationSnapshot(
            info,
            countries,
            units,
            instruments,
            mechanisms,
            sessions,
            commitments,
            documents,
            [.. seed.Fields.OrderBy(field => field.Code, StringComparer.Ordinal)],
            searchIndex,
            instrumentById,
            documentById,
            lookups.GetAwaiter().GetResult());
        phases?.Mark("look-ups, unit directory (beside the linking; what was left to wait for)");
        return snapshot;
    }

    /// <summary>What full-text search looks in: numbers, titles, names and quotes, each leading to its fact.</summary>
    private static IEnumerable<SearchEntry> SearchEntries(
        List<InstrumentNode> instruments,
        List<SessionNode> sessions,
        List<CommitmentNode> commitments,
        List<MechanismNode> mechanisms)
    {
        foreach (var instrument in instruments)
        {
            var data = instrument.Instrument;
            if (data.Number is { } number)
            {
                yield return SearchEntry.Of(instrument, SearchField.InstrumentNumber, number);
            }

            yield return SearchEntry.Of(instrument, SearchField.InstrumentTitle, data.Title);
            if (data.TitleVi is { } titleVi)
            {
                yield return SearchEntry.Of(instrument, SearchField.InstrumentTitle, titleVi);
            }

            foreach (var person in instrument.People)
            {
                yield return SearchEntry.Of(instrument, SearchField.PersonName, person.Person.Name, person);
            }

            // The exact array, not the interface: an enumerator object per instrument otherwise.
            foreach (var evidence in instrument.EvidenceArray)
            {
                if (Quote(evidence) is { } quote)
                {
                    yield return SearchEntry.Of(instrument, SearchField.EvidenceQuote, quote, evidence);
                }
            }
        }

        foreach (var session in sessions)
        {
            foreach (var person in session.People)
            {
                yield return SearchEntry.Of(session, SearchField.PersonName, person.Person.Name, person);
            }

            foreach (var evidence in session.Evidence)
            {
                if (Quote(evidence) is { } quote)
                {
                    yield return SearchEntry.Of(session, SearchField.EvidenceQuote, quote, evidence);
                }
            }
        }

        foreach (var commitment in commitments)
        {
            foreach (var evidence in commitment.Evidence)
            {
                if (Quote(evidence) is { } quote)
                {
                    yield return SearchEntry.Of(commitment, SearchField.EvidenceQuote, quote, evidence);
                }
            }
        }

        foreach (var mechanism in mechanisms)
        {
            foreach (var evidence in mechanism.Evidence)
            {
                if (Quote(evidence) is { } quote)
                {
                    yield return SearchEntry.Of(mechanism, SearchField.EvidenceQuote, quote, evidence);
                }
            }
        }
    }

    private static string? Quote(EvidenceNode evidence) => evidence.CleanQuote;

    private static void LinkUnits(GraphSeed seed, List<UnitNode> units, Dictionary<string, UnitNode> unitById)
    {
        var variants = seed.UnitNames.ToLookup(name => name.UnitId, StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (unit.Unit.ParentId is { } parentId)
            {
                unit.Parent = unitById[parentId];
                unit.Parent.ChildList.Add(unit);
            }
            else
            {
                unit.Country.UnitList.Add(unit);
            }

            unit.NameList.Add(unit.Unit.Name);
            if (unit.Unit.NameVi is { } nameVi && nameVi != unit.Unit.Name)
            {
                unit.NameList.Add(nameVi);
            }

            if (unit.Unit.NameLocal is { } nameLocal && !unit.NameList.Contains(nameLocal))
            {
                unit.NameList.Add(nameLocal);
            }

            foreach (var variant in variants[unit.Id].OrderBy(name => name.Name, StringComparer.Ordinal))
            {
                if (!unit.NameList.Contains(variant.Name))
                {
                    unit.NameList.Add(variant.Name);
                }
            }
        }

        foreach (var succession in seed.Successions.OrderBy(SeedTables.Successions.Key, StringComparer.Ordinal))
        {
            var predecessor = unitById[succession.PredecessorId];
            var successor = unitById[succession.SuccessorId];
            predecessor.SuccessorList.Add(new SuccessionLink(successor, succession.EffectiveOn, succession.Basis));
            successor.PredecessorList.Add(new SuccessionLink(predecessor, succession.EffectiveOn, succession.Basis));

            // A merged province that kept its predecessor's name (Ho Chi Minh City, Bac Ninh) is known by the same
            // spellings ("TP.HCM", "Saigon"); the look-up then tells the two apart by date.
            if (NameKey.Normalize(successor.Name) == NameKey.Normalize(predecessor.Name))
            {
                foreach (var name in predecessor.NameList.Where(name => !successor.NameList.Contains(name)))
                {
                    successor.NameList.Add(name);
                }
            }
        }
    }

    private static void LinkInstruments(
        GraphSeed seed,
        List<UnitNode> units,
        List<InstrumentNode> instruments,
        InstrumentsById instrumentById,
        NodesByRow<UnitNode> unitOf,
        Dictionary<string, CooperationField> fieldByCode)
    {
        static int CompareParties(Party a, Party b)
        {
            var byInstrument = string.CompareOrdinal(a.InstrumentId, b.InstrumentId);
            return byInstrument != 0 ? byInstrument : string.CompareOrdinal(a.UnitId, b.UnitId);
        }

        // Parties in order keep each instrument's rows together: they become its exact array at once. Each unit's
        // become an exact array too, once every party is made and counted.
        var run = new List<PartyNode>(4);
        var all = new PartyNode[seed.Parties.Length];
        var made = 0;
        var perUnit = new int[units.Count];
        InstrumentNode? runInstrument = null;
        var partyInstruments = new InstrumentCursor(instruments);
        var asRead = IsInOrder(seed.Parties, CompareParties);
        var unitRows = asRead ? seed.KnownRows?.PartyUnits : null;
        foreach (var party in asRead ? seed.Parties : InOrder(seed.Parties, CompareParties))
        {
            if (runInstrument is null || !string.Equals(runInstrument.Id, party.InstrumentId, StringComparison.Ordinal))
            {
                if (runInstrument is not null)
                {
                    runInstrument.PartyArray = [.. run];
                    run.Clear();
                }

                runInstrument = partyInstruments.Find(party.InstrumentId)
                    ?? throw new KeyNotFoundException($"unknown instrument '{party.InstrumentId}'");
            }

            var node = new PartyNode(party, runInstrument, unitOf.Find(party.UnitId, KnownRows.At(unitRows, made)));
            perUnit[node.Unit.Index]++;
            all[made++] = node;
            run.Add(node);
        }

        if (runInstrument is not null)
        {
            runInstrument.PartyArray = [.. run];
        }

        foreach (var unit in units)
        {
            unit.PartyArray = perUnit[unit.Index] == 0 ? [] : new PartyNode[perUnit[unit.Index]];
            perUnit[unit.Index] = 0;
        }

        foreach (var node in all)
        {
            node.Unit.PartyArray[perUnit[node.Unit.Index]++] = node;
        }

        foreach (var link in seed.InstrumentLinks.OrderBy(SeedTables.InstrumentLinks.Key, StringComparer.Ordinal))
        {
            var node = new InstrumentLinkNode(instrumentById[link.FromId], link.Type, instrumentById[link.ToId]);
            node.From.AddLinkOut(node);
            node.To.AddLinkIn(node);
        }

        // Reading shares one array per distinct list of codes (SeedStrings): one array of fields per such list too.
        var fieldsOfList = new Dictionary<ImmutableArray<string>, CooperationField[]>();
        foreach (var instrument in instruments)
        {
            var codes = instrument.Instrument.Fields;
            if (!codes.IsDefaultOrEmpty)
            {
                if (!fieldsOfList.TryGetValue(codes, out var fields))
                {
                    fieldsOfList[codes] = fields = [.. codes.Select(code => fieldByCode[code])];
                }

                instrument.SetFields(fields);
            }

            if (Array.Exists(instrument.EvidenceArray, node => node.Field is not null && node.Value is not null))
            {
                LinkClaims(instrument);
            }
        }
    }

    /// <summary>Groups the claimed values of each attribute; more than one sourced value of an attribute is a conflict.</summary>
    private static void LinkClaims(InstrumentNode instrument)
    {
        var byField = instrument.EvidenceArray
            .Where(node => node.Field is not null && node.Value is not null)
            .GroupBy(node => node.Field!, StringComparer.Ordinal);
        foreach (var field in byField)
        {
            var claims = field
                .GroupBy(node => node.Value!, StringComparer.Ordinal)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => new Claim(group.Key, [.. group]))
                .ToList();
            if (field.Key == SeedValidator.SignedOnField)
            {
                instrument.AddSignedOnClaims(claims);
            }

            // Sources disagree when documents do; a reviewer's correction settles a value, it is not another source.
            var sourced = claims
                .Select(claim => claim with { Evidence = [.. claim.Evidence.Where(node => node.ClaimedBy is null)] })
                .Where(claim => claim.Evidence.Count > 0)
                .ToList();
            if (sourced.Count > 1)
            {
                instrument.AddConflict(new Conflict(instrument.Id, field.Key, sourced));
            }
        }
    }

    private static List<SessionNode> LinkMechanisms(
        GraphSeed seed,
        List<MechanismNode> mechanisms,
        Dictionary<string, MechanismNode> mechanismById,
        Dictionary<string, UnitNode> unitById,
        Func<string, IReadOnlyList<EvidenceNode>> evidenceOf)
    {
        foreach (var member in seed.MechanismMembers.OrderBy(SeedTables.MechanismMembers.Key, StringComparer.Ordinal))
        {
            var node = new MemberNode(mechanismById[member.MechanismId], unitById[member.UnitId], member.From, member.To);
            node.Mechanism.MemberList.Add(node);
            node.Unit.MembershipList.Add(node);
        }

        var sessions = seed.Sessions
            .OrderBy(session => session.Id, StringComparer.Ordinal)
            .Select(session =>
            {
                var node = new SessionNode(session, mechanismById[session.MechanismId], session.HostId is null ? null : unitById[session.HostId]);
                node.EvidenceList.AddRange(evidenceOf(session.Id));
                node.Mechanism.SessionList.Add(node);
                return node;
            })
            .ToList();

        foreach (var mechanism in mechanisms)
        {
            mechanism.EvidenceList.AddRange(evidenceOf(mechanism.Id));
            mechanism.SessionList.Sort((a, b) => Nullable.Compare(a.Session.HeldOn, b.Session.HeldOn));
            var firstKnown = mechanism.Mechanism.EstablishedOn
                ?? mechanism.SessionList.Select(session => session.Session.HeldOn).Where(date => date is not null).Min();
            mechanism.Active = firstKnown is { } from ? new DateRange(from, DateOnly.MaxValue) : null;
        }

        return sessions;
    }

    /// <summary>
    /// When an instrument was in force, from its sources only: from its signing date or the start of its period; to
    /// the end of its period, the day before an instrument that replaces or renews it was signed, and no later than
    /// the instrument it implements. Events (visits, awards, committee meetings) last their day. Planned instruments
    /// and undated ones get no range. Where sources disagree on a date, the certain range is what every reading
    /// shares (from the latest claimed signing date) and the possible range what any reading allows (from the
    /// earliest); nothing silently picks one claim.
    /// </summary>
    private static (DateRange? Certain, DateRange? Possible) ComputeInForce(InstrumentNode instrument, HashSet<InstrumentNode> visiting)
    {
        if (instrument.PossiblyInForce is not null || !visiting.Add(instrument))
        {
            return (instrument.InForce, instrument.PossiblyInForce);
        }

        if (instrument.Instrument.Status == InstrumentStatus.Planned || Starts(instrument) is not { } starts)
        {
            return (null, null);
        }

        var (earliest, latest) = starts;
        var end = instrument.Instrument.PeriodEnd is { } endYear
            ? new DateOnly(endYear, 12, 31)
            : IsEvent(instrument.Kind) ? latest : DateOnly.MaxValue;
        var (certainTo, possibleTo) = (end, end);

        // Loops over the links rather than LINQ: most of hundreds of thousands of instruments have none.
        foreach (var link in instrument.LinkedFrom)
        {
            if (link.Type is not (LinkType.Replaces or LinkType.Renews) || Starts(link.From) is not { } successor)
            {
                continue;
            }

            // Certainly in force until the successor's earliest possible start; possibly until its latest.
            if (successor.Earliest > earliest && successor.Earliest.AddDays(-1) < certainTo)
            {
                certainTo = successor.Earliest.AddDays(-1);
            }

            if (successor.Latest > earliest && successor.Latest.AddDays(-1) < possibleTo)
            {
                possibleTo = successor.Latest.AddDays(-1);
            }
        }

        foreach (var link in instrument.Links)
        {
            if (link.Type != LinkType.Implements)
            {
                continue;
            }

            var (certain, possible) = ComputeInForce(link.To, visiting);
            if (certain is { } implemented && implemented.To < certainTo)
            {
                certainTo = implemented.To;
            }

            if (possible is { } possiblyImplemented && possiblyImplemented.To < possibleTo)
            {
                possibleTo = possiblyImplemented.To;
            }
        }

        instrument.InForce = latest <= certainTo ? new DateRange(latest, certainTo) : null;
        instrument.PossiblyInForce = earliest <= possibleTo ? new DateRange(earliest, possibleTo) : null;
        return (instrument.InForce, instrument.PossiblyInForce);
    }

    /// <summary>The earliest and latest day the sources give for the start: the signing date, every claimed signing
    /// date when they disagree, or the first day of the period.</summary>
    private static (DateOnly Earliest, DateOnly Latest)? Starts(InstrumentNode instrument)
    {
        if (instrument.Instrument.SignedOn is { } signedOn)
        {
            return (signedOn, signedOn);
        }

        if (instrument.SignedOnClaims.Count > 0)
        {
            var dates = instrument.SignedOnClaims.Select(claim => DateOnly.ParseExact(claim.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
            return (dates.Min(), dates.Max());
        }

        return instrument.Instrument.PeriodStart is { } year ? (new DateOnly(year, 1, 1), new DateOnly(year, 1, 1)) : null;
    }

    /// <summary>
    /// The rows in the order <paramref name="compare"/> gives, equal rows in their file order. Graph-seed files are
    /// written in that order, so the usual cost is one pass that finds them sorted; anything else is sorted (stably).
    /// </summary>
    private static IEnumerable<T> InOrder<T>(ImmutableArray<T> rows, Comparison<T> compare) =>
        IsInOrder(rows, compare) ? rows : rows.Order(Comparer<T>.Create(compare));

    private static bool IsInOrder<T>(ImmutableArray<T> rows, Comparison<T> compare)
    {
        for (var i = 1; i < rows.Length; i++)
        {
            if (compare(rows[i - 1], rows[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Finds nodes for the ids rows name, first at the row the reader found the id at (<see cref="KnownRows"/>): kept
    /// only when the node there has the very string instance the row holds as its id (the reader gives every row the
    /// same instance as the named row's), which only the node with that id can have; otherwise by id in the dictionary.
    /// </summary>
    private sealed class NodesByRow<TNode>
    {
        private readonly List<TNode> _nodes;
        private readonly Dictionary<string, TNode> _byId;

        // The nodes' ids side by side: the check reads one small array, not each node's row.
        private readonly string[] _ids;

        public NodesByRow(List<TNode> nodes, Dictionary<string, TNode> byId, Func<TNode, string> id)
        {
            _nodes = nodes;
            _byId = byId;
            _ids = new string[nodes.Count];
            for (var i = 0; i < _ids.Length; i++)
            {
                _ids[i] = id(nodes[i]);
            }
        }

        public TNode Find(string id, int row) =>
            (uint)row < (uint)_ids.Length && ReferenceEquals(_ids[row], id) ? _nodes[row] : _byId[id];
    }

    /// <summary>The order evidence is cited in: by subject, document, span, then the attribute and value it gives.</summary>
    private static int CompareEvidence(Evidence a, Evidence b)
    {
        var order = string.CompareOrdinal(a.SubjectId, b.SubjectId);
        if (order == 0)
        {
            order = string.CompareOrdinal(a.DocumentId, b.DocumentId);
        }

        if (order == 0)
        {
            order = a.Start.CompareTo(b.Start);
        }

        if (order == 0)
        {
            order = a.End.CompareTo(b.End);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Field, b.Field);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Value, b.Value);
    }

    /// <summary>
    /// Finds instruments for rows sorted by the instrument's id (or by a subject id among which instruments' are), by
    /// walking the instruments, also in id order, beside them: one comparison per row or instrument, no hashing.
    /// </summary>
    private sealed class InstrumentCursor(List<InstrumentNode> instruments)
    {
        private int _next;

        /// <summary>The instrument with this id, or null; ids must be asked for in ascending ordinal order.</summary>
        public InstrumentNode? Find(string id)
        {
            while (_next < instruments.Count && string.CompareOrdinal(instruments[_next].Id, id) < 0)
            {
                _next++;
            }

            return _next < instruments.Count && string.Equals(instruments[_next].Id, id, StringComparison.Ordinal) ? instruments[_next] : null;
        }
    }

    private static bool IsEvent(InstrumentKind kind) => kind is InstrumentKind.Visit or InstrumentKind.Award or InstrumentKind.JointCommittee;
}
