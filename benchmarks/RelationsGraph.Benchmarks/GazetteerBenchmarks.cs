using BenchmarkDotNet.Attributes;
using GraphQL;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Api.GraphQL;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// province(name:) on the embedded default graph (the real graph-seed and its gazetteer), in process: the directory
/// look-up the resolver makes, and the whole GraphQL execution of a one-field request.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class GazetteerBenchmarks
{
    private const string Query = """query { province(name: "Xay Som Bun") { id name nameVi } }""";

    private static readonly DateOnly Today = new(2026, 1, 1);
    private RelationSnapshot _snapshot = null!;
    private ServiceProvider _services = null!;
    private IDocumentExecuter<RelationsSchema> _executer = null!;
    private IGraphQLTextSerializer _serializer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var seed = GraphSeedReader.ReadAsync(ExtractionCorpus.FindGraphSeed(), CancellationToken.None).GetAwaiter().GetResult();
        _snapshot = SnapshotBuilder.Build(seed, "graph-seed", "v1", DateTimeOffset.UnixEpoch);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRelationsGraphQL(new ConfigurationBuilder().Build());
        _services = services.BuildServiceProvider();
        _executer = _services.GetRequiredService<IDocumentExecuter<RelationsSchema>>();
        _serializer = _services.GetRequiredService<IGraphQLTextSerializer>();
    }

    [Benchmark(Description = "Directory.Resolve(\"Xay Som Bun\")")]
    public string? ResolveVariant() => _snapshot.Directory.Resolve("Xay Som Bun", Today)?.Id;

    [Benchmark(Description = "Directory.Resolve(\"Bac Ninh\") (a name two units share)")]
    public string? ResolveShared() => _snapshot.Directory.Resolve("Bac Ninh", Today)?.Id;

    [Benchmark(Description = "Directory.Resolve of an unknown name")]
    public string? ResolveMiss() => _snapshot.Directory.Resolve("Nowhere At All", Today)?.Id;

    [Benchmark(Description = "province(name:) through GraphQL execution and JSON serialisation")]
    public async Task<int> GraphQLExecution()
    {
        using var scope = _services.CreateScope();
        var result = await _executer.ExecuteAsync(options =>
        {
            options.Query = Query;
            options.Root = _snapshot;
            options.RequestServices = scope.ServiceProvider;
        });
        using var stream = new MemoryStream();
        await _serializer.WriteAsync(stream, result);
        return (int)stream.Length;
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();
}
