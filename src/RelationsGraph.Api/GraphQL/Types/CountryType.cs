using GraphQL;
using GraphQL.Types;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class CountryType : ObjectGraphType<CountryNode>
{
    public CountryType()
    {
        Name = "Country";
        Description = "A country, identified by its ISO 3166-1 alpha-2 code.";
        Field<NonNullGraphType<IdGraphType>>("code").Description("ISO 3166-1 alpha-2 code, e.g. VN or LA.").Resolve(context => context.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("English name.").Resolve(context => context.Source.Country.Name);
        Field<StringGraphType>("nameVi").Description("Vietnamese name.").Resolve(context => context.Source.Country.NameVi);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceType>>>>("provinces")
            .Description("The country's first-level units; with asOf, only those that existed that day.")
            .Argument<DateType>("asOf", "Only units valid on this date.")
            .WithListSize(statistics => statistics.UnitsPerCountry)
            .Resolve(context => context.GetArgument<DateOnly?>("asOf") is { } asOf
                ? context.Source.Units.Where(unit => unit.IsValidOn(asOf))
                : context.Source.Units);
    }
}
