using RelationsGraph.Neo4j;
using Xunit;

namespace RelationsGraph.Tests.Neo4j;

public sealed class NotebookQueryTests
{
    private const string Text = """
        // Which instruments expire in a given year?
        //
        // @param year 2025 the year
        // @param country 'VN' a country code
        //
        // @column title the title
        MATCH (i:Instrument {periodEnd: $year}) RETURN i.title AS title;
        """;

    [Fact]
    public void Header_gives_the_question_parameters_with_examples_and_columns()
    {
        var query = NotebookQuery.Parse("expiring", Text);

        Assert.Equal("Which instruments expire in a given year?", query.Question);
        Assert.Equal([("year", (object?)2025L), ("country", "VN")], query.Parameters.Select(parameter => (parameter.Name, parameter.Example)));
        Assert.Equal(["title"], query.Columns.Select(column => column.Name));
        Assert.Equal("MATCH (i:Instrument {periodEnd: $year}) RETURN i.title AS title", query.Statement);
    }

    [Fact]
    public void Binding_converts_values_like_the_examples_and_defaults_to_the_examples()
    {
        var statement = NotebookQuery.Parse("expiring", Text).Bind(new Dictionary<string, string> { ["year"] = "2026" });

        Assert.Equal(2026L, statement.Parameters["year"]);
        Assert.Equal("VN", statement.Parameters["country"]);
    }

    [Fact]
    public void Decimal_parameters_take_decimal_values()
    {
        var query = NotebookQuery.Parse("threshold", """
            // Which partnerships reach a confidence?
            //
            // @param minConfidence 0.7 the lowest confidence
            MATCH ()-[r:PARTNERS_WITH]-() WHERE r.confidence >= $minConfidence RETURN count(r) AS partnerships;
            """);

        Assert.Equal(0.7, query.Parameters.Single().Example);
        Assert.Equal(0.5, query.Bind(new Dictionary<string, string> { ["minConfidence"] = "0.5" }).Parameters["minConfidence"]);
        Assert.Contains("takes a number", Assert.Throws<ArgumentException>(() => query.Bind(new Dictionary<string, string> { ["minConfidence"] = "high" })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_or_malformed_parameters_are_clear_errors()
    {
        var query = NotebookQuery.Parse("expiring", Text);

        Assert.Contains("has no parameter month", Assert.Throws<ArgumentException>(() => query.Bind(new Dictionary<string, string> { ["month"] = "1" })).Message, StringComparison.Ordinal);
        Assert.Contains("takes a whole number", Assert.Throws<ArgumentException>(() => query.Bind(new Dictionary<string, string> { ["year"] = "soon" })).Message, StringComparison.Ordinal);
    }
}
