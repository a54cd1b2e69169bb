namespace RelationsGraph.Search;

/// <summary>Where a search matched, in the order hits are ranked.</summary>
public enum SearchField
{
    /// <summary>An instrument's official number (481/KH-UBND).</summary>
    InstrumentNumber,

    /// <summary>An instrument's English or Vietnamese title.</summary>
    InstrumentTitle,

    /// <summary>The name of a person who signed or attended.</summary>
    PersonName,

    /// <summary>The quote of a piece of evidence.</summary>
    EvidenceQuote,
}
