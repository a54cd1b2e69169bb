using Xunit;

namespace RelationsGraph.Testing;

/// <summary>
/// Compares text with a committed <c>.verified.txt</c> file. On a difference the actual text is written beside it as
/// <c>.received.txt</c> (git-ignored) so that the change can be reviewed and, when deliberate, accepted by copying
/// it over the verified file. Set RELATIONSGRAPH_ACCEPT_SNAPSHOTS=1 to accept every difference in one run.
/// </summary>
internal static class SnapshotAssert
{
    public static void Matches(string directory, string name, string actual)
    {
        var verified = Path.Combine(directory, name + ".verified.txt");
        var received = Path.Combine(directory, name + ".received.txt");
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("RELATIONSGRAPH_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, actual);
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No verified snapshot {verified}; the actual output is in {received}. Review it and rename it to accept."
            : $"The output differs from {verified}; the actual output is in {received}. Review the difference; if it is deliberate, copy it over the verified file.");
    }
}
