using BenchmarkDotNet.Attributes;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using RelationsGraph.Api.GraphQL;
using RelationsGraph.Partnerships;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// provincesWithSeveralPartners on the world-scale snapshot, in process: the query itself, and the whole GraphQL
/// execution of the request the HTTP benchmark sends (parse cache, validation, resolvers, serialisation).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class QueryBenchmarks
{
    /// <summary>The journalists' question: which provinces of one country partner with several provinces of another.</summary>
    public const string Query = """
        query { provincesWithSeveralPartners(country: "AA", partnerCountry: "AB", minPartners: 2) {
          province { id name nameVi } partnerCount partners { partner { id name nameVi } } } }
        """;

    /// <summary>The same with every instrument behind each partnership, for comparison.</summary>
    public const string QueryWithInstruments = """
        query { provincesWithSeveralPartners(country: "AA", partnerCountry: "AB", minPartners: 2) {
          province { id name nameVi } partnerCount partners { partner { id name nameVi } instruments { id kind title signedOn periodStart periodEnd } } } }
        """;

    /// <summary>A page of a long list: the instruments of one country, 100 at a time.</summary>
    public const string InstrumentsPage = """
        query { instruments(country: "AA", first: 100) { totalCount pageInfo { hasNextPage endCursor } nodes { id kind title signedOn } } }
        """;

    private RelationSnapshot _snapshot = null!;
    private ServiceProvider _services = null!;
    private IDocumentExecuter<RelationsSchema> _executer = null!;
    private IGraphQLTextSerializer _serializer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = SnapshotBuilder.Build(SyntheticWorld.Generate(), "synthetic", "v1", DateTimeOffset.UnixEpoch);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRelationsGraphQL(new ConfigurationBuilder().Build());
        _services = services.BuildServiceProvider();
        _executer = _services.GetRequiredService<IDocumentExecuter<RelationsSchema>>();
        _serializer = _services.GetRequiredService<IGraphQLTextSerializer>();
    }

    [Benchmark(Description = "provincesWithSeveralPartners (query only)")]
    public int ProvincesWithSeveralPartners() =>
        _snapshot.ProvincesWithSeveralPartners(SyntheticWorld.FirstCountry, SyntheticWorld.NeighbourCountry, 2, null, null).Count;

    [Benchmark(Description = "provincesWithSeveralPartners asOf 2020-06-01 (query only)")]
    public int ProvincesWithSeveralPartnersAsOf() =>
        _snapshot.ProvincesWithSeveralPartners(SyntheticWorld.FirstCountry, SyntheticWorld.NeighbourCountry, 2, new DateOnly(2020, 6, 1), null).Count;

    [Benchmark(Description = "search \"instrument 4242\" (query only, full-text index)")]
    public int Search() => _snapshot.Search.Search("instrument 4242").Count;

    [Benchmark(Description = "instruments(country, first: 100) connection through GraphQL execution and JSON serialisation")]
    public Task<int> InstrumentsConnection() => ExecuteAsync(InstrumentsPage);

    [Benchmark(Description = "provincesWithSeveralPartners through GraphQL execution and JSON serialisation")]
    public Task<int> GraphQLExecution() => ExecuteAsync(Query);

    [Benchmark(Description = "... with every instrument of each partnership")]
    public Task<int> GraphQLExecutionWithInstruments() => ExecuteAsync(QueryWithInstruments);

    private async Task<int> ExecuteAsync(string query)
    {
        using var scope = _services.CreateScope();
        var result = await _executer.ExecuteAsync(options =>
        {
            options.Query = query;
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
