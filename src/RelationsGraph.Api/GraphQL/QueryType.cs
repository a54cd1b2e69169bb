using GraphQL;
using GraphQL.Types;
using RelationsGraph.Api.GraphQL.Types;
using RelationsGraph.Facts;
using RelationsGraph.Partnerships;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// The public entry points. <c>province</c> and <c>provincesWithSeveralPartners</c> are a contract with exactly
/// these names and arguments; the schema snapshot test pins the whole schema.
/// </summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";

        Field<ProvinceType>("province")
            .Description("A province (or district) by any recorded name or spelling, or by id: \"Xay Som Bun\", \"Xaysomboun\", \"Xay Sổm Bun\" and \"LA-XS\" are one province. When a name fits several units, the one that exists today, a first-level unit, the one whose display name it is, Vietnam's, then the lowest id; country(code:) { province(name:) } looks in one country (Punjab in PK). A generic name (Central, Centre, Nord, Capital) is null here. Null when no unit has the name.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "Any name, spelling or id; case, spaces, hyphens and diacritics are ignored.")
            .Resolve(context => context.Snapshot().Directory.Resolve(context.GetArgument<string>("name"), context.Today()));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceType>>>>("provinces")
            .Description("Units whose names contain the search text (every unit when it is omitted), best matches first.")
            .Argument<StringGraphType>("search", "Part of any name or spelling.")
            .Argument<StringGraphType>("country", "ISO 3166-1 alpha-2 code.")
            .Argument<DateType>("asOf", "Only units that existed on this date.")
            .Argument<BooleanGraphType>("includeDistricts", argument => argument.DefaultValue = false)
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = GraphQLLimits.DefaultPageSize)
            .Resolve(context =>
            {
                var snapshot = context.Snapshot();
                var country = context.CountryArgument("country");
                var asOf = context.GetArgument<DateOnly?>("asOf");
                var includeDistricts = context.GetArgument<bool>("includeDistricts");
                var search = context.GetArgument<string?>("search");
                var units = string.IsNullOrWhiteSpace(search) ? snapshot.Units : snapshot.Directory.Search(search);
                return units
                    .Where(unit => (includeDistricts || unit.IsFirstLevel)
                        && (country is null || unit.Country.Code == country)
                        && (asOf is null || unit.IsValidOn(asOf.Value)))
                    .Take(context.FirstArgument());
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvincePartnersType>>>>("provincesWithSeveralPartners")
            .Description("Provinces of one country with at least minPartners partners in another, most partners first. Without levels, partnerships at every level count; without asOf, all time.")
            .Argument<NonNullGraphType<StringGraphType>>("country", "ISO 3166-1 alpha-2 code of the provinces' country, e.g. LA.")
            .Argument<NonNullGraphType<StringGraphType>>("partnerCountry", "ISO 3166-1 alpha-2 code of the partners' country, e.g. VN.")
            .Argument<IntGraphType>("minPartners", argument => argument.DefaultValue = 2)
            .Argument<DateType>("asOf")
            .Argument<ListGraphType<NonNullGraphType<PartyLevelType>>>("levels")
            .WithListSize((statistics, argument) => statistics.UnitsIn(argument("country")))
            .Resolve(context =>
            {
                var minPartners = context.GetArgument("minPartners", 2);
                if (minPartners < 1)
                {
                    throw new ExecutionError("Argument 'minPartners' must be at least 1.") { Code = "INVALID_MIN_PARTNERS" };
                }

                return context.Snapshot().ProvincesWithSeveralPartners(
                    context.CountryArgument("country")!,
                    context.CountryArgument("partnerCountry")!,
                    minPartners,
                    context.GetArgument<DateOnly?>("asOf"),
                    context.GetArgument<List<PartyLevel>?>("levels"));
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipType>>>>("partnerships")
            .Description("Every partnership of a country's provinces, optionally with one partner country, as of a date and with predecessors rolled up into their 2025 successors.")
            .Argument<NonNullGraphType<StringGraphType>>("country", "ISO 3166-1 alpha-2 code.")
            .Argument<StringGraphType>("partnerCountry", "ISO 3166-1 alpha-2 code; every other country when omitted.")
            .Argument<DateType>("asOf")
            .Argument<ListGraphType<NonNullGraphType<PartyLevelType>>>("levels")
            .Argument<BooleanGraphType>("rollUpPredecessors", argument => argument.DefaultValue = false)
            .WithListSize((statistics, argument) => statistics.PartnershipsIn(argument("country")))
            .Resolve(context => context.Snapshot().Partnerships(context.CountryArgument("country")!, new PartnershipFilter
            {
                AsOf = context.GetArgument<DateOnly?>("asOf"),
                Levels = context.GetArgument<List<PartyLevel>?>("levels"),
                PartnerCountry = context.CountryArgument("partnerCountry"),
                RollUpPredecessors = context.GetArgument<bool>("rollUpPredecessors"),
            }));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstrumentType>>>>("instruments")
            .Description("Instruments matching every given filter, oldest first.")
            .Argument<StringGraphType>("party", "A province or district party to the instrument, by any name or id.")
            .Argument<StringGraphType>("country", "ISO 3166-1 alpha-2 code of a party's country.")
            .Argument<StringGraphType>("partnerCountry", "ISO 3166-1 alpha-2 code of another party's country.")
            .Argument<ListGraphType<NonNullGraphType<InstrumentKindType>>>("kinds")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("fields", "Field-of-cooperation codes (see 'fields').")
            .Argument<ListGraphType<NonNullGraphType<PartyLevelType>>>("levels")
            .Argument<DateType>("signedFrom")
            .Argument<DateType>("signedTo")
            .Argument<DateType>("activeOn", "Only instruments in force on this date.")
            .Argument<InstrumentStatusType>("status")
            .Argument<BooleanGraphType>("includeBackground", argument => argument.DefaultValue = true)
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = GraphQLLimits.DefaultPageSize)
            .Resolve(context => context.Snapshot().FindInstruments(new InstrumentFilter
            {
                Party = context.UnitArgument("party"),
                Country = context.CountryArgument("country"),
                PartnerCountry = context.CountryArgument("partnerCountry"),
                Kinds = context.GetArgument<List<InstrumentKind>?>("kinds"),
                Fields = context.GetArgument<List<string>?>("fields"),
                Levels = context.GetArgument<List<PartyLevel>?>("levels"),
                SignedFrom = context.GetArgument<DateOnly?>("signedFrom"),
                SignedTo = context.GetArgument<DateOnly?>("signedTo"),
                ActiveOn = context.GetArgument<DateOnly?>("activeOn"),
                Status = context.GetArgument<InstrumentStatus?>("status"),
                IncludeBackground = context.GetArgument("includeBackground", true),
            }).Take(context.FirstArgument()));

        Field<InstrumentType>("instrument")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => context.Snapshot().InstrumentById.GetValueOrDefault(context.GetArgument<string>("id")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MechanismType>>>>("mechanisms")
            .Description("Multilateral mechanisms, optionally those a province is a member of, or with members in a country.")
            .Argument<StringGraphType>("member", "A member province by any name or id.")
            .Argument<StringGraphType>("country", "ISO 3166-1 alpha-2 code of a member's country.")
            .WithListSize(statistics => statistics.Mechanisms)
            .Resolve(context =>
            {
                var member = context.UnitArgument("member");
                var country = context.CountryArgument("country");
                return context.Snapshot().Mechanisms.Where(mechanism =>
                    (member is null || mechanism.Members.Any(m => m.Unit == member))
                    && (country is null || mechanism.Members.Any(m => m.Unit.Country.Code == country)));
            });

        Field<MechanismType>("mechanism")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => context.Snapshot().MechanismById.GetValueOrDefault(context.GetArgument<string>("id")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommitmentType>>>>("commitments")
            .Description("Pledges made under instruments, optionally by giver, receiver and kind.")
            .Argument<StringGraphType>("from", "The province that pledged, by any name or id.")
            .Argument<StringGraphType>("to", "The province pledged to, by any name or id.")
            .Argument<ListGraphType<NonNullGraphType<CommitmentKindType>>>("kinds")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = GraphQLLimits.DefaultPageSize)
            .Resolve(context =>
            {
                var from = context.UnitArgument("from");
                var to = context.UnitArgument("to");
                var kinds = context.GetArgument<List<CommitmentKind>?>("kinds");
                return context.Snapshot().Commitments
                    .Where(commitment => (from is null || commitment.From == from)
                        && (to is null || commitment.To == to)
                        && (kinds is not { Count: > 0 } || kinds.Contains(commitment.Commitment.Kind)))
                    .Take(context.FirstArgument());
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("documents").Description("Every source document.").WithListSize(statistics => statistics.Documents).Resolve(context => context.Snapshot().Documents);
        Field<DocumentType>("document")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => context.Snapshot().DocumentById.GetValueOrDefault(context.GetArgument<string>("id")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryType>>>>("countries").Description("Every country of ISO 3166-1, by code.").WithListSize(statistics => statistics.Countries).Resolve(context => context.Snapshot().Countries);
        Field<CountryType>("country")
            .Description("A country by its ISO 3166-1 alpha-2 or alpha-3 code (LA, LAO); null when no country has the code.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "ISO 3166-1 alpha-2 or alpha-3 code, any case.")
            .Resolve(context => context.Snapshot().FindCountry(context.GetArgument<string>("code")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CooperationFieldType>>>>("fields").Description("The fields of cooperation and their codes.").WithListSize(statistics => statistics.Fields).Resolve(context => context.Snapshot().Fields);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConflictType>>>>("conflicts").Description("Every attribute on which sources disagree, with each source's value.").WithListSize(statistics => statistics.Conflicts).Resolve(context => context.Snapshot().Conflicts);
        Field<NonNullGraphType<GraphInfoType>>("graph").Description("The snapshot that answered: its source, version and size.").Resolve(context => context.Snapshot().Info);
    }
}
