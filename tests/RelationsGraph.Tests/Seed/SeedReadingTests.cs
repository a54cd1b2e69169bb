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
