using RelationsGraph.Extraction.Text;
using RelationsGraph.Facts;

namespace RelationsGraph.Extraction.Relations;

/// <summary>A phrase in a sentence that names an instrument or event, with what the sentence says about it.</summary>
internal sealed class Anchor
{
    public required int First { get; init; }

    public required int Last { get; init; }

    public required InstrumentCue Cue { get; init; }

    public required InstrumentKind Kind { get; set; }

    public string? Number { get; set; }

    public DateMention? Date { get; set; }

    public PeriodMention? Period { get; set; }

    /// <summary>The one year the cooperation agreed at this meeting is for ("agreed on cooperation orientations in 2023"): also the period of what was signed at it.</summary>
    public PeriodMention? AgreedPeriod { get; set; }

    public int? Ordinal { get; set; }

    public SessionMode Mode { get; set; }

    public bool Planned { get; set; }

    public bool Background { get; set; }

    /// <summary>The sentence says this instrument was (or will be) signed or issued: "ký kết biên bản ghi nhớ", "the MoU was signed".</summary>
    public bool Signed { get; set; }

    public string? Mechanism { get; set; }

    /// <summary>A session only because three or more provinces meet: the occasion of what they sign there, if anything.</summary>
    public bool Multilateral { get; set; }

    /// <summary>Unnamed cooperation read from a cooperation, support or gift word of a sentence that names no instrument or event.</summary>
    public bool FromCue { get; init; }

    /// <summary>
    /// Unnamed cooperation or a twinning the sentence says was signed, the sign word right before the cooperation noun
    /// ("ký kết hợp tác", "signed cooperation"; not "sign cooperative program", which names a document the rules do not
    /// know) or before a document noun ("the communes signed a document on their twinning"): a signing makes a document, an
    /// agreement unless a named instrument of the same sides is what was signed.
    /// </summary>
    public bool UnnamedSigning { get; init; }

    /// <summary>
    /// A count stands right before its name ("2 thỏa thuận", "two agreements"): several instruments of that kind, not
    /// another word for an instrument of another kind the clause names ("2 thỏa thuận … và 5 quy chế phối hợp").
    /// </summary>
    public bool Counted { get; init; }

    /// <summary>What the sides will do under a past instrument, stated right after its signing: that instrument's content.</summary>
    public bool ContentOfPast { get; set; }

    /// <summary>Signed in a sentence that opens at the occasion already stated ("Tại hội nghị, …", "At the meeting, …").</summary>
    public bool AtOccasion { get; set; }

    public List<(LinkType Type, Anchor Target)> Links { get; } = [];

    public bool IsWeak => Kind is InstrumentKind.Visit or InstrumentKind.Other;

    /// <summary>Another instrument named by the same plural word, for another period: everything else the sentence says of the word is its too.</summary>
    public Anchor WithPeriod(PeriodMention period) => new()
    {
        First = First, Last = Last, Cue = Cue, Kind = Kind, Number = Number, Date = Date, Period = period, AgreedPeriod = AgreedPeriod,
        Ordinal = Ordinal, Mode = Mode, Planned = Planned, Background = Background, Signed = Signed, Mechanism = Mechanism,
        Multilateral = Multilateral, FromCue = FromCue, UnnamedSigning = UnnamedSigning, ContentOfPast = ContentOfPast, AtOccasion = AtOccasion,
    };
}
