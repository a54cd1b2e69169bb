using RelationsGraph.Extraction.Relations;
using Xunit;

namespace RelationsGraph.Loader.Tests.Extraction;

public sealed class CueTests
{
    [Fact]
    public void Every_cue_has_a_code_of_its_own_that_reads_back_as_that_cue_alone()
    {
        Assert.Equal(Cue.AllCodes.Count, Cue.AllCodes.Distinct(StringComparer.Ordinal).Count());
        var all = Cue.None;
        foreach (var code in Cue.AllCodes)
        {
            Assert.True(Cue.TryParse(code, out var cue), code);
            Assert.False(cue.HasAny(all), $"{code} shares a bit with an earlier cue");
            Assert.Equal(code, cue.ToString());
            all |= cue;
        }
    }

    [Theory]
    [InlineData("to_date")]
    [InlineData("sign")]
    [InlineData("both_sides")]
    public void The_codes_of_the_rule_files_keep_their_snake_case_names(string code) =>
        Assert.True(Cue.TryParse(code, out _), code);

    [Fact]
    public void A_set_of_cues_answers_for_each_of_its_own_and_for_no_other()
    {
        // Sign is the first bit, ToDate the 64th, the last of the first word, and Aim the first of the second.
        var set = Cue.Sign | Cue.Aim;

        Assert.True(set.HasAny(Cue.Sign));
        Assert.True(set.HasAny(Cue.Aim));
        Assert.True(set.HasAny(Cue.Planned | Cue.Aim));
        Assert.False(set.HasAny(Cue.ToDate));
        Assert.False(set.HasAny(Cue.Planned | Cue.Issue));
        Assert.Equal(Cue.Aim, set & (Cue.Aim | Cue.ToDate));
        Assert.True((set & Cue.ToDate).IsNone);
        Assert.Equal("sign,aim", set.ToString());
    }
}
