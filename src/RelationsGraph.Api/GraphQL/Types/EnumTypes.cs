using GraphQL.Types;
using RelationsGraph.Facts;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class InstrumentKindType : EnumerationGraphType<InstrumentKind>
{
    public InstrumentKindType()
    {
        Name = "InstrumentKind";
        Description = "What an instrument is: agreement, memorandum of understanding, minutes, implementation plan, joint statement, joint committee meeting, visit, award, or cooperation stated without naming its instrument.";
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
