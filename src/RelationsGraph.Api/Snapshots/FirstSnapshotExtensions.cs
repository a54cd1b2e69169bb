namespace RelationsGraph.Api.Snapshots;

internal static class FirstSnapshotExtensions
{
    /// <summary>
    /// Waits until the first snapshot is served, and throws why when it could not be built; returns quietly when the
    /// application is stopped first.
    /// </summary>
    public static async Task WaitForFirstSnapshotAsync(this IHost host)
    {
        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        try
        {
            await host.Services.GetRequiredService<SnapshotReadiness>().FirstSnapshot.WaitAsync(stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopped before the graph was ready: an ordinary shutdown.
        }
    }
}
