using System.Runtime;
using RelationsGraph.Common;
using RelationsGraph.Seed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Seed;

/// <summary>How reading turns the files' bytes into rows: values parsed from the bytes, ids shared between files.</summary>
public sealed class SeedReadingTests
{
    [Fact]
    public async Task Parties_evidence_and_commitments_hold_their_instruments_own_id_strings()
    {
        var seed = await GraphSeedReader.ReadAsync(RepositoryPaths.GraphSeed, TestContext.Current.CancellationToken);

        AssertInstrumentIdsShared(seed);
    }

    [Fact]
    public async Task Ids_are_shared_and_read_the_same_when_instruments_are_out_of_order()
    {
        using var copy = new SeedCopy();
        var inOrder = await GraphSeedReader.ReadAsync(copy.Path, TestContext.Current.CancellationToken);
        var lines = File.ReadAllLines(copy.File("instruments.csv"));
        File.WriteAllLines(copy.File("instruments.csv"), [lines[0], .. lines.Skip(1).Reverse()]);

        var reversed = await GraphSeedReader.ReadAsync(copy.Path, TestContext.Current.CancellationToken);

        Assert.Equal(inOrder.Instruments.OrderBy(row => row.Id, StringComparer.Ordinal), reversed.Instruments.OrderBy(row => row.Id, StringComparer.Ordinal));
        Assert.Equal(inOrder.Parties, reversed.Parties);
        Assert.Equal(inOrder.Evidence, reversed.Evidence);
        AssertInstrumentIdsShared(reversed);
    }

    [Fact]
    public async Task Parties_and_evidence_hold_their_units_and_documents_own_id_strings()
    {
        var seed = await GraphSeedReader.ReadAsync(RepositoryPaths.GraphSeed, TestContext.Current.CancellationToken);
        var units = seed.Units.ToDictionary(row => row.Id, StringComparer.Ordinal);
        var documents = seed.Documents.ToDictionary(row => row.Id, StringComparer.Ordinal);

        Assert.NotEmpty(seed.Evidence);
        Assert.All(seed.Parties, party => Assert.Same(units[party.UnitId].Id, party.UnitId));
        Assert.All(seed.Evidence, evidence => Assert.Same(documents[evidence.DocumentId].Id, evidence.DocumentId));
    }

    [Fact]
    public void Known_ids_are_found_by_their_bytes_and_nothing_else_is()
    {
        var ids = new KnownIds(["VN-44", "KH-21", "47ee15861c1057de", "an-id-longer-than-sixteen-bytes", "Hà-Nội"]);

        Assert.Equal(3, ids.Count);
        Assert.Equal("VN-44", ids.Find("VN-44"u8));
        Assert.Equal("47ee15861c1057de", ids.Find("47ee15861c1057de"u8));
        Assert.Null(ids.Find("VN-4"u8));
        Assert.Null(ids.Find("VN-44 "u8));
        Assert.Null(ids.Find("vn-44"u8));
        Assert.Null(ids.Find("VN-44\0"u8));
        Assert.Null(ids.Find("an-id-longer-than-sixteen-bytes"u8));
        Assert.Null(ids.Find("Hà-Nội"u8));
        Assert.Null(ids.Find([]));
        Assert.Equal("KH-21", ids.Find("KH-21"u8, out var row));
        Assert.Equal(1, row);
        Assert.Null(ids.Find("KH-2"u8, out row));
        Assert.Equal(-1, row);
    }

    [Fact]
    public async Task A_party_naming_a_unit_id_too_long_to_be_known_by_its_bytes_reads_the_same()
    {
        using var copy = new SeedCopy();
        copy.Replace("units.csv", "VN-54,", "VN-54-with-a-long-id,");
        copy.Replace("parties.csv", ",VN-54,", ",VN-54-with-a-long-id,");

        var seed = await GraphSeedReader.ReadAsync(copy.Path, TestContext.Current.CancellationToken);

        var unit = Assert.Single(seed.Units, row => row.Id == "VN-54-with-a-long-id");
        var parties = seed.Parties.Where(row => row.UnitId == unit.Id).ToList();
        Assert.NotEmpty(parties);
        Assert.All(parties, party => Assert.Same(unit.Id, party.UnitId));
    }

    [Fact]
    public async Task A_leap_day_is_a_date_and_the_day_after_february_28_of_a_common_year_is_not()
    {
        using var copy = new SeedCopy();
        copy.Replace("instruments.csv", ",2022-08-25,", ",2024-02-29,");
        var seed = await GraphSeedReader.ReadAsync(copy.Path, TestContext.Current.CancellationToken);
        Assert.Contains(seed.Instruments, row => row.SignedOn == new DateOnly(2024, 2, 29));

        copy.Replace("instruments.csv", ",2024-02-29,", ",2023-02-29,");
        var failure = await Assert.ThrowsAsync<SeedValidationException>(() => GraphSeedReader.ReadAsync(copy.Path, TestContext.Current.CancellationToken));

        Assert.Contains(failure.Errors, error => error.Message == "malformed date '2023-02-29' (expected YYYY-MM-DD)");
    }

    [Fact]
    public async Task A_code_that_differs_only_in_case_is_an_unknown_value()
    {
        using var copy = new SeedCopy();
        copy.Replace("parties.csv", ",provincial_government,", ",Provincial_government,");

        var failure = await Assert.ThrowsAsync<SeedValidationException>(() => GraphSeedReader.ReadAsync(copy.Path, TestContext.Current.CancellationToken));

        Assert.Contains(failure.Errors, error => error.ColumnName == "level" && error.Message.StartsWith("unknown value 'Provincial_government' (expected one of ", StringComparison.Ordinal));
    }

    [Fact]
    public void Work_expected_to_allocate_little_runs_with_collections_as_usual()
    {
        using var region = CollectionFreeRegion.Enter(CollectionFreeRegion.MinimumBytes - 1);

        Assert.Null(region);
    }

    [Fact]
    public void A_collection_free_region_is_one_at_a_time_and_ends_when_disposed()
    {
        var region = CollectionFreeRegion.Enter(CollectionFreeRegion.MinimumBytes);
        try
        {
            Assert.NotNull(region);
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            Assert.Null(CollectionFreeRegion.Enter(CollectionFreeRegion.MinimumBytes));
        }
        finally
        {
            region?.Dispose();
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        using var next = CollectionFreeRegion.Enter(CollectionFreeRegion.MinimumBytes);
        Assert.NotNull(next);
    }

    private static void AssertInstrumentIdsShared(GraphSeed seed)
    {
        var instruments = seed.Instruments.ToDictionary(row => row.Id, StringComparer.Ordinal);
        Assert.NotEmpty(seed.Parties);
        Assert.All(seed.Parties, party => Assert.Same(instruments[party.InstrumentId].Id, party.InstrumentId));
        var instrumentEvidence = seed.Evidence.Where(row => instruments.ContainsKey(row.SubjectId)).ToList();
        Assert.NotEmpty(instrumentEvidence);
        Assert.All(instrumentEvidence, evidence => Assert.Same(instruments[evidence.SubjectId].Id, evidence.SubjectId));
        Assert.All(seed.Commitments, commitment => Assert.Same(instruments[commitment.InstrumentId].Id, commitment.InstrumentId));
    }
}
