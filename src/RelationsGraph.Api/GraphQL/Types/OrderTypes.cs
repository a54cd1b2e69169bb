using GraphQL.Types;

namespace RelationsGraph.Api.GraphQL.Types;

/// <summary>An order argument's value: which field to sort on and in which direction.</summary>
internal sealed class OrderBy<TField>
    where TField : struct, Enum
{
    public TField Field { get; set; }

    public OrderDirection Direction { get; set; } = OrderDirection.Asc;

    public bool Descending => Direction == OrderDirection.Desc;
}

/// <summary>The input type of an order argument, e.g. <c>orderBy: { field: SIGNED_ON, direction: DESC }</c>.</summary>
internal abstract class OrderInputType<TFieldType, TField> : InputObjectGraphType<OrderBy<TField>>
    where TFieldType : EnumerationGraphType<TField>
    where TField : struct, Enum
{
    protected OrderInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<TFieldType>>("field");
        Field<OrderDirectionType>("direction").DefaultValue(OrderDirection.Asc).Description("ASC unless given.");
    }
}

internal enum InstrumentOrderField
{
    InForceFrom,
    SignedOn,
    Title,
    Confidence,
    Relevance,
}

internal sealed class InstrumentOrderFieldType : EnumerationGraphType<InstrumentOrderField>
{
    public InstrumentOrderFieldType()
    {
        Name = "InstrumentOrderField";
        Description = "IN_FORCE_FROM: the first day in force (the signing date when undated); SIGNED_ON; TITLE; CONFIDENCE; RELEVANCE: the best match of 'search' first. Ties are broken by id.";
    }
}

internal sealed class InstrumentOrderType() : OrderInputType<InstrumentOrderFieldType, InstrumentOrderField>(
    "InstrumentOrder", "How instruments are listed. Default: RELEVANCE with a search, IN_FORCE_FROM ascending otherwise.");

internal enum PartnershipOrderField
{
    Province,
    Partner,
    Instruments,
    Confidence,
}

internal sealed class PartnershipOrderFieldType : EnumerationGraphType<PartnershipOrderField>
{
    public PartnershipOrderFieldType()
    {
        Name = "PartnershipOrderField";
        Description = "PROVINCE: the province's name, then the partner's; PARTNER: the partner's name; INSTRUMENTS: the number of instruments behind it; CONFIDENCE: the best confidence of its facts.";
    }
}

internal sealed class PartnershipOrderType() : OrderInputType<PartnershipOrderFieldType, PartnershipOrderField>(
    "PartnershipOrder", "How partnerships are listed. Default: PROVINCE ascending.");

internal enum ProvinceOrderField
{
    Name,
    Id,
    Relevance,
}

internal sealed class ProvinceOrderFieldType : EnumerationGraphType<ProvinceOrderField>
{
    public ProvinceOrderFieldType()
    {
        Name = "ProvinceOrderField";
        Description = "NAME: the English name; ID; RELEVANCE: with a search, exact names first, then names starting with it.";
    }
}

internal sealed class ProvinceOrderType() : OrderInputType<ProvinceOrderFieldType, ProvinceOrderField>(
    "ProvinceOrder", "How provinces are listed. Default: RELEVANCE with a search, ID otherwise.");

internal enum CommitmentOrderField
{
    Id,
    Kind,
    Amount,
}

internal sealed class CommitmentOrderFieldType : EnumerationGraphType<CommitmentOrderField>
{
    public CommitmentOrderFieldType()
    {
        Name = "CommitmentOrderField";
        Description = "ID; KIND; AMOUNT (pledges without an amount last when ascending).";
    }
}

internal sealed class CommitmentOrderType() : OrderInputType<CommitmentOrderFieldType, CommitmentOrderField>(
    "CommitmentOrder", "How commitments are listed. Default: ID ascending.");

internal enum DocumentOrderField
{
    PublishedOn,
    Title,
    Id,
}

internal sealed class DocumentOrderFieldType : EnumerationGraphType<DocumentOrderField>
{
    public DocumentOrderFieldType()
    {
        Name = "DocumentOrderField";
        Description = "PUBLISHED_ON (undated documents last when ascending); TITLE; ID.";
    }
}

internal sealed class DocumentOrderType() : OrderInputType<DocumentOrderFieldType, DocumentOrderField>(
    "DocumentOrder", "How documents are listed. Default: ID ascending.");

internal enum SessionOrderField
{
    HeldOn,
    Ordinal,
}

internal sealed class SessionOrderFieldType : EnumerationGraphType<SessionOrderField>
{
    public SessionOrderFieldType()
    {
        Name = "SessionOrderField";
        Description = "HELD_ON (undated sessions last when ascending); ORDINAL.";
    }
}

internal sealed class SessionOrderType() : OrderInputType<SessionOrderFieldType, SessionOrderField>(
    "SessionOrder", "How sessions are listed. Default: HELD_ON ascending.");
