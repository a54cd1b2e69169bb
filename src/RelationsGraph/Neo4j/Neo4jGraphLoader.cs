using System.Reflection;
using Microsoft.Extensions.Logging;
using RelationsGraph.Facts;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Neo4j;

/// <summary>
/// Writes a graph into Neo4j as one atomic load: the schema first (idempotent), then every row in UNWIND batches with
/// MERGE on stable ids, then a sweep of whatever the source no longer has, then the version marker, all in one
/// explicit transaction, so a failed load leaves the previous graph as it was. Loading the version the graph
/// already has changes nothing.
/// </summary>
public sealed class Neo4jGraphLoader(Neo4jQueryClient client, TimeProvider timeProvider, ILogger<Neo4jGraphLoader> logger)
{
    public const int DefaultBatchSize = 5_000;

    private static readonly Lazy<IReadOnlyList<string>> Schema = new(ReadSchema);

    /// <summary>The statements of cypher/schema.cypher, in order.</summary>
    public static IReadOnlyList<string> SchemaStatements => Schema.Value;

    public async Task ApplySchemaAsync(CancellationToken cancellationToken)
    {
        // Schema changes cannot share a transaction with data writes; each runs on its own and is IF NOT EXISTS.
        foreach (var statement in SchemaStatements)
        {
            await client.RunAsync(new CypherStatement(statement), cancellationToken);
        }
    }

    public async Task<LoadResult> LoadAsync(GraphSeed seed, string version, LoadSettings settings, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var started = timeProvider.GetTimestamp();
        var snapshot = SnapshotBuilder.Build(seed, settings.Source, version, timeProvider.GetUtcNow());
        if (!settings.Force && await Neo4jGraphReader.ReadVersionAsync(client, cancellationToken) == version)
        {
            logger.LogInformation("Neo4j already holds version {Version}; nothing to load", version);
            return new LoadResult(version, Unchanged: true, Rows: 0, timeProvider.GetElapsedTime(started));
        }

        await ApplySchemaAsync(cancellationToken);
        var steps = Steps(seed, snapshot);
        var total = steps.Sum(step => step.Rows.Count);
        await client.ExecuteInTransactionAsync(async transaction =>
        {
            var written = 0;
            foreach (var (template, rows) in steps)
            {
                foreach (var batch in rows.Chunk(settings.BatchSize))
                {
                    await transaction.RunAsync(template.With(("rows", batch), ("loadId", version)), cancellationToken);
                    written += batch.Length;
                    progress?.Report(new LoadProgress(written, total, template.Name));
                }
            }

            await transaction.RunAsync(GraphCypher.SweepRelationships.With(("loadId", version)), cancellationToken);
            await transaction.RunAsync(GraphCypher.SweepNodes.With(("loadId", version)), cancellationToken);
            await transaction.RunAsync(
                GraphCypher.SetVersion.With(("version", version), ("source", settings.Source), ("loadedAt", timeProvider.GetUtcNow().ToString("O")), ("facts", seed.FactCount)),
                cancellationToken);
            return written;
        }, cancellationToken);

        var elapsed = timeProvider.GetElapsedTime(started);
        logger.LogInformation("Loaded version {Version} into Neo4j: {Rows} rows in {Seconds:F1} s", version, total, elapsed.TotalSeconds);
        return new LoadResult(version, Unchanged: false, total, elapsed);
    }

    /// <summary>Every write statement with its rows, in dependency order (nodes before the relationships to them).</summary>
    public static IReadOnlyList<(CypherTemplate Template, IReadOnlyList<Dictionary<string, object?>> Rows)> Steps(GraphSeed seed, RelationSnapshot snapshot)
    {
        var instruments = seed.Instruments.Select(instrument => instrument.Id).ToHashSet(StringComparer.Ordinal);
        var sessions = seed.Sessions.Select(session => session.Id).ToHashSet(StringComparer.Ordinal);
        var commitments = seed.Commitments.Select(commitment => commitment.Id).ToHashSet(StringComparer.Ordinal);
        var mechanisms = seed.Mechanisms.Select(mechanism => mechanism.Id).ToHashSet(StringComparer.Ordinal);
        return
        [
            (GraphCypher.MergeCountries, [.. Neo4jRows.Countries(seed)]),
            (GraphCypher.MergeUnits, [.. Neo4jRows.Units(seed)]),
            (GraphCypher.MergeUnitParents, [.. Neo4jRows.UnitParents(seed)]),
            (GraphCypher.MergeSuccessions, [.. Neo4jRows.Successions(seed)]),
            (GraphCypher.MergeFields, [.. Neo4jRows.Fields(seed)]),
            (GraphCypher.MergeDocuments, [.. Neo4jRows.Documents(seed)]),
            (GraphCypher.MergeInstruments, [.. Neo4jRows.Instruments(seed, snapshot)]),
            (GraphCypher.MergeParties, [.. Neo4jRows.Parties(seed)]),
            (GraphCypher.MergeImplements, [.. Neo4jRows.Links(seed, LinkType.Implements)]),
            (GraphCypher.MergeReplaces, [.. Neo4jRows.Links(seed, LinkType.Replaces)]),
            (GraphCypher.MergeRenews, [.. Neo4jRows.Links(seed, LinkType.Renews)]),
            (GraphCypher.MergeMechanisms, [.. Neo4jRows.Mechanisms(seed, snapshot)]),
            (GraphCypher.MergeMembers, [.. Neo4jRows.Members(seed)]),
            (GraphCypher.MergeSessions, [.. Neo4jRows.Sessions(seed)]),
            (GraphCypher.MergeCommitments, [.. Neo4jRows.Commitments(seed)]),
            (GraphCypher.MergePeople, [.. Neo4jRows.People(seed)]),
            (GraphCypher.MergeInstrumentRoles, [.. Neo4jRows.Roles(seed, instruments.Contains)]),
            (GraphCypher.MergeSessionRoles, [.. Neo4jRows.Roles(seed, sessions.Contains)]),
            (GraphCypher.MergeInstrumentEvidence, [.. Neo4jRows.Evidence(seed, instruments.Contains)]),
            (GraphCypher.MergeSessionEvidence, [.. Neo4jRows.Evidence(seed, sessions.Contains)]),
            (GraphCypher.MergeCommitmentEvidence, [.. Neo4jRows.Evidence(seed, commitments.Contains)]),
            (GraphCypher.MergeMechanismEvidence, [.. Neo4jRows.Evidence(seed, mechanisms.Contains)]),
            (GraphCypher.MergeRejections, [.. Neo4jRows.Rejections(seed)]),
            (GraphCypher.MergePartnerships, [.. Neo4jRows.Partnerships(snapshot)]),
        ];
    }

    private static IReadOnlyList<string> ReadSchema()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("RelationsGraph.Neo4j.schema.cypher")
            ?? throw new InvalidOperationException("cypher/schema.cypher is not embedded in the library.");
        using var reader = new StreamReader(stream);
        return CypherScript.Split(reader.ReadToEnd());
    }
}
