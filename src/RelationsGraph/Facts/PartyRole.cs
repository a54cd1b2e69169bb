namespace RelationsGraph.Facts;

/// <summary>How a party takes part in an instrument.</summary>
public enum PartyRole
{
    /// <summary>Signs or concludes the instrument with the other parties.</summary>
    Signatory,

    /// <summary>Issues a unilateral instrument, such as an implementation plan.</summary>
    Issuer,

    /// <summary>The partner a unilateral instrument is about.</summary>
    Counterpart,

    /// <summary>Receives a visiting delegation.</summary>
    Host,

    /// <summary>Sends a delegation.</summary>
    Visitor,

    /// <summary>Presents an award.</summary>
    Presenter,

    /// <summary>Receives an award.</summary>
    Recipient,
}
