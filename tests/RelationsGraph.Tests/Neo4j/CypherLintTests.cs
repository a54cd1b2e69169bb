using RelationsGraph.Neo4j;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Neo4j;

/// <summary>Every Cypher statement the code sends and every file under cypher/ passes Neo4j's linter, parameters declared.</summary>
public sealed class CypherLintTests
{
    public static TheoryData<string> NotebookFiles() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "cypher", "queries"), "*.cypher").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Every_statement_the_code_sends_passes_the_linter()
    {
        var results = await CypherLinter.LintAsync(
            GraphCypher.All.Select(template => new LintInput(template.Name, template.Text, template.Parameters)),
            TestContext.Current.CancellationToken);

        AssertClean(results);
        Assert.Equal(GraphCypher.All.Count, results.Count);
    }

    [Fact]
    public async Task Every_statement_of_the_schema_passes_the_linter()
    {
        var statements = Neo4jGraphLoader.SchemaStatements;

        var results = await CypherLinter.LintAsync(statements.Select((statement, index) => new LintInput($"schema.cypher #{index + 1}", statement, [])), TestContext.Current.CancellationToken);

        AssertClean(results);
        Assert.Contains(statements, statement => statement.Contains("FULLTEXT INDEX unit_names", StringComparison.Ordinal));
        Assert.True(statements.Count >= 12);
    }

    [Theory]
    [MemberData(nameof(NotebookFiles))]
    public async Task Notebook_query_is_documented_and_passes_the_linter(string name)
    {
        var query = NotebookQuery.Parse(name, await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "cypher", "queries", name + ".cypher"), TestContext.Current.CancellationToken));

        var results = await CypherLinter.LintAsync([new LintInput(name, query.Statement, [.. query.Parameters.Select(parameter => parameter.Name)])], TestContext.Current.CancellationToken);

        AssertClean(results);
        Assert.NotEmpty(query.Question);
        Assert.NotEmpty(query.Columns);
        Assert.All(query.Parameters, parameter => Assert.Contains("$" + parameter.Name, query.Statement, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Linter_reports_undeclared_parameters_and_syntax_errors()
    {
        var results = await CypherLinter.LintAsync(
            [
                new LintInput("undeclared", "MATCH (u:AdministrativeUnit {id: $id}) RETURN u", []),
                new LintInput("syntax", "MATCH (u:AdministrativeUnit RETURN u", []),
            ],
            TestContext.Current.CancellationToken);

        Assert.Contains(results[0].Diagnostics, diagnostic => diagnostic.Message.Contains("Parameter $id is not defined", StringComparison.Ordinal));
        Assert.Contains(results[1].Diagnostics, diagnostic => diagnostic.Severity == 1);
    }

    private static void AssertClean(IReadOnlyList<LintResult> results)
    {
        var problems = results.Where(result => result.Diagnostics.Count > 0).Select(result => $"{result.Name}: {string.Join("; ", result.Diagnostics)}").ToList();
        Assert.True(problems.Count == 0, "Cypher lint problems:\n" + string.Join('\n', problems));
    }
}
