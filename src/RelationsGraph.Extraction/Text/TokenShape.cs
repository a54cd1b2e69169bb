namespace RelationsGraph.Extraction.Text;

/// <summary>How a token is written, which tells names from common words.</summary>
public enum TokenShape : byte
{
    /// <summary>Lower-case letters (or a script without case).</summary>
    Lower,

    /// <summary>An upper-case first letter followed by other letters: a name or a sentence start.</summary>
    Capitalized,

    /// <summary>Two or more letters, all upper case: an acronym or a heading.</summary>
    Upper,

    /// <summary>Digits only.</summary>
    Number,

    /// <summary>Letters and digits mixed.</summary>
    Mixed,
}
