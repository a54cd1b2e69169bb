using RelationsGraph.Snapshots;

namespace RelationsGraph.Search;

/// <summary>
/// What the index keeps of one searchable text: its field, the text, the fact it leads to and the evidence or
/// person's role it came from. A <see cref="SearchHit"/> is made from it only when a search returns it.
/// </summary>
internal readonly struct SearchEntry
{
    // The fact: an InstrumentNode, a SessionNode, a CommitmentNode or a MechanismNode; the detail: an EvidenceNode or
    // a PersonRoleNode. A session's mechanism and a commitment's instrument are read from them when a hit is made.
    private readonly object? _fact;
    private readonly object? _detail;

    private SearchEntry(SearchField field, string text, object? fact, object? detail)
    {
        Field = field;
        Text = text;
        _fact = fact;
        _detail = detail;
    }

    public SearchField Field { get; }

    public string Text { get; }

    public static SearchEntry Of(InstrumentNode instrument, SearchField field, string text, object? detail = null) => new(field, text, instrument, detail);

    public static SearchEntry Of(SessionNode session, SearchField field, string text, object? detail) => new(field, text, session, detail);

    public static SearchEntry Of(CommitmentNode commitment, SearchField field, string text, object? detail) => new(field, text, commitment, detail);

    public static SearchEntry Of(MechanismNode mechanism, SearchField field, string text, object? detail) => new(field, text, mechanism, detail);

    /// <summary>An entry for a hit given whole (the public <see cref="SearchIndex.Build(IEnumerable{SearchHit})"/>): kept as it is.</summary>
    public static SearchEntry Of(SearchHit hit) => new(hit.Field, hit.Text, hit, null);

    public SearchHit ToHit(int score) => _fact switch
    {
        SearchHit hit => hit with { Score = score },
        InstrumentNode instrument => new SearchHit(Field, Text, instrument, null, null, null, _detail as EvidenceNode, _detail as PersonRoleNode, score),
        SessionNode session => new SearchHit(Field, Text, null, session, null, session.Mechanism, _detail as EvidenceNode, _detail as PersonRoleNode, score),
        CommitmentNode commitment => new SearchHit(Field, Text, commitment.Instrument, null, commitment, null, _detail as EvidenceNode, _detail as PersonRoleNode, score),
        MechanismNode mechanism => new SearchHit(Field, Text, null, null, null, mechanism, _detail as EvidenceNode, _detail as PersonRoleNode, score),
        _ => throw new InvalidOperationException("A search entry leads to no fact."),
    };
}
