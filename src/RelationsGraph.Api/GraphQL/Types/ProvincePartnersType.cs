using GraphQL.Types;
using RelationsGraph.Partnerships;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class ProvincePartnersType : ObjectGraphType<ProvincePartners>
{
    public ProvincePartnersType()
    {
        Name = "ProvincePartners";
        Description = "A province with its partners in another country.";
        Field<NonNullGraphType<ProvinceType>>("province").Resolve(context => context.Source.Province);
        Field<NonNullGraphType<IntGraphType>>("partnerCount").Resolve(context => context.Source.PartnerCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipType>>>>("partners").WithListSize(statistics => statistics.PartnersPerUnit, bounds => bounds.PartnersPerProvince).Resolve(context => context.Source.Partners);
    }
}
