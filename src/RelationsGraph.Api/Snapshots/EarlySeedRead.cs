using RelationsGraph.Neo4j;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.Snapshots;

/// <summary>
/// The embedded default's first read and build of graph-seed, started as soon as the configuration is known, on
/// another processor while the host is still being built and started: getting ready is mostly reading the tables and
/// building the snapshot, and the host's own start-up leaves a processor idle. The first load takes it (once) instead
/// of reading again when it serves the same directory; otherwise (Neo4j, a source replaced by a test) it is never
/// used. The snapshot is built on the system clock (its BuiltAt); an application on another clock (a test's) takes
/// only the rows and builds them itself. The directory's fingerprint is taken before the read starts, so that a file
/// changed while it was read is read again by the next check, exactly as when the first load reads the directory
/// itself. Nothing is validated less: it is the same read and the same build.
/// </summary>
public sealed class EarlySeedRead
{
    /// <summary>No early read: the first load reads its source itself.</summary>
    public static readonly EarlySeedRead None = new(null, null, null, null);

    private readonly Task<VersionedSeed>? _read;
    private readonly Task<RelationSnapshot>? _snapshot;
    private int _taken;

    private EarlySeedRead(string? directory, string? fingerprint, Task<VersionedSeed>? read, Task<RelationSnapshot>? snapshot)
    {
        Directory = directory;
        Fingerprint = fingerprint;
        _read = read;
        _snapshot = snapshot;
    }

    /// <summary>The directory being read, or null when nothing was started.</summary>
    public string? Directory { get; }

    /// <summary>The directory's fingerprint (<see cref="SeedDirectory.Fingerprint"/>) taken before the read started.</summary>
    public string? Fingerprint { get; }

    /// <summary>The snapshot built early, for tests that wait for it; null when nothing was started.</summary>
    internal Task<RelationSnapshot>? Built => _snapshot;

    /// <summary>
    /// Starts reading the graph-seed directory the API will serve with this configuration, unless the configuration
    /// points it at Neo4j. Read errors are not thrown here: the first load that takes the read gets them.
    /// </summary>
    public static EarlySeedRead Start(IConfiguration configuration, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var neo4j = configuration.GetSection(Neo4jOptions.SectionName).Get<Neo4jOptions>() ?? new Neo4jOptions();
        if (neo4j.IsConfigured)
        {
            return None;
        }

        var seedPath = configuration.GetSection(SeedOptions.SectionName).Get<SeedOptions>()?.Path;
        var location = SeedLocation.Resolve(seedPath, [AppContext.BaseDirectory, contentRootPath], AppContext.BaseDirectory);
        var fingerprint = SeedDirectory.Fingerprint(location.Directory);
        var source = new GraphSeedSource(location.Directory);
        var read = Task.Run(() => source.LoadAsync(CancellationToken.None));
        var snapshot = Task.Run(async () =>
        {
            var built = SnapshotLoader.Build(await read, source, TimeProvider.System);
            _ = GraphQL.GraphStatistics.Of(built); // the complexity estimate's list sizes, as the first load computes them
            return built;
        });
        _ = read.ContinueWith(static task => _ = task.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        _ = snapshot.ContinueWith(static task => _ = task.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return new EarlySeedRead(location.Directory, fingerprint, read, snapshot);
    }

    /// <summary>
    /// The read and its snapshot (built on the system clock), with the fingerprint taken before the read, for the first
    /// load of <paramref name="directory"/>; null when nothing was read early, another directory was, or it was
    /// already taken (a later load reads afresh).
    /// </summary>
    public (string Fingerprint, Task<VersionedSeed> Read, Task<RelationSnapshot> Snapshot)? TakeFor(string directory)
    {
        if (_read is null || _snapshot is null || Directory is null || !string.Equals(Path.GetFullPath(directory), Path.GetFullPath(Directory), StringComparison.Ordinal))
        {
            return null;
        }

        return Interlocked.Exchange(ref _taken, 1) == 0 ? (Fingerprint!, _read, _snapshot) : null;
    }
}

internal static class EarlySeedReadExtensions
{
    /// <summary>
    /// Starts the embedded default's first read now (see <see cref="EarlySeedRead"/>): call it right after the builder
    /// is created, before the rest of the host is registered and built.
    /// </summary>
    public static WebApplicationBuilder StartEarlySeedRead(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(EarlySeedRead.Start(builder.Configuration, builder.Environment.ContentRootPath));
        return builder;
    }
}
