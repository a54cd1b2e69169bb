using GraphQL;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Api.GraphQL;
using RelationsGraph.Api.Http;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// The API's GraphQL set-up (the same registrations: schema, limits, document cache, execution strategy) over a
/// snapshot, without HTTP: what a request costs once it has been read and before its answer is written.
/// </summary>
internal sealed class InProcessGraphQL : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IDocumentExecuter<RelationsSchema> _executer;
    private readonly AnswerSerializer _serializer;
    private readonly RelationSnapshot _snapshot;

    /// <summary>
    /// The limits as the API has them by default, except the cost estimate's maximum: on the world-scale graph the
    /// estimate of the README's headline query is above it (see docs/benchmarks.md), and these runs measure answers.
    /// </summary>
    public InProcessGraphQL(RelationSnapshot snapshot, int maxComplexity = 100_000_000, IReadOnlyDictionary<string, string>? settings = null)
    {
        _snapshot = snapshot;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new SnapshotHolder());
        services.AddRelationsGraphQL(new ConfigurationBuilder()
            .AddInMemoryCollection([new("GraphQL:Limits:MaxComplexity", maxComplexity.ToString(System.Globalization.CultureInfo.InvariantCulture))])
            .AddInMemoryCollection(settings?.Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value)) ?? [])
            .Build());
        _services = services.BuildServiceProvider();
        _services.GetRequiredService<SnapshotHolder>().Replace(snapshot);
        _executer = _services.GetRequiredService<IDocumentExecuter<RelationsSchema>>();
        _serializer = _services.GetRequiredService<AnswerSerializer>();
    }

    /// <summary>The cost estimate of the latest query executed.</summary>
    public double LastComplexity { get; private set; }

    public async Task<ExecutionResult> ExecuteAsync(string query, bool metrics = false)
    {
        using var scope = _services.CreateScope();
        var budget = new RequestBudget(_services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQLLimits>>().Value, TimeProvider.System, CancellationToken.None);
        var result = await _executer.ExecuteAsync(options =>
        {
            options.Query = query;
            options.Root = _snapshot;
            options.RequestServices = scope.ServiceProvider;
            options.UserContext = budget.UserContext;
            options.CancellationToken = budget.Token;
            options.EnableMetrics = metrics;
        });
        LastComplexity = budget.Complexity;
        budget.Dispose();
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException("The query failed: " + string.Join("; ", errors.Select(error => error.Message)));
        }

        return result;
    }

    /// <summary>
    /// Serialises as the API does: data alone completed where it was written, anything else straight into a pooled
    /// answer buffer.
    /// </summary>
    public Task<byte[]> SerializeAsync(ExecutionResult result)
    {
        if (_serializer.TryCompleteDataOnly(result) is { } whole)
        {
            return Task.FromResult(whole.ToArray());
        }

        using var answer = new AnswerBuffer(int.MaxValue, CancellationToken.None);
        _serializer.Write(answer, result);
        return Task.FromResult(answer.Written.ToArray());
    }

    /// <summary>Executes and serialises, then returns the answer's pooled memory as the API does once it is sent.</summary>
    public async Task<byte[]> AnswerAsync(string query)
    {
        var result = await ExecuteAsync(query);
        try
        {
            return await SerializeAsync(result);
        }
        finally
        {
            (result.Data as IDisposable)?.Dispose();
        }
    }

    public void Dispose() => _services.Dispose();
}
