using System.Threading.Channels;
using Microsoft.Extensions.Options;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.Snapshots;

/// <summary>
/// Builds the first snapshot in the background while the server already listens (<see cref="SnapshotReadiness"/>),
/// then keeps it current. A graph-seed directory is
/// watched: a change is read once the directory has been quiet for <see cref="SnapshotOptions.Debounce"/>, and a
/// cheap poll of the files' sizes and times every <see cref="SnapshotOptions.RefreshInterval"/> catches what the
/// watcher missed; nothing is read or hashed while they are unchanged. Neo4j's version marker is polled. A new
/// version is validated and swapped in; a source that is invalid or unreachable leaves the last good snapshot in
/// service, and the health endpoint names the error (file and line for graph-seed). At start-up an invalid source
/// stops the API with every located error; an unreachable one is retried until the start-up timeout.
/// </summary>
internal sealed class SnapshotRefresher(
    ISnapshotSource source,
    SnapshotHolder holder,
    SnapshotHealth health,
    SeedLocation seedLocation,
    SnapshotReadiness readiness,
    EarlySeedRead earlyRead,
    IOptions<SnapshotOptions> options,
    TimeProvider timeProvider,
    ILogger<SnapshotRefresher> logger) : BackgroundService
{
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private string? _fingerprint;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        health.Location = source is GraphSeedSource seed ? $"{seed.Directory} ({seedLocation.Reason})" : source.Name;
        if (source is GraphSeedSource served)
        {
            logger.LogInformation("Serving graph-seed from {Directory}: {Reason}", served.Directory, seedLocation.Reason);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await readiness.LoadFirstAsync(() => LoadFirstAsync(stoppingToken)))
        {
            return;
        }

        if (source is GraphSeedSource seed)
        {
            await WatchAsync(seed.Directory, stoppingToken);
            return;
        }

        var interval = options.Value.RefreshInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RefreshAsync(stoppingToken);
        }
    }

    /// <summary>Checks the source once and swaps in a new snapshot when its version changed.</summary>
    internal async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (source is GraphSeedSource seed)
        {
            await CheckDirectoryAsync(seed.Directory, cancellationToken);
            return;
        }

        try
        {
            var version = await source.GetVersionAsync(cancellationToken);
            if (version != holder.Current.Info.Version)
            {
                await LoadAndSwapAsync(cancellationToken);
            }

            health.Record(timeProvider.GetUtcNow(), error: null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            RecordFailure(exception);
        }
    }

    /// <summary>Reports a change of the watched directory (the file watcher's events and the tests' triggers).</summary>
    internal void NotifyChanged() => _changes.Writer.TryWrite(true);

    private async Task WatchAsync(string directory, CancellationToken stoppingToken)
    {
        using var watcher = CreateWatcher(directory);
        var interval = options.Value.RefreshInterval;
        using var poll = interval > TimeSpan.Zero ? new PeriodicTimer(interval, timeProvider) : null;
        var pollTick = poll?.WaitForNextTickAsync(stoppingToken).AsTask() ?? new TaskCompletionSource<bool>().Task;
        var changed = _changes.Reader.WaitToReadAsync(stoppingToken).AsTask();
        while (!stoppingToken.IsCancellationRequested)
        {
            var woken = await Task.WhenAny(changed, pollTick);
            if (woken == pollTick)
            {
                if (!await pollTick)
                {
                    return;
                }

                pollTick = poll!.WaitForNextTickAsync(stoppingToken).AsTask();
            }
            else
            {
                await changed;
                await QuietAsync(stoppingToken);
                changed = _changes.Reader.WaitToReadAsync(stoppingToken).AsTask();
            }

            await CheckDirectoryAsync(directory, stoppingToken);
        }
    }

    /// <summary>Waits until no change was reported for the debounce time: a write moves several files.</summary>
    private async Task QuietAsync(CancellationToken stoppingToken)
    {
        while (_changes.Reader.TryRead(out _))
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var delay = Task.Delay(options.Value.Debounce, timeProvider, quiet.Token);
            var more = _changes.Reader.WaitToReadAsync(quiet.Token).AsTask();
            if (await Task.WhenAny(delay, more) == delay)
            {
                await quiet.CancelAsync();
                return;
            }

            await quiet.CancelAsync();
        }
    }

    /// <summary>Reads the directory only when its files' sizes or times changed since it was last read.</summary>
    private async Task CheckDirectoryAsync(string directory, CancellationToken cancellationToken)
    {
        var fingerprint = SeedDirectory.Fingerprint(directory);
        if (fingerprint == _fingerprint)
        {
            if (health.Last?.Error is null)
            {
                health.Record(timeProvider.GetUtcNow(), error: null);
            }

            return;
        }

        try
        {
            if (!Directory.Exists(directory))
            {
                throw new SeedValidationException([new SeedError(directory, null, null, null, "the graph-seed directory does not exist")]);
            }

            await LoadAndSwapAsync(cancellationToken);
            health.Record(timeProvider.GetUtcNow(), error: null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            RecordFailure(exception);
        }
        finally
        {
            // Read (or found unreadable) as of this fingerprint: read again when the files change again.
            _fingerprint = fingerprint;
        }
    }

    private async Task LoadAndSwapAsync(CancellationToken cancellationToken)
    {
        health.CountRead();
        var snapshot = await SnapshotLoader.LoadAsync(source, timeProvider, cancellationToken);
        if (snapshot.Info.Version != holder.Current.Info.Version)
        {
            _ = GraphQL.GraphStatistics.Of(snapshot); // the complexity estimate's list sizes, ready before the first query
            holder.Replace(snapshot);
            logger.LogInformation("Swapped in the {Source} snapshot {Version} ({Instruments} instruments)", snapshot.Info.Source, snapshot.Info.Version, snapshot.Info.Instruments);
        }
    }

    private void RecordFailure(Exception exception)
    {
        var errors = (exception as SeedValidationException)?.Errors;
        health.Record(timeProvider.GetUtcNow(), exception.Message, errors);
        logger.LogWarning("Could not refresh the snapshot from {Source}; still serving {Version}: {Message}", source.Name, holder.Current.Info.Version, exception.Message);
    }

    private FileSystemWatcher? CreateWatcher(string directory)
    {
        if (!options.Value.WatchFiles || !Directory.Exists(directory))
        {
            return null;
        }

        FileSystemWatcher watcher;
        try
        {
            watcher = new FileSystemWatcher(directory)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                IncludeSubdirectories = false,
            };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or PlatformNotSupportedException)
        {
            logger.LogWarning("Cannot watch {Directory} ({Message}); checking it every {Interval} instead", directory, exception.Message, options.Value.RefreshInterval);
            return null;
        }

        void OnChange(object sender, FileSystemEventArgs change)
        {
            if (change.Name is { } name && (name.EndsWith(".csv", StringComparison.Ordinal) || name == SeedDirectory.JournalName))
            {
                NotifyChanged();
            }
        }

        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += (sender, change) => OnChange(sender, change);
        watcher.Error += (_, error) =>
        {
            // Events were lost (a full buffer): the next check compares the files themselves.
            logger.LogWarning("Watching {Directory} failed ({Message}); checking it now", directory, error.GetException().Message);
            NotifyChanged();
        };
        try
        {
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            // Out of inotify instances, for example: the poll of the files' sizes and times still notices changes.
            logger.LogWarning("Cannot watch {Directory} ({Message}); checking it every {Interval} instead", directory, exception.Message, options.Value.RefreshInterval);
            watcher.Dispose();
            return null;
        }
    }

    private async Task LoadFirstAsync(CancellationToken cancellationToken)
    {
        var deadline = timeProvider.GetUtcNow() + options.Value.StartupTimeout;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // The read and build started while the host was built, when they are of the directory served (only once).
                var early = source is GraphSeedSource served ? earlyRead.TakeFor(served.Directory) : null;
                var fingerprint = early?.Fingerprint ?? (source is GraphSeedSource seed ? SeedDirectory.Fingerprint(seed.Directory) : null);
                health.CountRead();
                var snapshot = early switch
                {
                    null => await SnapshotLoader.LoadAsync(source, timeProvider, cancellationToken),
                    _ when timeProvider == TimeProvider.System => await early.Value.Snapshot.WaitAsync(cancellationToken),
                    _ => SnapshotLoader.Build(await early.Value.Read.WaitAsync(cancellationToken), source, timeProvider),
                };
                _ = GraphQL.GraphStatistics.Of(snapshot); // the complexity estimate's list sizes, ready before the first query
                holder.Replace(snapshot);
                _fingerprint = fingerprint;
                health.Record(timeProvider.GetUtcNow(), error: null);
                logger.LogInformation(
                    "Loaded the {Source} snapshot {Version}: {Units} units, {Instruments} instruments, {Mechanisms} mechanisms, {Documents} documents",
                    snapshot.Info.Source,
                    snapshot.Info.Version,
                    snapshot.Info.Units,
                    snapshot.Info.Instruments,
                    snapshot.Info.Mechanisms,
                    snapshot.Info.Documents);
                return;
            }
            catch (SeedValidationException exception)
            {
                logger.LogCritical("The graph source is invalid; the API will not start.\n{Errors}", exception.Message);
                throw new StartupFailureException("The graph source is invalid.", exception);
            }
            catch (Exception exception) when (source is not GraphSeedSource && exception is not OperationCanceledException && timeProvider.GetUtcNow() < deadline)
            {
                logger.LogWarning("The {Source} source is not ready (attempt {Attempt}): {Message}; retrying", source.Name, attempt, exception.Message);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(5, attempt)), timeProvider, cancellationToken);
            }
            catch (Exception exception) when (source is not GraphSeedSource && exception is not OperationCanceledException)
            {
                logger.LogCritical(
                    "The {Source} source gave no snapshot within the start-up timeout ({Timeout}); the API will not start: {Message}",
                    source.Name,
                    options.Value.StartupTimeout,
                    exception.Message);
                throw new StartupFailureException("The graph source gave no snapshot.", exception);
            }
        }
    }
}
