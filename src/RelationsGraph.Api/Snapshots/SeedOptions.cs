namespace RelationsGraph.Api.Snapshots;

/// <summary>Where the embedded default graph is read from (configuration section "Seed").</summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    /// <summary>
    /// The graph-seed directory; a relative path is taken from the current directory. Unset: the checkout's
    /// graph-seed when the API runs from a checkout, else the copy beside the application (<see cref="SeedLocation"/>).
    /// </summary>
    public string? Path { get; set; }
}
