using GraphQL.Types;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class CommitmentType : ObjectGraphType<CommitmentNode>
{
    public CommitmentType()
    {
        Name = "Commitment";
        Description = "A pledge made under an instrument: who gives what to whom, how much, in which years.";
        Field<NonNullGraphType<IdGraphType>>("id").ResolveSource(source => source.Commitment.Id);
        Field<NonNullGraphType<CommitmentKindType>>("kind").ResolveSource(source => source.Commitment.Kind);
        Field<NonNullGraphType<StringGraphType>>("description").ResolveSource(source => source.Commitment.Description);
        Field<LongGraphType>("amount").Description("An integer amount in the unit given by 'unit'.").ResolveSource(source => source.Commitment.Amount);
        Field<StringGraphType>("unit").Description("An ISO 4217 currency code (VND) or a count unit (scholarships, courses, minor_surgery_kits…).").ResolveSource(source => source.Commitment.Unit);
        Field<ProvinceType>("from").ResolveSource(source => source.From);
        Field<ProvinceType>("to").ResolveSource(source => source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("years").ResolveSource(source => source.Commitment.Years);
        Field<NonNullGraphType<BooleanGraphType>>("reviewed").Description("True once a person has checked the pledge.").ResolveSource(source => source.Commitment.Reviewed);
        Field<NonNullGraphType<InstrumentType>>("instrument").ResolveSource(source => source.Instrument);
        Field<StringGraphType>("reviewedBy").Description("Who accepted or corrected the commitment in the review app.").ResolveSource(source => source.Commitment.ReviewedBy);
        Field<StringGraphType>("reviewedAt").Description("When the reviewer's decision was written (ISO 8601, UTC).").ResolveSource(source => SeedFormat.Timestamp(source.Commitment.ReviewedAt));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").WithListSize(statistics => statistics.EvidencePerFact).ResolveSource(source => source.Evidence);
    }
}
