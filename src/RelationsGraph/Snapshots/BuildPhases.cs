using System.Diagnostics;

namespace RelationsGraph.Snapshots;

/// <summary>
/// Where reading and building a snapshot spend their time and allocations, phase by phase: filled in by
/// <see cref="Seed.GraphSeedReader"/> and <see cref="SnapshotBuilder"/> when a caller passes one (the benchmarks'
/// <c>growth --phases</c>), never by the API. Allocations are the whole process's, so they include other threads.
/// </summary>
public sealed class BuildPhases
{
    private readonly List<BuildPhase> _phases = [];
    private long _started = Stopwatch.GetTimestamp();
    private long _allocated = GC.GetTotalAllocatedBytes();
    private TimeSpan _paused = GC.GetTotalPauseDuration();

    public IReadOnlyList<BuildPhase> Phases => _phases;

    /// <summary>Ends the phase that ran since the previous mark (or since this recorder was created).</summary>
    public void Mark(string name)
    {
        var now = Stopwatch.GetTimestamp();
        var allocated = GC.GetTotalAllocatedBytes();
        var paused = GC.GetTotalPauseDuration();
        lock (_phases)
        {
            _phases.Add(new BuildPhase(name, Stopwatch.GetElapsedTime(_started, now), allocated - _allocated, paused - _paused));
            _started = now;
            _allocated = allocated;
            _paused = paused;
        }
    }

    /// <summary>Starts timing afresh, dropping what ran since the last mark.</summary>
    public void Restart()
    {
        _started = Stopwatch.GetTimestamp();
        _allocated = GC.GetTotalAllocatedBytes();
        _paused = GC.GetTotalPauseDuration();
    }
}

/// <summary>One phase of reading or building: its wall time, the bytes allocated and the time the GC paused the process meanwhile.</summary>
public readonly record struct BuildPhase(string Name, TimeSpan Elapsed, long AllocatedBytes, TimeSpan GCPaused);
