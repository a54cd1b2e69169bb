using GraphQL;
using GraphQL.Types;
using RelationsGraph.Api.GraphQL.Connections;
using RelationsGraph.Facts;
using RelationsGraph.Partnerships;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class ProvinceType : ObjectGraphType<UnitNode>
{
    public ProvinceType()
    {
        Name = "Province";
        Description = "An administrative unit: a first-level unit of any country (province, centrally-run city, state, region, oblast, prefecture...), or a second-level unit (a French department, a Belgian province, a district where documents name one).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("ISO 3166-2 code where one exists (VN-54, LA-XS); see docs/graph-seed.md for the others.").ResolveSource(source => source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("English name without diacritics.").ResolveSource(source => source.Name);
        Field<StringGraphType>("nameVi").Description("Vietnamese name with diacritics, where one is in use.").ResolveSource(source => source.Unit.NameVi);
        Field<StringGraphType>("nameLocal").Description("The local name in Latin script, as ISO 3166-2 gives it (Bayern, Île-de-France).").ResolveSource(source => source.Unit.NameLocal);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("names").Description("Every recorded name and spelling; any of them finds the unit.").ResolveSource(source => source.Names);
        Field<NonNullGraphType<StringGraphType>>("type").Description("The ISO 3166-2 category in snake_case (province, state, administrative_region for an oblast, metropolitan_region, prefecture...), or capital or district.").ResolveSource(source => source.Unit.Type);
        Field<NonNullGraphType<CountryType>>("country").ResolveSource(source => source.Country);
        Field<ProvinceType>("parent").Description("For a district, its province.").ResolveSource(source => source.Parent);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceType>>>>("districts").Description("Districts of this unit that documents name.").ResolveSource(source => source.Children);
        Field<DateType>("validFrom").ResolveSource(source => source.Unit.ValidFrom);
        Field<DateType>("validTo").Description("The last day the unit existed; null while it exists.").ResolveSource(source => source.Unit.ValidTo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuccessionType>>>>("predecessors").Description("Units merged into this one.").ResolveSource(source => source.Predecessors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuccessionType>>>>("successors").Description("The unit this one was merged into.").ResolveSource(source => source.Successors);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipType>>>>("partners")
            .Description("Units of other countries this unit is partner of: cooperation instruments and mechanism memberships, reviewed, of confidence 0.7 or more (see minConfidence, kinds, includeUnreviewed). A province formed by the 2025 merger has the partnerships it inherited from its predecessors, each marked with inheritedFrom; a former province has its own, with its successor named. Without asOf: all time, as the parties were then. With asOf: only what was in force that day (or disputed that day, marked inForce: DISPUTED).")
            .Argument<DateType>("asOf", "Only partnerships in force on this date.")
            .Argument<ListGraphType<NonNullGraphType<PartyLevelType>>>("levels", "Only ties where a party acts at one of these levels.")
            .Argument<StringGraphType>("partnerCountry", "Only partners in this country (ISO 3166-1 alpha-2 code or name).")
            .Argument<BooleanGraphType>("rollUpPredecessors", "true: attribute every partnership of a merged unit, on either side, to its 2025 successor. false: only the unit's own partnerships, not its predecessors'. Omitted: the unit's own and its predecessors'.")
            .PolicyArguments()
            .WithListSize(statistics => statistics.PartnersPerUnit)
            .ResolveContext((context, source) => context.Snapshot().PartnersOf(source, new PartnershipFilter
            {
                Policy = context.Policy(),
                AsOf = context.GetArgument<DateOnly?>("asOf"),
                Levels = context.GetArgument<List<PartyLevel>?>("levels"),
                PartnerCountry = context.CountryArgument("partnerCountry"),
                Predecessors = context.Predecessors(PredecessorMode.Inherit),
            }));

        Field<NonNullGraphType<InstrumentConnectionType>>("instruments")
            .Description("Instruments this unit or one of its districts is party to, events included; oldest first unless orderBy says otherwise.")
            .Argument<ListGraphType<NonNullGraphType<InstrumentKindType>>>("kinds")
            .Argument<DateType>("activeOn", "Only instruments in force on this date (disputed ones included, marked on their edges).")
            .Argument<BooleanGraphType>("includeBackground", "Include instruments the sources mention only as past context.", argument => argument.DefaultValue = true)
            .Argument<InstrumentOrderType>("orderBy", "Default: IN_FORCE_FROM ascending.")
            .PageArguments()
            .WithListSize(statistics => statistics.InstrumentsPerUnit)
            .ResolveContext((context, source) =>
            {
                var order = context.GetArgument<OrderBy<InstrumentOrderField>?>("orderBy");
                var activeOn = context.GetArgument<DateOnly?>("activeOn");
                var instruments = context.Snapshot().FindInstruments(
                    new InstrumentFilter
                    {
                        Party = source,
                        Kinds = context.GetArgument<List<InstrumentKind>?>("kinds"),
                        ActiveOn = activeOn,
                        IncludeBackground = context.GetArgument("includeBackground", true),
                        Order = Ordering.Instruments(order),
                    },
                    order?.Descending ?? false);
                return context.Paginate(instruments, activeOn);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipType>>>>("mechanisms").Description("Mechanisms this unit is a member of.").ResolveSource(source => source.Memberships);
        Field<NonNullGraphType<CommitmentConnectionType>>("commitmentsGiven")
            .Description("Pledges this unit made.")
            .PageArguments()
            .WithListSize(statistics => statistics.CommitmentsPerUnit)
            .ResolveContext((context, source) => context.Paginate(context.Snapshot().Commitments.Where(commitment => commitment.From == source).ToList()));
        Field<NonNullGraphType<CommitmentConnectionType>>("commitmentsReceived")
            .Description("Pledges made to this unit.")
            .PageArguments()
            .WithListSize(statistics => statistics.CommitmentsPerUnit)
            .ResolveContext((context, source) => context.Paginate(context.Snapshot().Commitments.Where(commitment => commitment.To == source).ToList()));
    }
}
