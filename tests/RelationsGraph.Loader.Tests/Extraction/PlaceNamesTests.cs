using RelationsGraph.Gazetteer;
using Xunit;

namespace RelationsGraph.Loader.Tests.Extraction;

/// <summary>
/// The extractor's gazetteer built from the repository's graph-seed: every beginning of every name is known as one
/// (a name running over several words is followed word by word), nothing else is, and a saint's name is found short.
/// </summary>
public sealed class PlaceNamesTests
{
    [Fact]
    public async Task Every_beginning_of_every_name_is_a_prefix()
    {
        var names = await Extracted.NamesAsync();
        var keys = names.Directory.Keys.Select(pair => pair.Key).ToList();

        var missing = keys.SelectMany(key => Enumerable.Range(1, key.Length).Where(length => !names.IsPrefix(key.AsSpan(0, length))).Select(length => key[..length])).Take(5).ToList();

        Assert.True(keys.Count > 10_000, $"{keys.Count} name keys");
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Text_that_begins_no_name_is_no_prefix()
    {
        var names = await Extracted.NamesAsync();
        var keys = names.Directory.Keys.Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);
        var longest = keys.MaxBy(key => key.Length)!;

        Assert.False(names.IsPrefix(longest + "qqq"));
        Assert.False(names.IsPrefix("qqqzzzxxx"));
        Assert.False(names.IsPrefix(string.Empty));
    }

    [Theory]
    [InlineData("St Petersburg", "Saint Petersburg")]
    [InlineData("St. Petersburg", "Saint Petersburg")]
    [InlineData("St Gallen", "Sankt Gallen")]
    public async Task Saint_written_short_names_the_same_units(string written, string recorded)
    {
        var names = await Extracted.NamesAsync();

        Assert.True(names.TryGetUnits(NameKey.Normalize(written), out var shortUnits));
        Assert.True(names.TryGetUnits(NameKey.Normalize(recorded), out var recordedUnits));
        Assert.Equal(recordedUnits.Select(unit => unit.Id), shortUnits.Select(unit => unit.Id));
        Assert.True(names.IsPrefix(NameKey.Normalize(written)));
    }
}
