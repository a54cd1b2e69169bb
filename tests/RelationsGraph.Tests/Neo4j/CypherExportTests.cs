using RelationsGraph.Neo4j;
using RelationsGraph.Seed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Neo4j;

public sealed class CypherExportTests
{
    private static async Task<string> ExportAsync()
    {
        var seed = await GraphSeedReader.ReadAsync(TestSeed.Path, TestContext.Current.CancellationToken);
        using var writer = new StringWriter();
        await CypherExport.WriteAsync(seed, "sha256:test", "graph-seed", new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), writer, TestContext.Current.CancellationToken);
        return writer.ToString();
    }

    [Fact]
    public async Task Export_script_is_plain_cypher_that_passes_the_linter()
    {
        var statements = CypherScript.Split(await ExportAsync());

        var results = await CypherLinter.LintAsync(statements.Select((statement, index) => new LintInput($"export #{index + 1}", statement, [])), TestContext.Current.CancellationToken);

        var problems = results.Where(result => result.Diagnostics.Count > 0).Select(result => $"{result.Name}: {string.Join("; ", result.Diagnostics)}").ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.DoesNotContain(statements, statement => statement.Contains('$', StringComparison.Ordinal) && !statement.Contains("'$", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_script_holds_the_schema_every_fact_and_the_version_marker()
    {
        var script = await ExportAsync();

        Assert.Contains("CREATE CONSTRAINT instrument_id IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Contains("id: 'bac-giang-plan-481-kh-ubnd-2022'", script, StringComparison.Ordinal);
        Assert.Contains("organisation: 'Bac Giang Provincial Women\\'s Union'", script, StringComparison.Ordinal);
        Assert.Contains("MERGE (a)-[r:PARTNERS_WITH]->(b)", script, StringComparison.Ordinal);
        Assert.Contains("g.version = 'sha256:test'", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_is_deterministic() => Assert.Equal(await ExportAsync(), await ExportAsync());

    [Theory]
    [InlineData("Women's Union", @"'Women\'s Union'")]
    [InlineData(@"a\b", @"'a\\b'")]
    [InlineData("line\nbreak", @"'line\nbreak'")]
    [InlineData("Xay Sổm Bun", "'Xay Sổm Bun'")]
    public void String_literals_are_escaped(string value, string expected) => Assert.Equal(expected, CypherLiteral.Format(value));

    [Fact]
    public void Maps_lists_numbers_and_nulls_are_literals() =>
        Assert.Equal(
            "{amount: 33400000000, confidence: 0.6, names: ['a', 'b'], `odd key`: null, reviewed: true}",
            CypherLiteral.Format(new Dictionary<string, object?> { ["names"] = new[] { "a", "b" }, ["amount"] = 33_400_000_000L, ["confidence"] = 0.6, ["reviewed"] = true, ["odd key"] = null }));
}
