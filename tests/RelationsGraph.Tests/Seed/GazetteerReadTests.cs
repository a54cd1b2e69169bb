using RelationsGraph.Seed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Seed;

public sealed class GazetteerReadTests
{
    [Fact]
    public async Task Reading_the_gazetteer_only_gives_the_same_gazetteer_rows_and_no_facts()
    {
        var full = await GraphSeedReader.ReadAsync(RepositoryPaths.GraphSeed, TestContext.Current.CancellationToken);

        var gazetteer = await GraphSeedReader.ReadGazetteerAsync(RepositoryPaths.GraphSeed, TestContext.Current.CancellationToken);

        Assert.Equal(full.Countries, gazetteer.Countries);
        Assert.Equal(full.CountryNames, gazetteer.CountryNames);
        Assert.Equal(full.Units, gazetteer.Units);
        Assert.Equal(full.UnitNames, gazetteer.UnitNames);
        Assert.Equal(full.Successions, gazetteer.Successions);
        Assert.Equal(full.Fields, gazetteer.Fields);
        Assert.NotEmpty(full.Instruments);
        Assert.Empty(gazetteer.Instruments);
        Assert.Empty(gazetteer.Documents);
        Assert.Empty(gazetteer.Evidence);
    }

    [Fact]
    public async Task Reading_the_gazetteer_only_still_reports_a_broken_gazetteer_table_with_its_line()
    {
        using var copy = new SeedCopy();
        copy.Append("units.csv", "\"broken");

        var failure = await Assert.ThrowsAsync<SeedValidationException>(() => GraphSeedReader.ReadGazetteerAsync(copy.Path, TestContext.Current.CancellationToken));

        Assert.Contains(failure.Errors, error => error.File.EndsWith("units.csv", StringComparison.Ordinal) && error.Line is not null);
    }
}
