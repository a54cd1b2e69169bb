using Microsoft.Extensions.Options;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.Snapshots;

/// <summary>
/// Builds the first snapshot in the background while the server already listens (<see cref="SnapshotReadiness"/>),
/// then checks the source's version periodically and swaps in a new snapshot when it changed. A source that is unreachable or invalid during a refresh leaves the last
/// good snapshot in service; the health endpoint reports the failure. At start-up an invalid source stops the API
/// with every located error; an unreachable one is retried until the start-up timeout.
/// </summary>
internal sealed class SnapshotRefresher(
    ISnapshotSource source,
    SnapshotHolder holder,
    SnapshotHealth health,
    SnapshotReadiness readiness,
    IOptions<SnapshotOptions> options,
    TimeProvider timeProvider,
    ILogger<SnapshotRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await readiness.LoadFirstAsync(() => LoadFirstAsync(stoppingToken)))
        {
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
        try
        {
            var version = await source.GetVersionAsync(cancellationToken);
            if (version != holder.Current.Info.Version)
            {
                var snapshot = await SnapshotLoader.LoadAsync(source, timeProvider, cancellationToken);
                _ = GraphQL.GraphStatistics.Of(snapshot); // the complexity estimate's list sizes, ready before the first query
                holder.Replace(snapshot);
                logger.LogInformation("Swapped in the {Source} snapshot {Version} ({Instruments} instruments)", snapshot.Info.Source, snapshot.Info.Version, snapshot.Info.Instruments);
            }

            health.Record(timeProvider.GetUtcNow(), error: null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            health.Record(timeProvider.GetUtcNow(), exception.Message);
            logger.LogWarning("Could not refresh the snapshot from {Source}; still serving {Version}: {Message}", source.Name, holder.Current.Info.Version, exception.Message);
        }
    }

    private async Task LoadFirstAsync(CancellationToken cancellationToken)
    {
        var deadline = timeProvider.GetUtcNow() + options.Value.StartupTimeout;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var snapshot = await SnapshotLoader.LoadAsync(source, timeProvider, cancellationToken);
                _ = GraphQL.GraphStatistics.Of(snapshot); // the complexity estimate's list sizes, ready before the first query
                holder.Replace(snapshot);
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
