namespace RelationsGraph.Api.Snapshots;

/// <summary>How the API keeps its snapshot current (configuration section "Snapshot").</summary>
public sealed class SnapshotOptions
{
    public const string SectionName = "Snapshot";

    /// <summary>
    /// How often the source is checked in any case. For a graph-seed directory the check compares the files' sizes
    /// and times (nothing is read unless they changed); for Neo4j it asks the version marker. Zero turns it off.
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether a graph-seed directory is watched, so that a change is served as soon as it is written.</summary>
    public bool WatchFiles { get; set; } = true;

    /// <summary>How long the directory must be quiet after a change before it is read (a write moves several files).</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long start-up keeps trying to reach the source (Neo4j may still be starting) before giving up.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
