using GraphQL;
using GraphQL.Types;
using RelationsGraph.Gazetteer;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class CountryType : ObjectGraphType<CountryNode>
{
    public CountryType()
    {
        Name = "Country";
        Description = "A country, identified by its ISO 3166-1 alpha-2 code.";
        Field<NonNullGraphType<IdGraphType>>("code").Description("ISO 3166-1 alpha-2 code, e.g. VN or LA.").ResolveSource(source => source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("English name.").ResolveSource(source => source.Country.Name);
        Field<StringGraphType>("nameVi").Description("Vietnamese name.").ResolveSource(source => source.Country.NameVi);
        Field<StringGraphType>("alpha3").Description("ISO 3166-1 alpha-3 code.").ResolveSource(source => source.Country.Alpha3);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("names")
            .Description("Other names in real use, in English and Vietnamese (Lao PDR, CHDCND Lào, Mỹ, Hoa Kỳ).")
            .ResolveSource(source => source.Names.Where(name => name.Kind == CountryNameKind.Name).Select(name => name.Name));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("adjectives")
            .Description("The adjectives texts use for the country (Laotian, Lao, French). In Vietnamese the name itself is the adjective (tỉnh Champasak của Lào).")
            .ResolveSource(source => source.Names.Where(name => name.Kind == CountryNameKind.Adjective).Select(name => name.Name));
        Field<ProvinceType>("province")
            .Description("A unit of this country by any recorded name, spelling or id: where names are shared between countries (Punjab, Limburg, Georgia) or generic (Central, Nord), this is how to ask for one country's unit. Null when the country has no unit of that name.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "Any name, spelling or id; case, spaces, hyphens and diacritics are ignored.")
            .ResolveContext((context, source) => context.Snapshot().Directory.Resolve(context.GetArgument<string>("name"), context.Today(), source.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceType>>>>("provinces")
            .Description("The country's first-level units (those that no longer exist too); with asOf, only those that existed that day.")
            .Argument<DateType>("asOf", "Only units valid on this date.")
            .WithListSize(statistics => statistics.UnitsPerCountry)
            .ResolveContext((context, source) => context.GetArgument<DateOnly?>("asOf") is { } asOf
                ? source.Units.Where(unit => unit.IsValidOn(asOf))
                : source.Units);
    }
}
