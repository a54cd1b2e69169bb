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
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Commitment.Id);
        Field<NonNullGraphType<CommitmentKindType>>("kind").Resolve(context => context.Source.Commitment.Kind);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(context => context.Source.Commitment.Description);
        Field<LongGraphType>("amount").Description("An integer amount in the unit given by 'unit'.").Resolve(context => context.Source.Commitment.Amount);
        Field<StringGraphType>("unit").Description("An ISO 4217 currency code (VND) or a count unit (scholarships, courses, minor_surgery_kits…).").Resolve(context => context.Source.Commitment.Unit);
        Field<ProvinceType>("from").Resolve(context => context.Source.From);
        Field<ProvinceType>("to").Resolve(context => context.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("years").Resolve(context => context.Source.Commitment.Years);
        Field<NonNullGraphType<BooleanGraphType>>("reviewed").Description("True once a person has checked the pledge.").Resolve(context => context.Source.Commitment.Reviewed);
        Field<NonNullGraphType<InstrumentType>>("instrument").Resolve(context => context.Source.Instrument);
        Field<StringGraphType>("reviewedBy").Description("Who accepted or corrected the commitment in the review app.").Resolve(context => context.Source.Commitment.ReviewedBy);
        Field<StringGraphType>("reviewedAt").Description("When the reviewer's decision was written (ISO 8601, UTC).").Resolve(context => SeedFormat.Timestamp(context.Source.Commitment.ReviewedAt));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").WithListSize(statistics => statistics.EvidencePerFact).Resolve(context => context.Source.Evidence);
    }
}
