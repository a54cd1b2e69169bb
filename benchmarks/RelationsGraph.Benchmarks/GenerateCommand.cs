using RelationsGraph.Seed;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// Writes a world as graph-seed CSV files, then reads them back with the API's own reader and validator and checks
/// that the world has the size that was asked for, so that an option the generator ignored fails the command.
/// </summary>
internal static class GenerateCommand
{
    public static async Task<int> RunAsync(string directory, WorldOptions options)
    {
        await GraphSeedWriter.WriteAsync(SyntheticWorld.Generate(options), directory, CancellationToken.None);
        var written = await GraphSeedReader.ReadAsync(directory, CancellationToken.None);
        var errors = SeedValidator.Validate(written);
        var real = options.RealSeed ?? new GraphSeed();
        var expected = new (string What, int Expected, int Actual)[]
        {
            ("countries", options.Countries + real.Countries.Length, written.Countries.Length),
            ("units", options.Units + real.Units.Length, written.Units.Length),
            ("instruments", options.InstrumentCount + real.Instruments.Length, written.Instruments.Length),
            ("parties", (2 * options.InstrumentCount) + real.Parties.Length, written.Parties.Length),
            ("documents", options.DocumentCount + real.Documents.Length, written.Documents.Length),
            ("evidence", options.InstrumentCount + real.Evidence.Length, written.Evidence.Length),
            ("units per synthetic country", Math.Min(options.UnitsPerCountry, options.Units), written.Units.Count(unit => unit.Id.StartsWith(SyntheticWorld.FirstCountry + "-", StringComparison.Ordinal))),
        };

        Console.WriteLine($"Wrote {Path.GetFullPath(directory)}: real graph-seed {(options.RealSeed is null ? "not included" : "included")}");
        foreach (var (what, wanted, actual) in expected)
        {
            Console.WriteLine($"  {what}: {actual:N0}{(wanted == actual ? string.Empty : $" (asked for {wanted:N0})")}");
        }

        foreach (var error in errors.Take(20))
        {
            Console.Error.WriteLine("  invalid: " + error);
        }

        var sameAnswer = errors.Count > 0 || options.RealSeed is null || await SameHeadlineAnswerAsync(options.RealSeed, written);
        return errors.Count == 0 && sameAnswer && expected.All(row => row.Expected == row.Actual) ? 0 : 1;
    }

    /// <summary>The headline question has the same answer, byte for byte, in the world as in the real seed alone.</summary>
    private static async Task<bool> SameHeadlineAnswerAsync(GraphSeed real, GraphSeed world)
    {
        async Task<byte[]> AnswerAsync(GraphSeed seed)
        {
            using var graph = new InProcessGraphQL(SnapshotBuilder.Build(seed, "graph-seed", "v", DateTimeOffset.UnixEpoch));
            return await graph.AnswerAsync(HttpLoadRun.Headline);
        }

        var alone = await AnswerAsync(real);
        var inWorld = await AnswerAsync(world);
        var same = alone.AsSpan().SequenceEqual(inWorld);
        Console.WriteLine(same
            ? $"  headline LA-VN: the same {inWorld.Length:N0}-byte answer as on the real graph-seed alone"
            : $"  headline LA-VN: the answer differs from the real graph-seed's ({inWorld.Length:N0} against {alone.Length:N0} bytes)");
        return same;
    }
}
