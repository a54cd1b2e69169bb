using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Relations;

/// <summary>A document's tokens with every vocabulary matched once.</summary>
public sealed class TextIndex
{
    public TextIndex(TokenizedText text)
    {
        Text = text;
        Cues = new MatchIndex<Cue>(Lexicon.Cues, text);
        Instruments = new MatchIndex<InstrumentCue>(Lexicon.Instruments, text);
        Organisations = new MatchIndex<OrganisationCue>(Lexicon.Organisations, text);
        Fields = new MatchIndex<string>(Lexicon.Fields, text);
        DocumentReferences = new MatchIndex<bool>(Lexicon.DocumentReferences, text);
        Anaphora = new MatchIndex<bool>(Lexicon.Anaphora, text);
        Titles = new MatchIndex<bool>(Lexicon.Titles, text);
        FieldIntroductions = new MatchIndex<bool>(Lexicon.FieldIntroductions, text);
    }

    public TokenizedText Text { get; }

    public MatchIndex<Cue> Cues { get; }

    public MatchIndex<InstrumentCue> Instruments { get; }

    public MatchIndex<OrganisationCue> Organisations { get; }

    public MatchIndex<string> Fields { get; }

    public MatchIndex<bool> DocumentReferences { get; }

    public MatchIndex<bool> Anaphora { get; }

    public MatchIndex<bool> Titles { get; }

    public MatchIndex<bool> FieldIntroductions { get; }

    public bool HasCue(int first, int last, Cue flags) => Cues.Within(first, last).Any(cue => (cue.Value & flags) != 0);
}
