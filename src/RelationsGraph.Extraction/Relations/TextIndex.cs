using RelationsGraph.Extraction.Rules;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Relations;

/// <summary>A document's tokens with every vocabulary of the rules matched once.</summary>
public sealed class TextIndex
{
    internal TextIndex(TokenizedText text, ExtractionRules rules)
    {
        Text = text;
        Rules = rules;
        var indexed = rules.IndexedFirstWords;
        _cueAt = new Cue[text.Count];
        var starts = indexed.Of(text, _cueAt, out var candidates);
        Cues = new MatchIndex<Cue>(text, starts, candidates, indexed.SlotOf(rules.Cues));
        foreach (var phrase in Cues.All)
        {
            _cueAt[phrase.First] |= phrase.Value;
        }

        Instruments = new MatchIndex<InstrumentCue>(text, starts, candidates, indexed.SlotOf(rules.Instruments));
        Organisations = new MatchIndex<OrganisationCue>(text, starts, candidates, indexed.SlotOf(rules.Organisations));
        Fields = new MatchIndex<string>(text, starts, candidates, indexed.SlotOf(rules.Fields));
        DocumentReferences = new MatchIndex<bool>(text, starts, candidates, indexed.SlotOf(rules.DocumentReferences));
        Anaphora = new MatchIndex<bool>(text, starts, candidates, indexed.SlotOf(rules.Anaphora));
        Titles = new MatchIndex<bool>(text, starts, candidates, indexed.SlotOf(rules.Titles));
        FieldIntroductions = new MatchIndex<bool>(text, starts, candidates, indexed.SlotOf(rules.FieldIntroductions));
    }

    // Each token's cues (CueAt), found once: the analysers ask for them token by token, several times over.
    private readonly Cue[] _cueAt;

    // The dates of the range asked for last: a sentence's analysers ask for its dates up to three times in a row.
    private (int First, int Last, IReadOnlyList<DateMention> Dates, IReadOnlyList<PeriodMention> Periods)? _datesIn;

    public TokenizedText Text { get; }

    internal ExtractionRules Rules { get; }

    public MatchIndex<Cue> Cues { get; }

    public MatchIndex<InstrumentCue> Instruments { get; }

    public MatchIndex<OrganisationCue> Organisations { get; }

    public MatchIndex<string> Fields { get; }

    public MatchIndex<bool> DocumentReferences { get; }

    public MatchIndex<bool> Anaphora { get; }

    public MatchIndex<bool> Titles { get; }

    public MatchIndex<bool> FieldIntroductions { get; }

    /// <summary>
    /// The dates and periods written in tokens [<paramref name="first"/>, <paramref name="last"/>) (<see
    /// cref="DateFinder.Find"/>), found once when the same range is asked for again; read-only, as callers share them.
    /// </summary>
    internal (IReadOnlyList<DateMention> Dates, IReadOnlyList<PeriodMention> Periods) DatesIn(int first, int last)
    {
        if (_datesIn is not { } found || found.First != first || found.Last != last)
        {
            var (dates, periods) = DateFinder.Find(Text, first, last, Rules.Dates);
            found = (first, last, dates, periods);
            _datesIn = found;
        }

        return (found.Dates, found.Periods);
    }

    public bool HasCue(int first, int last, Cue flags) => CuesWithin(first, last).HasAny(flags);

    /// <summary>The cues of every phrase lying wholly inside tokens [<paramref name="first"/>, <paramref name="last"/>), together.</summary>
    public Cue CuesWithin(int first, int last)
    {
        var found = Cue.None;
        foreach (var cue in Cues.SpanWithin(first, last))
        {
            found |= cue.Value;
        }

        return found;
    }

    /// <summary>The cues of token <paramref name="token"/>: those of the phrase starting there and those of the word itself.</summary>
    public Cue CueAt(int token) => (uint)token < (uint)_cueAt.Length ? _cueAt[token] : Cue.None;

    /// <summary>True when token <paramref name="token"/> has one of the cues <paramref name="flags"/>.</summary>
    public bool IsCue(int token, Cue flags) => CueAt(token).HasAny(flags);
}
