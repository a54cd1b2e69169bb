namespace RelationsGraph.Api.Snapshots;

/// <summary>How the API keeps its snapshot current (configuration section "Snapshot").</summary>
public sealed class SnapshotOptions
{
    public const string SectionName = "Snapshot";

    /// <summary>How often the source's version is checked; a new version is loaded and swapped in. Zero turns it off.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long start-up keeps trying to reach the source (Neo4j may still be starting) before giving up.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
