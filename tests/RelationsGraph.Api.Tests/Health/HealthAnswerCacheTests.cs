using System.Text.Json;
using RelationsGraph.Api.Health;
using RelationsGraph.Api.Snapshots;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;
using Xunit;

namespace RelationsGraph.Api.Tests.Health;

/// <summary>
/// /health answers from bytes kept between probes: they must be what serializing the answer now would give, and be
/// made again as soon as anything the answer says changes.
/// </summary>
public sealed class HealthAnswerCacheTests
{
    private static readonly DateTimeOffset Built = new(2026, 12, 1, 4, 0, 0, TimeSpan.Zero);

    private static readonly SnapshotInfo Info = new() { Source = "graph-seed", Version = "sha256:abc", BuiltAt = Built, Units = 3, Instruments = 2 };

    [Fact]
    public void Same_state_within_a_tenth_of_a_second_gives_the_same_bytes()
    {
        var cache = new HealthAnswerCache();
        var check = new SnapshotHealth.Check(Built.AddSeconds(1), null, []);

        var first = cache.Answer(Info, check, "/seeds", Built.AddSeconds(12.01));
        var again = cache.Answer(Info, check, "/seeds", Built.AddSeconds(12.04));

        Assert.Same(first, again);
        var answer = JsonDocument.Parse(first).RootElement;
        Assert.Equal("ok", answer.GetProperty("status").GetString());
        Assert.Equal(12.0, answer.GetProperty("snapshot").GetProperty("ageSeconds").GetDouble());
        Assert.Equal("/seeds", answer.GetProperty("snapshot").GetProperty("location").GetString());
        Assert.Equal(11.0, answer.GetProperty("lastCheck").GetProperty("secondsAgo").GetDouble());
    }

    [Fact]
    public void Answer_is_made_again_when_the_age_the_check_or_the_snapshot_changes()
    {
        var cache = new HealthAnswerCache();
        var check = new SnapshotHealth.Check(Built.AddSeconds(1), null, []);
        var first = cache.Answer(Info, check, "/seeds", Built.AddSeconds(12));

        var older = cache.Answer(Info, check, "/seeds", Built.AddSeconds(12.2));
        Assert.Equal(12.2, JsonDocument.Parse(older).RootElement.GetProperty("snapshot").GetProperty("ageSeconds").GetDouble());

        var failed = new SnapshotHealth.Check(Built.AddSeconds(12), "graph-seed: 1 error", [new SeedError("units.csv", 3, 2, "id", "empty")]);
        var degraded = JsonDocument.Parse(cache.Answer(Info, failed, "/seeds", Built.AddSeconds(12.2))).RootElement;
        Assert.Equal("degraded", degraded.GetProperty("status").GetString());
        Assert.Equal("units.csv", degraded.GetProperty("lastCheck").GetProperty("errors")[0].GetProperty("file").GetString());

        var next = Info with { Version = "sha256:def", BuiltAt = Built.AddSeconds(12) };
        var rebuilt = JsonDocument.Parse(cache.Answer(next, failed, "/seeds", Built.AddSeconds(12.2))).RootElement;
        Assert.Equal("sha256:def", rebuilt.GetProperty("snapshot").GetProperty("version").GetString());
        Assert.Equal(0.2, rebuilt.GetProperty("snapshot").GetProperty("ageSeconds").GetDouble());
        Assert.NotSame(first, older);
    }
}
