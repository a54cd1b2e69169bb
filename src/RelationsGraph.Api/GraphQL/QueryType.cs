using GraphQL;
using GraphQL.Types;
using RelationsGraph.Api.GraphQL.Connections;
using RelationsGraph.Api.GraphQL.Types;
using RelationsGraph.Facts;
using RelationsGraph.Partnerships;
using RelationsGraph.Search;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// The public entry points. <c>province</c> and <c>provincesWithSeveralPartners</c> are a contract with exactly
/// these names and arguments (arguments are only ever added); the schema snapshot test pins the whole schema.
/// Lists that can be long are Relay connections with <c>first</c>/<c>after</c>/<c>last</c>/<c>before</c>,
/// <c>totalCount</c>, <c>pageInfo</c> and an <c>orderBy</c> argument.
/// </summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";

        Field<ProvinceType>("province")
            .Description("A province (or district) by any recorded name or spelling, or by id: \"Xay Som Bun\", \"Xaysomboun\", \"Xay Sổm Bun\" and \"LA-XS\" are one province. When a name fits several units, the one that exists today, a first-level unit, the one whose display name it is, Vietnam's, then the lowest id; country(code:) { province(name:) } looks in one country (Punjab in PK). A generic name (Central, Centre, Nord, Capital) is null here. Null when no unit has the name; the response's extensions.suggestions then lists up to three close names.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "Any name, spelling or id; case, spaces, hyphens and diacritics are ignored.")
            .ResolveContext(context =>
            {
                var name = context.GetArgument<string>("name");
                var directory = context.Snapshot().Directory;
                var unit = directory.Resolve(name, context.Today());
                if (unit is null)
                {
                    ProvinceSuggestions.Add(context, "name", name, directory.Suggest(name));
                }

                return unit;
            });

        Field<NonNullGraphType<ProvinceConnectionType>>("provinces")
            .Description("Units whose names contain the search text (every unit when it is omitted).")
            .Argument<StringGraphType>("search", "Part of any name or spelling.")
            .Argument<StringGraphType>("country", "ISO 3166-1 alpha-2 code or name of the country.")
            .Argument<DateType>("asOf", "Only units that existed on this date.")
            .Argument<BooleanGraphType>("includeDistricts", argument => argument.DefaultValue = false)
            .Argument<ProvinceOrderType>("orderBy", "Default: RELEVANCE with a search, ID otherwise.")
            .PageArguments()
            .ResolveContext(context =>
            {
                var snapshot = context.Snapshot();
                var country = context.CountryArgument("country");
                var asOf = context.GetArgument<DateOnly?>("asOf");
                var includeDistricts = context.GetArgument<bool>("includeDistricts");
                var search = context.GetArgument<string?>("search");
                var units = (string.IsNullOrWhiteSpace(search) ? snapshot.Units : snapshot.Directory.Search(search))
                    .Where(unit => (includeDistricts || unit.IsFirstLevel)
                        && (country is null || unit.Country.Code == country)
                        && (asOf is null || unit.IsValidOn(asOf.Value)))
                    .ToList();
                if (context.GetArgument<OrderBy<ProvinceOrderField>?>("orderBy") is { } order && order.Field != ProvinceOrderField.Relevance)
                {
                    Comparison<UnitNode> compare = order.Field == ProvinceOrderField.Name
                        ? (a, b) => string.CompareOrdinal(a.Name, b.Name) is var byName && byName != 0 ? byName : string.CompareOrdinal(a.Id, b.Id)
                        : (a, b) => string.CompareOrdinal(a.Id, b.Id);
                    units.Sort(order.Descending ? (a, b) => compare(b, a) : compare);
                }
                else if (context.GetArgument<OrderBy<ProvinceOrderField>?>("orderBy") is { Descending: true })
                {
                    units.Reverse();
                }

                return context.Paginate(units);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvincePartnersType>>>>("provincesWithSeveralPartners")
            .Description("Provinces of one country with at least minPartners partners in another, most partners first. What counts: cooperation instruments and mechanism memberships, reviewed, of confidence 0.7 or more (see minConfidence, kinds, includeUnreviewed). Without levels, partnerships at every level count; without asOf, all time.")
            .Argument<NonNullGraphType<StringGraphType>>("country", "ISO 3166-1 alpha-2 code (or name) of the provinces' country, e.g. LA.")
            .Argument<NonNullGraphType<StringGraphType>>("partnerCountry", "ISO 3166-1 alpha-2 code (or name) of the partners' country, e.g. VN.")
            .Argument<IntGraphType>("minPartners", argument => argument.DefaultValue = 2)
            .Argument<DateType>("asOf", "Only partnerships in force on this date (or disputed that day, marked inForce: DISPUTED).")
            .Argument<ListGraphType<NonNullGraphType<PartyLevelType>>>("levels")
            .PolicyArguments()
            .WithListSize((statistics, argument) => statistics.UnitsIn(argument("country")), bounds => bounds.Provinces)
            .OpensPartnershipScope((statistics, argument) => argument("asOf") is null ? statistics.PartnershipsBetween(argument("country"), argument("partnerCountry")) : null)
            .ResolveContext(context =>
            {
                var minPartners = context.GetArgument("minPartners", 2);
                if (minPartners < 1)
                {
                    throw new ExecutionError("Argument 'minPartners' must be at least 1.") { Code = "INVALID_MIN_PARTNERS" };
                }

                return context.Snapshot().ProvincesWithSeveralPartners(context.CountryArgument("country")!, minPartners, new PartnershipFilter
                {
                    Policy = context.Policy(),
                    AsOf = context.GetArgument<DateOnly?>("asOf"),
                    Levels = context.GetArgument<List<PartyLevel>?>("levels"),
                    PartnerCountry = context.CountryArgument("partnerCountry"),
                });
            });

        Field<NonNullGraphType<PartnershipConnectionType>>("partnerships")
            .Description("Every partnership of a country's provinces, optionally with one partner country, as of a date and with predecessors rolled up into their 2025 successors. What counts: see minConfidence, kinds, includeUnreviewed.")
            .Argument<NonNullGraphType<StringGraphType>>("country", "ISO 3166-1 alpha-2 code (or name).")
            .Argument<StringGraphType>("partnerCountry", "ISO 3166-1 alpha-2 code (or name); every other country when omitted.")
            .Argument<DateType>("asOf")
            .Argument<ListGraphType<NonNullGraphType<PartyLevelType>>>("levels")
            .Argument<BooleanGraphType>("rollUpPredecessors", "Attribute every partnership of a merged unit, on either side, to its 2025 successor.", argument => argument.DefaultValue = false)
            .PolicyArguments()
            .Argument<PartnershipOrderType>("orderBy", "Default: PROVINCE ascending.")
            .PageArguments()
            .WithListSize((statistics, argument) => statistics.PartnershipsIn(argument("country")))
            .ResolveContext(context =>
            {
                var partnerships = context.Snapshot().Partnerships(context.CountryArgument("country")!, new PartnershipFilter
                {
                    Policy = context.Policy(),
                    AsOf = context.GetArgument<DateOnly?>("asOf"),
                    Levels = context.GetArgument<List<PartyLevel>?>("levels"),
                    PartnerCountry = context.CountryArgument("partnerCountry"),
                    Predecessors = context.Predecessors(PredecessorMode.AsTheyWere),
                });
                return context.Paginate(Ordering.Partnerships(partnerships, context.GetArgument<OrderBy<PartnershipOrderField>?>("orderBy")));
            });

        Field<NonNullGraphType<InstrumentConnectionType>>("instruments")
            .Description("Instruments matching every given filter: events (visits, awards) included. Oldest first unless orderBy says otherwise; with search, best match first.")
            .Argument<StringGraphType>("party", "A province or district party to the instrument, by any name or id.")
            .Argument<StringGraphType>("country", "ISO 3166-1 alpha-2 code (or name) of a party's country.")
            .Argument<StringGraphType>("partnerCountry", "ISO 3166-1 alpha-2 code (or name) of another party's country.")
            .Argument<ListGraphType<NonNullGraphType<InstrumentKindType>>>("kinds")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("fields", "Fields of cooperation, by code or label in English or Vietnamese (see 'fields').")
            .Argument<ListGraphType<NonNullGraphType<PartyLevelType>>>("levels")
            .Argument<DateType>("signedFrom")
            .Argument<DateType>("signedTo")
            .Argument<DateType>("activeOn", "Only instruments in force on this date; those in force by one source's date and not by another's are included with edges' inForce: DISPUTED.")
            .Argument<InstrumentStatusType>("status")
            .Argument<BooleanGraphType>("includeBackground", argument => argument.DefaultValue = true)
            .Argument<StringGraphType>("number", "The official number, written any way: \"481/KH-UBND\", \"481 / kh-ubnd\", \"Số 481/KH-UBND\".")
            .Argument<StringGraphType>("search", "Full text over titles, numbers, evidence quotes and people's names; case and diacritics are ignored.")
            .Argument<BooleanGraphType>("reviewed", "true: reviewed instruments only; false: unreviewed only; both when omitted.")
            .Argument<FloatGraphType>("minConfidence", "Only instruments of at least this confidence (0 to 1).")
            .Argument<InstrumentOrderType>("orderBy", "Default: RELEVANCE with a search, IN_FORCE_FROM ascending otherwise.")
            .PageArguments()
            .ResolveContext(context =>
            {
                var order = context.GetArgument<OrderBy<InstrumentOrderField>?>("orderBy");
                var activeOn = context.GetArgument<DateOnly?>("activeOn");
                var instruments = context.Snapshot().FindInstruments(
                    new InstrumentFilter
                    {
                        Party = context.UnitArgument("party"),
                        Country = context.CountryArgument("country"),
                        PartnerCountry = context.CountryArgument("partnerCountry"),
                        Kinds = context.GetArgument<List<InstrumentKind>?>("kinds"),
                        Fields = context.FieldsArgument("fields"),
                        Levels = context.GetArgument<List<PartyLevel>?>("levels"),
                        SignedFrom = context.GetArgument<DateOnly?>("signedFrom"),
                        SignedTo = context.GetArgument<DateOnly?>("signedTo"),
                        ActiveOn = activeOn,
                        Status = context.GetArgument<InstrumentStatus?>("status"),
                        IncludeBackground = context.GetArgument("includeBackground", true),
                        Number = context.GetArgument<string?>("number"),
                        Search = context.SearchArgument("search"),
                        Reviewed = context.GetArgument<bool?>("reviewed"),
                        MinConfidence = context.GetArgument<double?>("minConfidence"),
                        Order = Ordering.Instruments(order),
                    },
                    order?.Descending ?? false);
                return context.Paginate(instruments, activeOn);
            });

        Field<InstrumentType>("instrument")
            .Description("One instrument by id, or by its official number (provinces number their own documents: add party when several provinces use the number). Null when none matches.")
            .Argument<IdGraphType>("id")
            .Argument<StringGraphType>("number", "The official number, written any way: \"481/KH-UBND\", \"Số 481/KH-UBND\".")
            .Argument<StringGraphType>("party", "With number: a province or district party to the instrument.")
            .ResolveContext(context =>
            {
                var snapshot = context.Snapshot();
                var id = context.GetArgument<string?>("id");
                var number = context.GetArgument<string?>("number");
                if ((id is null) == (number is null))
                {
                    throw new ExecutionError("Give exactly one of 'id' and 'number'.") { Code = "INVALID_ARGUMENTS" };
                }

                if (id is not null)
                {
                    return snapshot.InstrumentById.GetValueOrDefault(id);
                }

                var party = context.UnitArgument("party");
                var found = snapshot.FindByNumber(number!)
                    .Where(instrument => party is null || instrument.Parties.Any(node => node.Unit == party || node.Unit.Parent == party))
                    .ToList();
                if (found.Count > 1)
                {
                    var error = new ExecutionError($"Several instruments have the number '{number}': {string.Join("; ", found.Select(instrument => $"{instrument.Id} ({string.Join(", ", instrument.Parties.Select(p => p.Unit.Name).Distinct())})"))}. Add 'party' or ask by id.")
                    {
                        Code = "AMBIGUOUS_NUMBER",
                    };
                    error.AddExtension("ids", found.Select(instrument => instrument.Id).ToArray());
                    throw error;
                }

                return found.FirstOrDefault();
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MechanismType>>>>("mechanisms")
            .Description("Multilateral mechanisms, optionally those a province is a member of, or with members in a country.")
            .Argument<StringGraphType>("member", "A member province by any name or id.")
            .Argument<StringGraphType>("country", "ISO 3166-1 alpha-2 code (or name) of a member's country.")
            .WithListSize(statistics => statistics.Mechanisms)
            .ResolveContext(context =>
            {
                var member = context.UnitArgument("member");
                var country = context.CountryArgument("country");
                return context.Snapshot().Mechanisms.Where(mechanism =>
                    (member is null || mechanism.Members.Any(m => m.Unit == member))
                    && (country is null || mechanism.Members.Any(m => m.Unit.Country.Code == country)));
            });

        Field<MechanismType>("mechanism")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveContext(context => context.Snapshot().MechanismById.GetValueOrDefault(context.GetArgument<string>("id")));

        Field<NonNullGraphType<SessionConnectionType>>("sessions")
            .Description("Sessions (conferences, meetings) of mechanisms, optionally of one mechanism, with a member, or within dates.")
            .Argument<IdGraphType>("mechanism", "A mechanism's id.")
            .Argument<StringGraphType>("member", "A member province by any name or id.")
            .Argument<DateType>("heldFrom")
            .Argument<DateType>("heldTo")
            .Argument<BooleanGraphType>("reviewed", "true: reviewed sessions only; false: unreviewed only; both when omitted.")
            .Argument<SessionOrderType>("orderBy", "Default: HELD_ON ascending.")
            .PageArguments()
            .ResolveContext(context =>
            {
                var snapshot = context.Snapshot();
                var mechanismId = context.GetArgument<string?>("mechanism");
                var member = context.UnitArgument("member");
                var from = context.GetArgument<DateOnly?>("heldFrom");
                var to = context.GetArgument<DateOnly?>("heldTo");
                var reviewed = context.GetArgument<bool?>("reviewed");
                var sessions = snapshot.Sessions
                    .Where(session => (mechanismId is null || session.Mechanism.Id == mechanismId)
                        && (member is null || session.Mechanism.Members.Any(m => m.Unit == member))
                        && (from is null || session.Session.HeldOn >= from)
                        && (to is null || session.Session.HeldOn <= to)
                        && (reviewed is null || session.Session.Reviewed == reviewed))
                    .ToList();
                return context.Paginate(Ordering.Sessions(sessions, context.GetArgument<OrderBy<SessionOrderField>?>("orderBy")));
            });

        Field<NonNullGraphType<CommitmentConnectionType>>("commitments")
            .Description("Pledges made under instruments, optionally by giver, receiver and kind.")
            .Argument<StringGraphType>("from", "The province that pledged, by any name or id.")
            .Argument<StringGraphType>("to", "The province pledged to, by any name or id.")
            .Argument<ListGraphType<NonNullGraphType<CommitmentKindType>>>("kinds")
            .Argument<BooleanGraphType>("reviewed", "true: reviewed commitments only; false: unreviewed only; both when omitted.")
            .Argument<CommitmentOrderType>("orderBy", "Default: ID ascending.")
            .PageArguments()
            .ResolveContext(context =>
            {
                var from = context.UnitArgument("from");
                var to = context.UnitArgument("to");
                var kinds = context.GetArgument<List<CommitmentKind>?>("kinds");
                var reviewed = context.GetArgument<bool?>("reviewed");
                var commitments = context.Snapshot().Commitments
                    .Where(commitment => (from is null || commitment.From == from)
                        && (to is null || commitment.To == to)
                        && (kinds is not { Count: > 0 } || kinds.Contains(commitment.Commitment.Kind))
                        && (reviewed is null || commitment.Commitment.Reviewed == reviewed))
                    .ToList();
                return context.Paginate(Ordering.Commitments(commitments, context.GetArgument<OrderBy<CommitmentOrderField>?>("orderBy")));
            });

        Field<NonNullGraphType<DocumentConnectionType>>("documents")
            .Description("The source documents.")
            .Argument<DocumentOrderType>("orderBy", "Default: ID ascending.")
            .PageArguments()
            .WithListSize(statistics => statistics.Documents)
            .ResolveContext(context => context.Paginate(Ordering.Documents(context.Snapshot().Documents, context.GetArgument<OrderBy<DocumentOrderField>?>("orderBy"))));
        Field<DocumentType>("document")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveContext(context => context.Snapshot().DocumentById.GetValueOrDefault(context.GetArgument<string>("id")));

        Field<NonNullGraphType<SearchHitConnectionType>>("search")
            .Description("Full-text search over instrument titles and numbers, evidence quotes and people's names: case and diacritics are ignored (\"xay som bun\" finds \"Xay Sổm Bun\"), every word must match, the last also as the start of a longer word. Best matches first: numbers, titles, names, then quotes.")
            .Argument<NonNullGraphType<StringGraphType>>("text", $"The words to find (at most {SearchIndex.MaxQueryLength} characters).")
            .PageArguments()
            .ResolveContext(context => context.Paginate(context.Snapshot().Search.Search(context.SearchArgument("text")!)));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryType>>>>("countries").Description("Every country of ISO 3166-1, by code.").WithListSize(statistics => statistics.Countries).ResolveContext(context => context.Snapshot().Countries);
        Field<CountryType>("country")
            .Description("A country by its ISO 3166-1 alpha-2 or alpha-3 code (LA, LAO); null when no country has the code.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "ISO 3166-1 alpha-2 or alpha-3 code, any case.")
            .ResolveContext(context => context.Snapshot().FindCountry(context.GetArgument<string>("code")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CooperationFieldType>>>>("fields").Description("The fields of cooperation with their codes and labels; arguments accept either.").WithListSize(statistics => statistics.Fields).ResolveContext(context => context.Snapshot().Fields);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConflictType>>>>("conflicts").Description("Every attribute on which sources disagree, with each source's value.").WithListSize(statistics => statistics.Conflicts).ResolveContext(context => context.Snapshot().Conflicts);
        Field<NonNullGraphType<GraphInfoType>>("graph").Description("The snapshot that answered: its source, version and size.").ResolveContext(context => context.Snapshot().Info);
    }
}
