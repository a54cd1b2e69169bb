using System.Text;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Neo4j;

/// <summary>
/// A plain Cypher script that builds the whole graph in an empty Neo4j through cypher-shell or Neo4j Browser, for
/// offices without a network path to the loader: the schema, then the loader's own MERGE statements with the rows
/// written as literals, then the version marker. Running it again on the same database changes nothing.
/// </summary>
public static class CypherExport
{
    public const int RowsPerStatement = 500;

    public static async Task WriteAsync(GraphSeed seed, string version, string source, DateTimeOffset exportedAt, TextWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var snapshot = SnapshotBuilder.Build(seed, source, version, exportedAt);
        await writer.WriteLineAsync($"// RelationsGraph {version}, exported {exportedAt:yyyy-MM-dd HH:mm} UTC from {source}.");
        await writer.WriteLineAsync("// Run in an empty database: cypher-shell -u neo4j -p <password> -f relationsgraph.cypher");
        await writer.WriteLineAsync("// (or paste it into Neo4j Browser with multi-statement queries enabled). Every statement is idempotent.");
        await writer.WriteLineAsync();
        foreach (var statement in Neo4jGraphLoader.SchemaStatements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(statement + ";");
        }

        await writer.WriteLineAsync();
        var loadId = CypherLiteral.Format(version);
        foreach (var (template, rows) in Neo4jGraphLoader.Steps(seed, snapshot))
        {
            foreach (var batch in rows.Chunk(RowsPerStatement))
            {
                cancellationToken.ThrowIfCancellationRequested();
                // The rows go in last, so that no value in them is mistaken for a parameter.
                var text = new StringBuilder(template.Text)
                    .Replace("$loadId", loadId)
                    .Replace("$rows", CypherLiteral.Format(batch))
                    .ToString();
                await writer.WriteLineAsync($"// {template.Name}");
                await writer.WriteLineAsync(text + ";");
            }
        }

        var marker = new StringBuilder(GraphCypher.SetVersion.Text)
            .Replace("$version", CypherLiteral.Format(version))
            .Replace("$source", CypherLiteral.Format(source))
            .Replace("$loadedAt", CypherLiteral.Format(exportedAt.ToString("O")))
            .Replace("$facts", CypherLiteral.Format(seed.FactCount))
            .ToString();
        await writer.WriteLineAsync("// graph version marker");
        await writer.WriteLineAsync(marker + ";");
    }
}
