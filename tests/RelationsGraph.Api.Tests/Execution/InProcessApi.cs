using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RelationsGraph.Api.GraphQL;
using RelationsGraph.Api.Http;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Api.Tests.Execution;

/// <summary>The API's GraphQL registrations over a snapshot, without HTTP, answering as the endpoint serialises.</summary>
internal static class InProcessApi
{
    /// <summary>
    /// A clock that never moves, for the budgets of these tests: they check answers and counts, not time, so the
    /// execution timeout must not fire when a loaded machine makes a request slow (the timeout has tests of its own).
    /// </summary>
    public static TimeProvider FixedClock { get; } = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    public static async Task<RelationSnapshot> TestSnapshotAsync(string version = "v") =>
        SnapshotBuilder.Build(await GraphSeedReader.ReadAsync(TestSeed.Path, TestContext.Current.CancellationToken), "graph-seed", version, DateTimeOffset.UnixEpoch);

    public static ServiceProvider Services(RelationSnapshot snapshot, bool graphqlDotnetStrategy = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new SnapshotHolder());
        services.AddRelationsGraphQL(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build());
        if (graphqlDotnetStrategy)
        {
            services.AddSingleton<IExecutionStrategySelector>(new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(new SerialExecutionStrategy(), OperationType.Query)]));
        }

        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<SnapshotHolder>().Replace(snapshot);
        return provider;
    }

    public static async Task<string> AnswerAsync(ServiceProvider services, RelationSnapshot snapshot, string query, string? variables = null, RequestBudget? budget = null) =>
        (await ExecuteAsync(services, snapshot, query, variables, budget)).Answer;

    /// <summary>The answer as the endpoint writes it, and whether its data was written without execution nodes.</summary>
    public static async Task<(string Answer, bool Direct)> ExecuteAsync(ServiceProvider services, RelationSnapshot snapshot, string query, string? variables = null, RequestBudget? budget = null)
    {
        using var scope = services.CreateScope();
        var serializer = services.GetRequiredService<AnswerSerializer>();
        using var ownBudget = budget is null ? new RequestBudget(services.GetRequiredService<IOptions<GraphQLLimits>>().Value, FixedClock, TestContext.Current.CancellationToken) : null;
        budget ??= ownBudget!;
        var result = await services.GetRequiredService<IDocumentExecuter<RelationsSchema>>().ExecuteAsync(options =>
        {
            options.Query = query;
            options.Variables = variables is null ? null : serializer.Deserialize<Inputs>(variables);
            options.Root = snapshot;
            options.RequestServices = scope.ServiceProvider;
            options.UserContext = budget.UserContext;
            options.CancellationToken = budget.Token;
        });
        using var answer = new AnswerBuffer(int.MaxValue, CancellationToken.None);
        var direct = result.Data is RenderedData;
        try
        {
            if (serializer.TryCompleteDataOnly(result) is { } whole)
            {
                return (System.Text.Encoding.UTF8.GetString(whole.Span), direct);
            }

            serializer.Write(answer, result);
            return (System.Text.Encoding.UTF8.GetString(answer.Written.Span), direct);
        }
        finally
        {
            (result.Data as IDisposable)?.Dispose();
        }
    }
}
