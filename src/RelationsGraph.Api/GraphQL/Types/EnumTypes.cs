using GraphQL.Types;
using RelationsGraph.Facts;
using RelationsGraph.Search;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class InstrumentKindType : EnumerationGraphType<InstrumentKind>
{
    public InstrumentKindType()
    {
        Name = "InstrumentKind";
        Description = "What an instrument is: agreement, memorandum of understanding, minutes, implementation plan, joint statement, coordination rules, joint committee meeting, visit, award, or cooperation stated without naming its instrument.";
    }
}

internal sealed class InstrumentStatusType : EnumerationGraphType<InstrumentStatus>
{
    public InstrumentStatusType()
    {
        Name = "InstrumentStatus";
        Description = "CONCLUDED when signed, issued or held; PLANNED when a source only plans it.";
    }
}

internal sealed class PartyLevelType : EnumerationGraphType<PartyLevel>
{
    public PartyLevelType()
    {
        Name = "PartyLevel";
        Description = "The level at which a party acts for its province: its government, a district, police, court, Fatherland Front, women's union, university and so on.";
    }
}

internal sealed class PartyRoleType : EnumerationGraphType<PartyRole>
{
    public PartyRoleType()
    {
        Name = "PartyRole";
        Description = "How a party takes part: signs, issues a unilateral plan, is the plan's counterpart, hosts or pays a visit, presents or receives an award.";
    }
}

internal sealed class CommitmentKindType : EnumerationGraphType<CommitmentKind>
{
    public CommitmentKindType()
    {
        Name = "CommitmentKind";
        Description = "The type of a pledge made under an instrument.";
    }
}

internal sealed class SessionModeType : EnumerationGraphType<SessionMode>
{
    public SessionModeType()
    {
        Name = "SessionMode";
        Description = "How a session was held.";
    }
}

internal sealed class PersonRoleKindType : EnumerationGraphType<PersonRoleKind>
{
    public PersonRoleKindType()
    {
        Name = "PersonRoleKind";
        Description = "What a person did at a signing or session.";
    }
}

internal sealed class SourceKindType : EnumerationGraphType<SourceKind>
{
    public SourceKindType()
    {
        Name = "SourceKind";
        Description = "How a fact is known, strongest first: an official document (the instrument or an official text stating it), the body of a news article, the summary line of a related-news item, or only a related-news headline.";
    }
}

internal sealed class InForceStatusType : EnumerationGraphType<InForceStatus>
{
    public InForceStatusType()
    {
        Name = "InForceStatus";
        Description = "Whether a fact was in force on a day: IN_FORCE by every source; DISPUTED when one source's date puts it in force and another's does not (e.g. Plan 667/KH-UBND, dated 9 December 2021 in one document and 12 December in another); NOT_IN_FORCE; UNDATED when the sources give no date to tell.";
    }
}

internal sealed class OrderDirectionType : EnumerationGraphType<OrderDirection>
{
    public OrderDirectionType()
    {
        Name = "OrderDirection";
        Description = "ASC for ascending order, DESC for descending.";
    }
}

internal sealed class SearchFieldType : EnumerationGraphType<SearchField>
{
    public SearchFieldType()
    {
        Name = "SearchField";
        Description = "Where a search matched: an instrument's number or title, a person's name, or an evidence quote.";
    }
}

/// <summary>The direction of an order argument.</summary>
internal enum OrderDirection
{
    Asc,
    Desc,
}
