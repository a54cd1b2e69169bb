using System.Globalization;
using RelationsGraph.Common;
using RelationsGraph.Extraction;
using RelationsGraph.Extraction.Merging;
using RelationsGraph.Extraction.Places;
using RelationsGraph.Facts;
using RelationsGraph.Seed;

namespace RelationsGraph.Loader.Review;

/// <summary>
/// One reviewer's session over a store: the facts awaiting review (unreviewed instruments and sessions, and
/// instruments with unreviewed commitments; with a facts JSON file, also its relations as they would merge into the
/// graph, less those a reviewer rejected), each fact's view, and the decisions, taken one at a time: the graph is
/// read fresh, the decision applied, the result validated and written as one change.
/// </summary>
internal sealed class ReviewSession(
    IReviewStore store,
    PlaceNames names,
    MergedFacts? proposed,
    DocumentTexts texts,
    string reviewer,
    TimeProvider timeProvider) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ReviewState? _state;

    public IReviewStore Store { get; } = store;

    public string Reviewer { get; } = reviewer;

    public DocumentTexts Texts { get; } = texts;

    public PlaceNames Names { get; } = names;

    /// <summary>The graph as the store holds it and as the reviewer sees it, read again only when the store changed.</summary>
    public async Task<ReviewState> StateAsync(CancellationToken cancellationToken)
    {
        var peek = await Store.PeekAsync(cancellationToken);
        if (_state is { } state && state.Peek == peek)
        {
            return state;
        }

        var (seed, version) = await Store.ReadAsync(cancellationToken);
        state = new ReviewState(peek, seed, version, await ProposeAsync(seed, cancellationToken));
        _state = state;
        return state;
    }

    public async Task<string> DecideAsync(string factId, ReviewDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var (seed, version) = await Store.ReadAsync(cancellationToken);
            var working = await ProposeAsync(seed, cancellationToken);
            if (!ReviewDecisions.IsInstrument(working, factId) && !ReviewDecisions.IsSession(working, factId))
            {
                throw new ReviewException($"'{factId}' is not in the graph (any more): another decision may have removed it");
            }

            var basis = Include(seed, working, factId);
            if (decision.MergeInto is { } into)
            {
                basis = Include(basis, working, into);
            }

            var stamp = new ReviewStamp(Reviewer, SeedFormat.Truncate(timeProvider.GetUtcNow()));
            var result = decision.Kind switch
            {
                DecisionKind.Accept => ReviewDecisions.Accept(basis, factId, stamp),
                DecisionKind.Correct => ReviewDecisions.Correct(basis, factId, decision.Form ?? throw new ReviewException("a correction needs the corrected attributes"), stamp),
                DecisionKind.Merge => ReviewDecisions.Merge(basis, factId, decision.MergeInto ?? throw new ReviewException("a merge needs the fact to merge into"), stamp, decision.Note),
                DecisionKind.Reject => ReviewDecisions.Reject(basis, factId, stamp, decision.Note),
                _ => throw new ReviewException($"unknown decision {decision.Kind}"),
            };
            // A document is in the graph as the source of what it states: one that nothing cites after the decision
            // (a rejected fact's) leaves with it; documents stored without citations before are not this decision's.
            var cited = result.Evidence.Select(evidence => evidence.DocumentId).ToHashSet(StringComparer.Ordinal);
            var citedBefore = seed.Evidence.Select(evidence => evidence.DocumentId).ToHashSet(StringComparer.Ordinal);
            var stored = seed.Documents.Select(document => document.Id).ToHashSet(StringComparer.Ordinal);
            result = result with
            {
                Documents = [.. result.Documents.Where(document => cited.Contains(document.Id) || (stored.Contains(document.Id) && !citedBefore.Contains(document.Id)))],
            };
            var errors = SeedValidator.Validate(result);
            if (errors.Count > 0)
            {
                throw new ReviewValidationException(errors);
            }

            var written = await Store.WriteAsync(result, version, cancellationToken);
            _state = null;
            return written;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>Pending facts in reading order: document by document, in the order their text states them.</summary>
    public static IReadOnlyList<string> Pending(GraphSeed seed)
    {
        var unreviewedCommitments = seed.Commitments.Where(commitment => !commitment.Reviewed).Select(commitment => commitment.InstrumentId).ToHashSet(StringComparer.Ordinal);
        var firstSpan = seed.Evidence
            .GroupBy(evidence => evidence.SubjectId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Min(evidence => (evidence.DocumentId, evidence.Start)), StringComparer.Ordinal);
        return [.. seed.Instruments.Where(instrument => !instrument.Reviewed || unreviewedCommitments.Contains(instrument.Id)).Select(instrument => instrument.Id)
            .Concat(seed.Sessions.Where(session => !session.Reviewed).Select(session => session.Id))
            .OrderBy(id => firstSpan.TryGetValue(id, out var span) ? span.DocumentId : "\uffff", StringComparer.Ordinal)
            .ThenBy(id => firstSpan.TryGetValue(id, out var span) ? span.Start : int.MaxValue)
            .ThenBy(id => id, StringComparer.Ordinal)];
    }

    public static FactSummary Summarise(SeedIndex index, string factId, PlaceNames names)
    {
        ArgumentNullException.ThrowIfNull(index);
        var evidence = index.EvidenceBySubject[factId].ToList();
        var documents = evidence.Select(row => row.DocumentId).Distinct(StringComparer.Ordinal).Count();
        if (index.Instruments.TryGetValue(factId, out var instrument))
        {
            return new FactSummary(
                factId,
                "instrument",
                instrument.Title,
                EnumCodes.ToCode(instrument.Kind),
                NamesOf(index.PartiesByInstrument[factId].Select(party => party.UnitId), names),
                SeedFormat.Date(instrument.SignedOn),
                instrument.PeriodStart is { } start ? $"{start}–{instrument.PeriodEnd}" : null,
                instrument.Confidence,
                documents,
                evidence.Count,
                instrument.Reviewed,
                instrument.ReviewedBy,
                SeedFormat.Timestamp(instrument.ReviewedAt));
        }

        var session = index.Sessions[factId];
        var mechanism = index.Mechanisms.GetValueOrDefault(session.MechanismId);
        var members = index.MembersByMechanism[session.MechanismId].Select(member => member.UnitId).Distinct(StringComparer.Ordinal);
        return new FactSummary(
            factId,
            "session",
            session.Title ?? $"Session of {mechanism?.Name ?? session.MechanismId}",
            EnumCodes.ToCode(InstrumentKind.JointCommittee),
            NamesOf(members, names),
            SeedFormat.Date(session.HeldOn),
            session.Ordinal?.ToString(CultureInfo.InvariantCulture),
            1,
            documents,
            evidence.Count,
            session.Reviewed,
            session.ReviewedBy,
            SeedFormat.Timestamp(session.ReviewedAt));
    }

    public async Task<FactDetail> DetailAsync(string factId, CancellationToken cancellationToken)
    {
        var state = await StateAsync(cancellationToken);
        var seed = state.Working;
        if (!ReviewDecisions.IsInstrument(seed, factId) && !ReviewDecisions.IsSession(seed, factId))
        {
            throw new KeyNotFoundException($"'{factId}' is neither an instrument nor a session of the graph");
        }

        var commitments = seed.Commitments.Where(commitment => commitment.InstrumentId == factId).ToDictionary(commitment => commitment.Id, StringComparer.Ordinal);
        var evidence = seed.Evidence
            .Where(row => row.SubjectId == factId || commitments.ContainsKey(row.SubjectId))
            .OrderBy(row => row.DocumentId, StringComparer.Ordinal)
            .ThenBy(row => row.Start)
            .ThenBy(row => row.End)
            .Select(row => new EvidenceView(
                row.SubjectId,
                commitments.TryGetValue(row.SubjectId, out var commitment) ? "commitment: " + commitment.Description : null,
                row.DocumentId,
                row.Start,
                row.End,
                row.Field,
                row.Value,
                row.Quote,
                row.ClaimedBy,
                SeedFormat.Timestamp(row.ClaimedAt)))
            .ToList();
        var documents = new List<DocumentView>();
        foreach (var document in evidence.Select(row => row.DocumentId).Distinct(StringComparer.Ordinal).Select(id => seed.Documents.First(document => document.Id == id)))
        {
            documents.Add(new DocumentView(
                document.Id,
                document.Title,
                document.Publisher,
                document.Url,
                SeedFormat.Date(document.PublishedOn),
                document.Language,
                document.ContentHash,
                document.File,
                await Texts.FindAsync(document, cancellationToken) is not null));
        }

        var candidates = FactIdentity.CandidatesFor(seed, factId, Names)
            .Select(candidate => new CandidateView(Summarise(state.Index, candidate.Id, Names), candidate.SameFact, candidate.Reason))
            .ToList();
        var linkedFrom = seed.InstrumentLinks
            .Where(link => link.ToId == factId)
            .Select(link => new LinkView(link.FromId, EnumCodes.ToCode(link.Type)))
            .ToList();
        return new FactDetail(Summarise(state.Index, factId, Names), ReviewDecisions.FormOf(seed, factId), evidence, documents, candidates, linkedFrom, state.Version);
    }

    /// <summary>The document's text, when its file was found with the right content hash.</summary>
    public async Task<string?> TextAsync(string documentId, CancellationToken cancellationToken)
    {
        var state = await StateAsync(cancellationToken);
        var document = state.Working.Documents.FirstOrDefault(document => document.Id == documentId);
        return document is null ? null : await Texts.FindAsync(document, cancellationToken);
    }

    /// <summary>
    /// The graph as the reviewer sees it: the stored graph, and with a facts JSON file, its relations merged in as
    /// the loader would (less those a reviewer rejected or merged), their quotes taken from the documents' texts.
    /// </summary>
    private async Task<GraphSeed> ProposeAsync(GraphSeed seed, CancellationToken cancellationToken)
    {
        if (proposed is null)
        {
            return seed;
        }

        var kept = proposed.Relations.Where(relation => FactIdentity.RememberedAs(seed.Rejections, relation, Names) is null).ToList();
        var merge = SeedMerger.Merge(seed, new MergedFacts(proposed.Documents, kept), Names);
        if (merge.Errors.Count > 0)
        {
            throw new ReviewValidationException(merge.Errors);
        }

        var quotes = new Dictionary<string, string?>(StringComparer.Ordinal);
        var evidence = new List<Evidence>(merge.Seed.Evidence.Length);
        foreach (var row in merge.Seed.Evidence)
        {
            if (row.Quote is null && row.ClaimedBy is null)
            {
                if (!quotes.TryGetValue(row.DocumentId, out var text))
                {
                    var document = merge.Seed.Documents.First(document => document.Id == row.DocumentId);
                    quotes[row.DocumentId] = text = await Texts.FindAsync(document, cancellationToken);
                }

                if (text is not null && row.End <= text.Length)
                {
                    evidence.Add(row with { Quote = text[row.Start..row.End] });
                    continue;
                }
            }

            evidence.Add(row);
        }

        return merge.Seed with { Evidence = [.. evidence] };
    }

    /// <summary>
    /// The stored graph with the rows of one fact taken from the reviewer's view: the fact itself, its parties,
    /// commitments, people, evidence and links (to facts the graph has), its mechanism for a session, and the
    /// documents its evidence cites. Without a facts JSON file both are the same graph.
    /// </summary>
    private static GraphSeed Include(GraphSeed stored, GraphSeed working, string factId)
    {
        if (ReferenceEquals(stored, working))
        {
            return stored;
        }

        var subjects = new HashSet<string>(StringComparer.Ordinal) { factId };
        var result = stored;
        if (working.Instruments.FirstOrDefault(instrument => instrument.Id == factId) is { } instrument)
        {
            var commitments = working.Commitments.Where(commitment => commitment.InstrumentId == factId).ToList();
            subjects.UnionWith(commitments.Select(commitment => commitment.Id));
            var known = stored.Instruments.Select(row => row.Id).Append(factId).ToHashSet(StringComparer.Ordinal);
            result = result with
            {
                Instruments = [.. stored.Instruments.Where(row => row.Id != factId), instrument],
                Parties = [.. stored.Parties.Where(row => row.InstrumentId != factId), .. working.Parties.Where(row => row.InstrumentId == factId)],
                Commitments = [.. stored.Commitments.Where(row => row.InstrumentId != factId), .. commitments],
                InstrumentLinks = [.. stored.InstrumentLinks.Union(working.InstrumentLinks.Where(link => (link.FromId == factId || link.ToId == factId) && known.Contains(link.FromId) && known.Contains(link.ToId)))],
            };
        }
        else if (working.Sessions.FirstOrDefault(session => session.Id == factId) is { } session)
        {
            var mechanismIsNew = !stored.Mechanisms.Any(mechanism => mechanism.Id == session.MechanismId);
            if (mechanismIsNew)
            {
                subjects.Add(session.MechanismId);
            }

            result = result with
            {
                Sessions = [.. stored.Sessions.Where(row => row.Id != factId), session],
                Mechanisms = mechanismIsNew ? [.. stored.Mechanisms, .. working.Mechanisms.Where(row => row.Id == session.MechanismId)] : stored.Mechanisms,
                MechanismMembers = mechanismIsNew ? [.. stored.MechanismMembers, .. working.MechanismMembers.Where(row => row.MechanismId == session.MechanismId)] : stored.MechanismMembers,
            };
        }

        var roles = working.PersonRoles.Where(role => role.SubjectId == factId).ToList();
        var people = roles.Select(role => role.PersonId).ToHashSet(StringComparer.Ordinal);
        var evidence = working.Evidence.Where(row => subjects.Contains(row.SubjectId)).ToList();
        var documents = evidence.Select(row => row.DocumentId).ToHashSet(StringComparer.Ordinal);
        return result with
        {
            PersonRoles = [.. result.PersonRoles.Where(role => role.SubjectId != factId), .. roles],
            People = [.. result.People, .. working.People.Where(person => people.Contains(person.Id) && !result.People.Any(known => known.Id == person.Id))],
            Evidence = [.. result.Evidence.Where(row => !subjects.Contains(row.SubjectId)), .. evidence],
            Documents = [.. result.Documents, .. working.Documents.Where(document => documents.Contains(document.Id) && !result.Documents.Any(known => known.Id == document.Id))],
            Origins = RowOrigins.None,
        };
    }

    private static string NamesOf(IEnumerable<string> unitIds, PlaceNames names) =>
        string.Join(" – ", unitIds
            .OrderBy(id => names.Directory.FindById(id)?.Country.Code == "VN" ? 0 : 1)
            .ThenBy(id => id, StringComparer.Ordinal)
            .Select(id => names.Directory.FindById(id)?.Name ?? id));
}

