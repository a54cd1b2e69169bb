using RelationsGraph.Neo4j;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Neo4j;

/// <summary>
/// The Neo4j commands' behaviour that needs no database: export, the notebook listing, and clear failures when
/// Neo4j is not configured, not reachable, or the graph-seed is invalid. Loads into a real Neo4j are tested in
/// RelationsGraph.Api.Tests (Neo4jDatabaseTests).
/// </summary>
public sealed class Neo4jCommandTests
{
    // A refused connection answers at once; the timeout is only generous so that a loaded machine is not mistaken for a silent server.
    private static readonly Dictionary<string, string?> Unreachable = new()
    {
        ["Neo4j:Uri"] = "http://127.0.0.1:9",
        ["Neo4j:Password"] = "secret",
        ["Neo4j:RequestTimeout"] = "00:00:30",
        ["Neo4j:MaxRetries"] = "0",
    };

    [Fact]
    public async Task Export_writes_a_cypher_script_of_the_whole_graph_to_standard_output()
    {
        var run = await LoaderRun.StartAsync("export", "--cypher", RepositoryPaths.GraphSeed);

        Assert.Equal(0, run.ExitCode);
        var statements = CypherScript.Split(run.Output);
        Assert.Equal(Neo4jGraphLoader.SchemaStatements, statements.Take(Neo4jGraphLoader.SchemaStatements.Count));
        Assert.Contains(statements, statement => statement.Contains("id: 'son-la-xieng-khouang-minutes-2022-2024'", StringComparison.Ordinal));
        Assert.StartsWith("MERGE (g:GraphVersion", statements[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_to_a_file_writes_it_whole()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("relationsgraph.cypher");

        var run = await LoaderRun.StartAsync("export", "--cypher", RepositoryPaths.GraphSeed, "--output", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("CREATE CONSTRAINT instrument_id IF NOT EXISTS", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(directory.Path));
    }

    [Fact]
    public async Task Export_without_the_format_option_is_a_usage_error()
    {
        var run = await LoaderRun.StartAsync("export", RepositoryPaths.GraphSeed);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--cypher", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_without_a_name_lists_the_notebook_with_its_parameters()
    {
        var run = await LoaderRun.StartAsync("query");

        Assert.Equal(0, run.ExitCode);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "cypher", "queries"), "*.cypher"))
        {
            Assert.Contains(Path.GetFileNameWithoutExtension(file), run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("provinces-with-several-partners  -p country=LA -p partnerCountry=VN -p minPartners=2", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_with_an_unknown_name_or_parameter_is_a_usage_error()
    {
        var unknownQuery = await LoaderRun.StartAsync("query", "no-such-query");
        var unknownParameter = await LoaderRun.StartAsync("query", "provinces-with-several-partners", "-p", "region=Asia");
        var badFormat = await LoaderRun.StartAsync("query", "conflicts", "--format", "xml");

        Assert.Equal(2, unknownQuery.ExitCode);
        Assert.Contains("no query 'no-such-query'", unknownQuery.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknownParameter.ExitCode);
        Assert.Contains("has no parameter region", unknownParameter.Error, StringComparison.Ordinal);
        Assert.Equal(2, badFormat.ExitCode);
    }

    [Fact]
    public async Task Load_and_query_without_neo4j_configured_say_how_to_configure_it()
    {
        var load = await LoaderRun.StartAsync("load", RepositoryPaths.GraphSeed);
        var query = await LoaderRun.StartAsync("query", "conflicts");

        Assert.Equal(1, load.ExitCode);
        Assert.Contains("Neo4j__Uri", load.Error, StringComparison.Ordinal);
        Assert.Equal(1, query.ExitCode);
        Assert.Contains("Neo4j__Uri", query.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_of_an_invalid_graph_seed_lists_the_errors_and_loads_nothing()
    {
        using var copy = new SeedCopy();
        copy.Replace("parties.csv", "bac-giang-xaisomboun-police-agreement,VN-54,", "bac-giang-xaisomboun-police-agreement,VN-99,");

        var run = await LoaderRun.StartWithSettingsAsync(Unreachable, "load", copy.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("graph-seed/parties.csv:", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was loaded", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_into_an_unreachable_neo4j_fails_with_one_clear_error()
    {
        var run = await LoaderRun.StartWithSettingsAsync(Unreachable, "load", RepositoryPaths.GraphSeed);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: Neo4j cannot be reached", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
