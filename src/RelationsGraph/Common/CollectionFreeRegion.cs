using System.Runtime;

namespace RelationsGraph.Common;

/// <summary>
/// A stretch of work during which the GC does not collect, for reading and building a world-scale snapshot: nearly
/// everything they allocate (rows, then nodes) stays alive until they end, so collections along the way find almost no
/// garbage and only copy the survivors from generation to generation (about a fifth of the processor time at 400,000
/// instruments). Entered without a full collection (the GC only sets the memory aside), only for work expected to
/// allocate at least <see cref="MinimumBytes"/>, and never nested: a second one at the same time, a budget the GC
/// refuses, or a budget overrun (the GC then collects as usual) leave the work as it would be without one.
/// </summary>
internal sealed class CollectionFreeRegion : IDisposable
{
    /// <summary>Below this, the collections saved cost less than setting the memory aside.</summary>
    public const long MinimumBytes = 64L * 1024 * 1024;

    private static int s_active;

    private CollectionFreeRegion()
    {
    }

    /// <summary>
    /// Starts a region for about <paramref name="expectedBytes"/> of allocations, or returns null when none is started.
    /// </summary>
    public static CollectionFreeRegion? Enter(long expectedBytes)
    {
        if (expectedBytes < MinimumBytes || Interlocked.CompareExchange(ref s_active, 1, 0) != 0)
        {
            return null;
        }

        try
        {
            // The budget holds for small objects and for large ones (a table's rows, an index's arrays) each.
            if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion
                && GC.TryStartNoGCRegion(expectedBytes, disallowFullBlockingGC: true))
            {
                return new CollectionFreeRegion();
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than the GC can set aside at once: collect as usual.
        }
        catch (InvalidOperationException)
        {
            // Someone else's region (not one of ours) is in force.
        }

        Volatile.Write(ref s_active, 0);
        return null;
    }

    public void Dispose()
    {
        try
        {
            // Still in force unless the work allocated more than its budget and the GC collected after all.
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
        catch (InvalidOperationException)
        {
            // The region ended by itself in between (a budget overrun or an induced collection): nothing to end.
        }
        finally
        {
            Volatile.Write(ref s_active, 0);
        }
    }
}
