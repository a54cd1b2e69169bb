using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Api.GraphQL;
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
        using var client = strict.CreateGraphQLClient();

        var response = variable is null ? await client.PostAsync(query) : await client.PostAsync(query, new { c = variable });

        // provincesWithSeveralPartners (1) + one item per Lao unit × (province (1) + id (1)), not the largest country's.
        Assert.True(laos < GraphStatistics.Of(snapshot).UnitsPerCountry);
        Assert.Contains($"about {1 + (2 * laos):N0} values", response.FirstErrorMessage, StringComparison.Ordinal);
    }

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
