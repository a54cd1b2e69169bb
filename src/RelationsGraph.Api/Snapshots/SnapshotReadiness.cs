using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.Snapshots;

/// <summary>
/// Whether the API can answer from a snapshot yet. The server listens at once and the first snapshot is built in the
/// background, so a process that is alive (it answers /health/live) is not necessarily ready: until the first
/// snapshot is in, everything that reads the graph answers 503 with Retry-After. A first load that fails (an invalid
/// graph-seed, a Neo4j that never answered) faults <see cref="FirstSnapshot"/>, and the process exits with code 1.
/// </summary>
public sealed class SnapshotReadiness(SnapshotHolder holder)
{
    /// <summary>What a client that arrives before the first snapshot is told to wait, in seconds.</summary>
    public const int RetryAfterSeconds = 2;

    private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => holder.IsLoaded;

    /// <summary>Completes when the first snapshot is served; faults with the reason when it could not be built.</summary>
    public Task FirstSnapshot => _first.Task;

    /// <summary>Runs the first load and records its outcome; false when it failed (the reason is in <see cref="FirstSnapshot"/>).</summary>
    public async Task<bool> LoadFirstAsync(Func<Task> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        try
        {
            await load();
        }
        catch (Exception exception)
        {
            _first.TrySetException(exception);
            return false;
        }

        if (!holder.IsLoaded)
        {
            _first.TrySetException(new InvalidOperationException("The first load finished without a snapshot."));
            return false;
        }

        _first.TrySetResult();
        return true;
    }

    /// <summary>Sets the 503 answer's Retry-After header.</summary>
    public static void SetRetryAfter(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
