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

    [Fact]
    public async Task Every_evidence_node_gives_back_its_row()
    {
        var seed = await GraphSeedReader.ReadAsync(RepositoryPaths.GraphSeed, TestContext.Current.CancellationToken);

        var snapshot = SnapshotBuilder.Build(seed, "graph-seed", "v", DateTimeOffset.UnixEpoch);

        var fromDocuments = snapshot.Documents.SelectMany(document => document.Evidence).Select(node => node.Evidence).ToHashSet();
        Assert.True(fromDocuments.SetEquals(seed.Evidence));
        Assert.Equal(seed.Evidence.Length, snapshot.Documents.Sum(document => document.Evidence.Count));
        Assert.Contains(seed.Evidence, evidence => evidence.ClaimedBy is not null && evidence.ClaimedAt is not null);
        Assert.Contains(seed.Evidence, evidence => evidence.Field is not null && evidence.Value is not null && evidence.Quote is not null);
    }

    [Fact]
    public async Task Every_instrument_is_found_by_its_id_and_no_other_id_finds_one()
    {
        var seed = await GraphSeedReader.ReadAsync(RepositoryPaths.GraphSeed, TestContext.Current.CancellationToken);
        var shuffled = seed with { Instruments = Reversed(seed.Instruments) };

        foreach (var snapshot in new[] { SnapshotBuilder.Build(seed, "graph-seed", "v", DateTimeOffset.UnixEpoch), SnapshotBuilder.Build(shuffled, "graph-seed", "v", DateTimeOffset.UnixEpoch) })
        {
            Assert.Equal(seed.Instruments.Length, snapshot.InstrumentById.Count);
            Assert.All(seed.Instruments, instrument => Assert.Same(instrument, snapshot.InstrumentById[instrument.Id].Instrument));
            Assert.Equal(snapshot.Instruments.Select(instrument => instrument.Id), snapshot.InstrumentById.Keys);
            foreach (var missing in (string[])["", "0", "~", seed.Instruments[0].Id + "x", seed.Instruments[0].Id[..^1], seed.Documents[0].Id])
            {
                Assert.False(snapshot.InstrumentById.ContainsKey(missing));
                Assert.Throws<KeyNotFoundException>(() => snapshot.InstrumentById[missing]);
            }
        }
    }

    [Fact]
    public async Task Parties_and_evidence_link_the_units_and_documents_they_name_whatever_rows_the_reader_found_them_at()
    {
        var seed = await GraphSeedReader.ReadAsync(RepositoryPaths.GraphSeed, TestContext.Current.CancellationToken);
        var found = Assert.IsType<KnownRows>(seed.KnownRows);
        // Each hint is the named row's position, or -1 for an id not found by its bytes (longer than 16 bytes, say).
        Assert.All(seed.Parties.Select((party, i) => (party, row: found.PartyUnits[i])), hint => Assert.True(hint.row == -1 || seed.Units[hint.row].Id == hint.party.UnitId));
        Assert.All(seed.Evidence.Select((evidence, i) => (evidence, row: found.EvidenceDocuments[i])), hint => Assert.True(hint.row == -1 || seed.Documents[hint.row].Id == hint.evidence.DocumentId));
        Assert.Contains(found.PartyUnits, row => row >= 0);
        Assert.Contains(found.EvidenceDocuments, row => row >= 0);

        // Hints that no longer fit (every one a row off, or the units in another order than read) and no hints at all.
        var shifted = seed with { KnownRows = new KnownRows([.. found.PartyUnits.Select(row => row + 1)], [.. found.EvidenceDocuments.Select(row => row + 1)]) };
        var unitsReordered = seed with { Units = Reversed(seed.Units), Documents = Reversed(seed.Documents) };
        var withoutHints = seed with { KnownRows = null };

        var expected = Describe(SnapshotBuilder.Build(withoutHints, "graph-seed", "v", DateTimeOffset.UnixEpoch));
        foreach (var variant in new[] { seed, shifted, unitsReordered })
        {
            var snapshot = SnapshotBuilder.Build(variant, "graph-seed", "v", DateTimeOffset.UnixEpoch);
            Assert.Equal(expected, Describe(snapshot));
            Assert.Equal(
                seed.Parties.Select(party => party.UnitId).Order(StringComparer.Ordinal),
                snapshot.Instruments.SelectMany(instrument => instrument.Parties).Select(party => party.Unit.Id).Order(StringComparer.Ordinal));
        }
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
