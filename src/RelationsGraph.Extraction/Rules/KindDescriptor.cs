using RelationsGraph.Facts;

namespace RelationsGraph.Extraction.Rules;

/// <summary>What the extractor does with a kind of instrument or event.</summary>
internal enum KindClass
{
    /// <summary>Signed by the parties together (agreement, MOU, minutes, joint statement): one signing may be named by several of these words.</summary>
    Signed,

    /// <summary>Issued by one party (an implementation plan).</summary>
    Issued,

    /// <summary>A session of a standing body.</summary>
    Session,

    /// <summary>An order or medal handed over.</summary>
    Award,

    /// <summary>A visit, reception or talks.</summary>
    Visit,

    /// <summary>Cooperation stated without naming its instrument.</summary>
    Unnamed,
}

/// <summary>
/// One row of <c>Rules/kinds.tsv</c>: a kind of the model, how the extractor treats it, its precedence when one event
/// is named by words of several kinds (the more specific word wins), the roles of its Vietnamese and foreign parties,
/// and the English title a new graph-seed instrument of this kind gets.
/// </summary>
internal sealed record KindDescriptor(InstrumentKind Kind, string Code, KindClass Class, int Precedence, PartyRole VietnameseRole, PartyRole ForeignRole, string Title)
{
    /// <summary>A visit or unnamed cooperation: within a sentence, it gives way to an instrument or award named with it.</summary>
    public bool IsWeak => Class is KindClass.Visit or KindClass.Unnamed;

    /// <summary>A visit, award or unnamed cooperation: the occasion of an instrument signed with it, not a relation of its own.</summary>
    public bool IsOccasion => Class is KindClass.Visit or KindClass.Award or KindClass.Unnamed;
}
