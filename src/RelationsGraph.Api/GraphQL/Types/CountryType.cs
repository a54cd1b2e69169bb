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
        Field<NonNullGraphType<IdGraphType>>("code").Description("ISO 3166-1 alpha-2 code, e.g. VN or LA.").Resolve(context => context.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("English name.").Resolve(context => context.Source.Country.Name);
        Field<StringGraphType>("nameVi").Description("Vietnamese name.").Resolve(context => context.Source.Country.NameVi);
        Field<StringGraphType>("alpha3").Description("ISO 3166-1 alpha-3 code.").Resolve(context => context.Source.Country.Alpha3);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("names")
            .Description("Other names in real use, in English and Vietnamese (Lao PDR, CHDCND Lào, Mỹ, Hoa Kỳ).")
            .Resolve(context => context.Source.Names.Where(name => name.Kind == CountryNameKind.Name).Select(name => name.Name));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("adjectives")
            .Description("The adjectives texts use for the country (Laotian, Lao, French). In Vietnamese the name itself is the adjective (tỉnh Champasak của Lào).")
            .Resolve(context => context.Source.Names.Where(name => name.Kind == CountryNameKind.Adjective).Select(name => name.Name));
        Field<ProvinceType>("province")
            .Description("A unit of this country by any recorded name, spelling or id: where names are shared between countries (Punjab, Limburg, Georgia) or generic (Central, Nord), this is how to ask for one country's unit. Null when the country has no unit of that name.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "Any name, spelling or id; case, spaces, hyphens and diacritics are ignored.")
            .Resolve(context => context.Snapshot().Directory.Resolve(context.GetArgument<string>("name"), context.Today(), context.Source.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceType>>>>("provinces")
            .Description("The country's first-level units (those that no longer exist too); with asOf, only those that existed that day.")
            .Argument<DateType>("asOf", "Only units valid on this date.")
            .WithListSize(statistics => statistics.UnitsPerCountry)
            .Resolve(context => context.GetArgument<DateOnly?>("asOf") is { } asOf
                ? context.Source.Units.Where(unit => unit.IsValidOn(asOf))
                : context.Source.Units);
    }
}
