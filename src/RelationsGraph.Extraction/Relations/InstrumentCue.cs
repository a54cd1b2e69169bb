using RelationsGraph.Extraction.Rules;
using RelationsGraph.Facts;

namespace RelationsGraph.Extraction.Relations;

/// <summary>
/// A phrase naming an instrument or an event, with the descriptor of its kind. <see cref="IsMeeting"/> phrases
/// (hội nghị, conference) are a joint committee session when the sentence names a standing body or an ordinal, a
/// visit otherwise. <see cref="RefersToDocument"/> phrases ("Kế hoạch này", "this plan") mean the document's own
/// instrument; <see cref="NamesMechanism"/> phrases name a standing body (Joint Working Committee). <see cref="Travel"/>
/// phrases ("thăm và làm việc tại", "a visit to") make the place named after them the host rather than a venue.
/// </summary>
public sealed record InstrumentCue
{
    internal InstrumentCue(KindDescriptor descriptor, bool refersToDocument = false, bool namesMechanism = false, bool isMeeting = false, bool travel = false)
    {
        Descriptor = descriptor;
        RefersToDocument = refersToDocument;
        NamesMechanism = namesMechanism;
        IsMeeting = isMeeting;
        Travel = travel;
    }

    public InstrumentKind Kind => Descriptor.Kind;

    public bool RefersToDocument { get; }

    public bool NamesMechanism { get; }

    public bool IsMeeting { get; }

    public bool Travel { get; }

    /// <summary>Visits and unnamed cooperation: they give way to a named instrument of the same parties.</summary>
    public bool IsWeak => Descriptor.IsWeak;

    internal KindDescriptor Descriptor { get; }
}
