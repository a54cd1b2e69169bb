namespace RelationsGraph.Api.Snapshots;

/// <summary>Where the embedded default graph is read from (configuration section "Seed").</summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    /// <summary>The graph-seed directory; relative paths are taken from the application's directory.</summary>
    public string Path { get; set; } = "graph-seed";
}
