using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Api.GraphQL;
using RelationsGraph.Facts;
using RelationsGraph.Partnerships;
using Xunit;

namespace RelationsGraph.Api.Tests.Abuse;

/// <summary>The complexity estimate follows nested lists through every level, with sizes from 'first' or from the graph.</summary>
public sealed class ComplexityEstimateTests(ApiServer server)
{
    [Fact]
    public void Large_list_fields_carry_a_size_estimate_from_the_graph()
    {
        var schema = server.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var province = (IComplexGraphType)schema.AllTypes["Province"]!;

        var instruments = province.GetField("instruments")!;

        Assert.NotNull(instruments.GetMetadata<Func<GraphStatistics, Func<string, object?>, int>>("RelationsGraph:ListSize"));
    }

    [Fact]
    public async Task Estimate_multiplies_by_the_largest_list_of_the_graph_at_every_level()
    {
        using var strict = ApiServer.WithSettings(new Dictionary<string, string?> { ["GraphQL:Limits:MaxComplexity"] = "1" });
        var statistics = GraphStatistics.Of(strict.Services.GetRequiredService<RelationsGraph.Snapshots.SnapshotHolder>().Current);
        using var client = strict.CreateGraphQLClient();

        var response = await client.PostAsync("{ provinces(first: 3) { nodes { instruments { nodes { id parties { level } } } } } }");

        // provinces (1) + nodes (3) + 3 × instruments (1) + 3 × K × (nodes + id + parties + P levels): a connection
        // multiplies by its page, the smaller of 'first' (or the default page) and the graph's largest such list.
        var instruments = Math.Min(100, statistics.InstrumentsPerUnit);
        var expected = 1 + 3 + 3 + (3 * instruments * (3 + statistics.PartiesPerInstrument));
        Assert.Equal("QUERY_TOO_COMPLEX", response.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains($"about {expected:N0} values", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ provincesWithSeveralPartners(country: \"LA\", partnerCountry: \"VN\") { province { id } } }", null)]
    [InlineData("query($c: String!) { provincesWithSeveralPartners(country: $c, partnerCountry: \"VN\") { province { id } } }", "LA")]
    public async Task A_list_asked_for_one_country_is_estimated_by_that_countrys_units(string query, string? variable)
    {
        using var strict = ApiServer.WithSettings(new Dictionary<string, string?> { ["GraphQL:Limits:MaxComplexity"] = "1" });
        var snapshot = strict.Services.GetRequiredService<RelationsGraph.Snapshots.SnapshotHolder>().Current;
        var laos = snapshot.FindCountry("LA")!.Units.Count;
        var withVietnamesePartners = WidestAnswer(snapshot, "LA", "VN").Count;
        using var client = strict.CreateGraphQLClient();

        var response = variable is null ? await client.PostAsync(query) : await client.PostAsync(query, new { c = variable });

        // provincesWithSeveralPartners (1) + one item per Lao unit with a Vietnamese partner in any answer × (province
        // (1) + id (1)): not every Lao unit, nor the largest country's.
        Assert.InRange(withVietnamesePartners, 1, laos - 1);
        Assert.Contains($"about {1 + (2 * withVietnamesePartners):N0} values", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Below_a_question_about_two_countries_every_list_is_bounded_by_that_pairs_largest()
    {
        using var strict = ApiServer.WithSettings(new Dictionary<string, string?> { ["GraphQL:Limits:MaxComplexity"] = "1" });
        var snapshot = strict.Services.GetRequiredService<RelationsGraph.Snapshots.SnapshotHolder>().Current;
        var widest = WidestAnswer(snapshot, "LA", "VN");
        var provinces = widest.Count;
        var partners = widest.Max(province => province.Partners.Count);
        var instruments = widest.SelectMany(province => province.Partners).Max(partnership => partnership.Instruments.Count);
        var evidence = widest.SelectMany(province => province.Partners).SelectMany(partnership => partnership.Instruments).Max(instrument => instrument.Evidence.Count);
        using var client = strict.CreateGraphQLClient();

        var response = await client.PostAsync("""
            { provincesWithSeveralPartners(country: "LA", partnerCountry: "VN", minConfidence: 0.9) {
                ... on ProvincePartners { partners { partner { name } instruments { title evidence { quote } } } } } }
            """);

        // 1 + P × (partners + Q × (partner + name + instruments + I × (title + evidence + E × quote))), with P, Q, I
        // and E the largest lists of the Lao-Vietnamese partnerships, not the graph's.
        var expected = 1 + (provinces * (1 + (partners * (3 + (instruments * (2 + evidence))))));
        var statistics = GraphStatistics.Of(snapshot);
        Assert.True(partners < statistics.PartnersPerUnit || instruments < statistics.InstrumentsPerPair || evidence < statistics.EvidencePerFact);
        Assert.Contains($"about {expected:N0} values", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ provincesWithSeveralPartners(country: "LA", partnerCountry: "VN", asOf: "2023-01-01") { partners { instruments { title } } } }""")]
    [InlineData("""query($d: Date) { provincesWithSeveralPartners(country: "LA", partnerCountry: "VN", asOf: $d) { partners { instruments { title } } } }""")]
    public async Task With_an_as_of_date_the_graphs_largest_lists_apply(string query)
    {
        using var strict = ApiServer.WithSettings(new Dictionary<string, string?> { ["GraphQL:Limits:MaxComplexity"] = "1" });
        var snapshot = strict.Services.GetRequiredService<RelationsGraph.Snapshots.SnapshotHolder>().Current;
        var statistics = GraphStatistics.Of(snapshot);
        var laos = snapshot.FindCountry("LA")!.Units.Count;
        using var client = strict.CreateGraphQLClient();

        var response = await client.PostAsync(query, new { d = "2023-01-01" });

        // An as-of date attributes ties to the units holding the territory that day: the pair's all-time bounds do not hold.
        var expected = 1 + (laos * (1 + (statistics.PartnersPerUnit * (1 + statistics.InstrumentsPerPair))));
        Assert.Contains($"about {expected:N0} values", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_step_outside_the_pairs_partnerships_the_graphs_largest_lists_apply_again()
    {
        using var strict = ApiServer.WithSettings(new Dictionary<string, string?> { ["GraphQL:Limits:MaxComplexity"] = "1" });
        var snapshot = strict.Services.GetRequiredService<RelationsGraph.Snapshots.SnapshotHolder>().Current;
        var statistics = GraphStatistics.Of(snapshot);
        var widest = WidestAnswer(snapshot, "LA", "VN");
        var provinces = widest.Count;
        var partners = widest.Max(province => province.Partners.Count);
        using var client = strict.CreateGraphQLClient();

        var response = await client.PostAsync("""{ provincesWithSeveralPartners(country: "LA", partnerCountry: "VN") { partners { partner { partners { instruments { title } } } } } }""");

        // The partner's own partners are anyone's: P × (partners + Q × (partner + partners + R × (instruments + S × title))).
        var expected = 1 + (provinces * (1 + (partners * (2 + (statistics.PartnersPerUnit * (1 + statistics.InstrumentsPerPair))))));
        Assert.Contains($"about {expected:N0} values", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fragment_spread_inside_and_outside_the_pairs_partnerships_is_estimated_apart_at_each_place()
    {
        using var strict = ApiServer.WithSettings(new Dictionary<string, string?> { ["GraphQL:Limits:MaxComplexity"] = "1" });
        var statistics = GraphStatistics.Of(strict.Services.GetRequiredService<RelationsGraph.Snapshots.SnapshotHolder>().Current);
        var bounds = statistics.PartnershipsBetween("LA", "VN")!;
        using var client = strict.CreateGraphQLClient();
        const string Fragment = "fragment I on Partnership { instruments { title evidence { quote } } }";
        const string Inside = """a: provincesWithSeveralPartners(country: "LA", partnerCountry: "VN") { partners { ...I } }""";
        const string Outside = """b: province(name: "Bac Giang") { partners { ...I } }""";

        var inside = Estimate(await client.PostAsync($"{{ {Inside} }} {Fragment}"));
        var outside = Estimate(await client.PostAsync($"{{ {Outside} }} {Fragment}"));
        var both = Estimate(await client.PostAsync($"{{ {Inside} {Outside} }} {Fragment}"));

        // The root fields add up: the spread outside the scope is not given the tighter bounds found inside it.
        Assert.True(bounds.InstrumentsPerPartnership < statistics.InstrumentsPerPair || bounds.EvidencePerInstrument < statistics.EvidencePerFact);
        Assert.Equal(inside + outside, both);
    }

    [Fact]
    public void No_policy_levels_or_threshold_gives_a_longer_list_than_the_pairs_bounds()
    {
        var snapshot = server.Services.GetRequiredService<RelationsGraph.Snapshots.SnapshotHolder>().Current;
        var statistics = GraphStatistics.Of(snapshot);
        PartnershipPolicy[] policies =
        [
            PartnershipPolicy.Default,
            PartnershipPolicy.Widest,
            new() { MinConfidence = 0, Kinds = [InstrumentKind.Plan, InstrumentKind.Visit, InstrumentKind.Award] },
            new() { IncludeUnreviewed = true, Kinds = Enum.GetValues<InstrumentKind>() },
        ];
        var pairs = 0;
        foreach (var country in snapshot.Countries.Where(country => country.Units.Count > 0))
        {
            foreach (var policy in policies)
            {
                foreach (var levels in new[] { null, new[] { PartyLevel.ProvincialGovernment } })
                {
                    foreach (var group in snapshot.ProvincesWithSeveralPartners(country.Code, 1, new PartnershipFilter { Policy = policy, Levels = levels })
                        .SelectMany(province => province.Partners.GroupBy(partnership => partnership.Partner.Country.Code).Select(partners => (province, partners)))
                        .GroupBy(pair => pair.partners.Key))
                    {
                        var bounds = statistics.PartnershipsBetween(country.Code, group.Key)!;
                        Assert.InRange(group.Count(), 0, bounds.Provinces);
                        Assert.All(group, pair => Assert.InRange(pair.partners.Count(), 1, bounds.PartnersPerProvince));
                        Assert.All(group.SelectMany(pair => pair.partners), partnership => Assert.InRange(partnership.Instruments.Count, 0, bounds.InstrumentsPerPartnership));
                        Assert.All(group.SelectMany(pair => pair.partners).SelectMany(partnership => partnership.Instruments), instrument => Assert.InRange(instrument.Evidence.Count, 0, bounds.EvidencePerInstrument));
                        pairs++;
                    }
                }
            }
        }

        Assert.True(pairs > 10, $"only {pairs} pairs of countries with partnerships");
    }

    private static long Estimate(GraphQLResponse response)
    {
        var message = response.FirstErrorMessage;
        var start = message.IndexOf("about ", StringComparison.Ordinal) + "about ".Length;
        return long.Parse(message[start..message.IndexOf(" values", start, StringComparison.Ordinal)], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IReadOnlyList<ProvincePartners> WidestAnswer(RelationsGraph.Snapshots.RelationSnapshot snapshot, string country, string partnerCountry) =>
        snapshot.ProvincesWithSeveralPartners(country, 1, new PartnershipFilter
        {
            Policy = PartnershipPolicy.Widest with { Kinds = Enum.GetValues<InstrumentKind>() },
            PartnerCountry = partnerCountry,
        });

    [Fact]
    public async Task A_connection_counts_its_nodes_and_edges_once_per_item_of_its_page()
    {
        using var strict = ApiServer.WithSettings(new Dictionary<string, string?> { ["GraphQL:Limits:MaxComplexity"] = "1" });
        using var client = strict.CreateGraphQLClient();

        var response = await client.PostAsync("{ documents(first: 2) { totalCount nodes { id } edges { cursor } } }");

        // documents (1) + 2 × (totalCount + nodes + id + edges + cursor), at most as many documents as the graph has.
        Assert.Contains("about 11 values", response.FirstErrorMessage, StringComparison.Ordinal);
    }
}
