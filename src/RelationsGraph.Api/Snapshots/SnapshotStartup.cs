using RelationsGraph.Seed;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.Snapshots;

/// <summary>
/// Builds the first snapshot before the server accepts requests. An invalid graph source stops start-up with every
/// located error in the log; nothing half-loaded is ever served.
/// </summary>
internal sealed class SnapshotStartup(ISnapshotSource source, SnapshotHolder holder, TimeProvider timeProvider, ILogger<SnapshotStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var snapshot = await SnapshotLoader.LoadAsync(source, timeProvider, cancellationToken);
            holder.Replace(snapshot);
            logger.LogInformation(
                "Loaded the {Source} snapshot {Version}: {Units} units, {Instruments} instruments, {Mechanisms} mechanisms, {Documents} documents",
                snapshot.Info.Source,
                snapshot.Info.Version,
                snapshot.Info.Units,
                snapshot.Info.Instruments,
                snapshot.Info.Mechanisms,
                snapshot.Info.Documents);
        }
        catch (SeedValidationException exception)
        {
            logger.LogCritical("The graph source is invalid; the API will not start.\n{Errors}", exception.Message);
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