/// <summary>The graph as stored (with its version and the cheap token it was read at) and as the reviewer sees it.</summary>
internal sealed record ReviewState(string Peek, GraphSeed Stored, string Version, GraphSeed Working)
{
    public IReadOnlyList<string> Pending { get; } = ReviewSession.Pending(Working);

    public SeedIndex Index { get; } = new(Working);
}

/// <summary>The rows of a graph by the keys the review looks them up by, built once per state.</summary>
internal sealed class SeedIndex(GraphSeed seed)
{
    public ILookup<string, Evidence> EvidenceBySubject { get; } = seed.Evidence.ToLookup(row => row.SubjectId, StringComparer.Ordinal);

    public ILookup<string, Party> PartiesByInstrument { get; } = seed.Parties.ToLookup(row => row.InstrumentId, StringComparer.Ordinal);

    public ILookup<string, MechanismMember> MembersByMechanism { get; } = seed.MechanismMembers.ToLookup(row => row.MechanismId, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Instrument> Instruments { get; } = seed.Instruments.ToDictionary(row => row.Id, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Session> Sessions { get; } = seed.Sessions.ToDictionary(row => row.Id, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Mechanism> Mechanisms { get; } = seed.Mechanisms.ToDictionary(row => row.Id, StringComparer.Ordinal);
}

internal enum DecisionKind
{
    Accept,
    Correct,
    Merge,
    Reject,
}

/// <summary>One decision on one fact: the corrected attributes, the fact to merge into, the reviewer's note.</summary>
internal sealed record ReviewDecision(DecisionKind Kind, FactForm? Form = null, string? MergeInto = null, string? Note = null);

/// <summary>The decision would leave the graph invalid; nothing was written.</summary>
internal sealed class ReviewValidationException(IReadOnlyList<SeedError> errors)
    : Exception("the decision would leave the graph invalid: " + string.Join("; ", errors.Take(5)))
{
    public IReadOnlyList<SeedError> Errors { get; } = errors;
}

internal sealed record FactSummary(
    string Id,
    string Type,
    string Title,
    string Kind,
    string Parties,
    string? Date,
    string? Period,
    double Confidence,
    int Documents,
    int Evidence,
    bool Reviewed,
    string? ReviewedBy,
    string? ReviewedAt);

internal sealed record FactDetail(
    FactSummary Summary,
    FactForm Form,
    IReadOnlyList<EvidenceView> Evidence,
    IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<CandidateView> Candidates,
    IReadOnlyList<LinkView> LinkedFrom,
    string Version);

internal sealed record EvidenceView(
    string Subject,
    string? SubjectLabel,
    string DocumentId,
    int Start,
    int End,
    string? Field,
    string? Value,
    string? Quote,
    string? ClaimedBy,
    string? ClaimedAt);

internal sealed record DocumentView(
    string Id,
    string Title,
    string? Publisher,
    string? Url,
    string? PublishedOn,
    string Language,
    string ContentHash,
    string? File,
    bool HasText);

internal sealed record CandidateView(FactSummary Fact, bool SameFact, string Reason);

internal sealed record LinkView(string From, string Type);
