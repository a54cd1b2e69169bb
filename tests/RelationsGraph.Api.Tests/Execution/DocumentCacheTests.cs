using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RelationsGraph.Api.GraphQL;
using RelationsGraph.Snapshots;
using Xunit;

namespace RelationsGraph.Api.Tests.Execution;

public sealed class DocumentCacheTests
{
    private const string Query = """{ provincesWithSeveralPartners(country: "LA", partnerCountry: "VN") { province { name } partners { partner { name } instruments { title } } } }""";

    [Fact]
    public async Task A_cached_document_without_variables_keeps_its_cost_estimate_until_the_graph_changes()
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        using var services = InProcessApi.Services(snapshot);
        var limits = services.GetRequiredService<IOptions<GraphQLLimits>>().Value;

        async Task<double> EstimateAsync()
        {
            using var budget = new RequestBudget(limits, InProcessApi.FixedClock, TestContext.Current.CancellationToken);
            await InProcessApi.AnswerAsync(services, snapshot, Query, budget: budget);
            return budget.Complexity;
        }

        var first = await EstimateAsync();   // parsed and validated
        var second = await EstimateAsync();  // cached document: the complexity rule runs and its estimate is kept
        var third = await EstimateAsync();   // cached document and estimate: no validation rule runs
        services.GetRequiredService<SnapshotHolder>().Replace(await InProcessApi.TestSnapshotAsync("another graph"));
        var fourth = await EstimateAsync();  // another graph: estimated again

        Assert.True(first > 0);
        Assert.Equal([first, first, first], new[] { second, third, fourth });
    }
}
