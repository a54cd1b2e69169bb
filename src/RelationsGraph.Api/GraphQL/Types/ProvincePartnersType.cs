using GraphQL.Types;
using RelationsGraph.Partnerships;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class ProvincePartnersType : ObjectGraphType<ProvincePartners>
{
    public ProvincePartnersType()
    {
        Name = "ProvincePartners";
        Description = "A province with its partners in another country.";
        Field<NonNullGraphType<ProvinceType>>("province").ResolveSource(source => source.Province);
        Field<NonNullGraphType<IntGraphType>>("partnerCount").ResolveSource(source => source.PartnerCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipType>>>>("partners").WithListSize(statistics => statistics.PartnersPerUnit, bounds => bounds.PartnersPerProvince).ResolveSource(source => source.Partners);
    }
}
