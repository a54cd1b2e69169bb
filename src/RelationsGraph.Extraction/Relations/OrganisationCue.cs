using RelationsGraph.Facts;

namespace RelationsGraph.Extraction.Relations;

/// <summary>How an organisation named with a unit relates to it.</summary>
public enum OrganisationRole
{
    /// <summary>Acts for the unit at <see cref="OrganisationCue.Level"/> (UBND, Công an, Women's Union…).</summary>
    Acting,

    /// <summary>A hospital, company, school or NGO: not the unit acting.</summary>
    Institution,

    /// <summary>A newspaper, broadcaster or portal named after the unit.</summary>
    Media,

    /// <summary>A national body (ministry, embassy, central committee): not a provincial party.</summary>
    National,
}

/// <summary>An organisation phrase and what it makes of the unit named with it.</summary>
public sealed record OrganisationCue(OrganisationRole Role, PartyLevel Level = PartyLevel.ProvincialGovernment);
