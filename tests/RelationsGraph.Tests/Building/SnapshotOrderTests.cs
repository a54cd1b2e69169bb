using System.Collections.Immutable;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Building;

public sealed class SnapshotOrderTests
{
    [Fact]
    public async Task Rows_out_of_file_order_build_the_same_snapshot()
    {
        var seed = await GraphSeedReader.ReadAsync(RepositoryPaths.GraphSeed, TestContext.Current.CancellationToken);
        var shuffled = seed with
        {
            Units = Reversed(seed.Units),
            Documents = Reversed(seed.Documents),
            Instruments = Reversed(seed.Instruments),
            Parties = Reversed(seed.Parties),
            Evidence = Reversed(seed.Evidence),
        };

        var inOrder = SnapshotBuilder.Build(seed, "graph-seed", "v", DateTimeOffset.UnixEpoch);
        var outOfOrder = SnapshotBuilder.Build(shuffled, "graph-seed", "v", DateTimeOffset.UnixEpoch);

        Assert.True(seed.Evidence.Length > 100, "the repository's seed has evidence to order");
        Assert.Equal(Describe(inOrder), Describe(outOfOrder));
    }

    [Fact]
    public async Task Every_party_of_the_snapshot_gives_back_its_row()
    {
        var seed = await GraphSeedReader.ReadAsync(RepositoryPaths.GraphSeed, TestContext.Current.CancellationToken);

        var snapshot = SnapshotBuilder.Build(seed, "graph-seed", "v", DateTimeOffset.UnixEpoch);

        var fromInstruments = snapshot.Instruments.SelectMany(instrument => instrument.Parties).Select(party => party.Party).ToList();
        var fromUnits = snapshot.Units.SelectMany(unit => unit.Parties).Select(party => party.Party).ToHashSet();
        Assert.Equal(seed.Parties.OrderBy(SeedTables.Parties.Key, StringComparer.Ordinal), fromInstruments);
        Assert.True(fromUnits.SetEquals(seed.Parties));
        Assert.Contains(seed.Parties, party => party.Organisation is not null);
    }

    private static ImmutableArray<T> Reversed<T>(ImmutableArray<T> rows) => [.. rows.Reverse()];

    /// <summary>Every ordered list the build makes from the rows, as text.</summary>
    private static List<string> Describe(RelationSnapshot snapshot)
    {
        var lines = new List<string>();
        foreach (var unit in snapshot.Units)
        {
            lines.Add($"unit {unit.Id}: {string.Join(",", unit.Parties.Select(party => party.Instrument.Id))}");
        }

        foreach (var instrument in snapshot.Instruments)
        {
            lines.Add($"instrument {instrument.Id}: {string.Join(",", instrument.Parties.Select(party => party.Unit.Id))}; "
                + string.Join(",", instrument.Evidence.Select(Evidence))
                + $"; conflicts {instrument.Conflicts.Count}; in force {instrument.InForce}");
        }

        foreach (var document in snapshot.Documents)
        {
            lines.Add($"document {document.Id}: {string.Join(",", document.Evidence.Select(evidence => evidence.Evidence.SubjectId + " " + Evidence(evidence)))}");
        }

        return lines;

        static string Evidence(EvidenceNode node) =>
            $"{node.Document.Id}:{node.Evidence.Start}-{node.Evidence.End}:{node.Evidence.Field}={node.Evidence.Value}";
    }
}
