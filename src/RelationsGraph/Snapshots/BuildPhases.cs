using System.Diagnostics;

namespace RelationsGraph.Snapshots;

/// <summary>
/// Where reading and building a snapshot spend their time and allocations, phase by phase: filled in by
/// <see cref="Seed.GraphSeedReader"/> and <see cref="SnapshotBuilder"/> when a caller passes one (the benchmarks'
/// <c>growth --phases</c>), never by the API. Allocations are the whole process's, so they include other threads.
/// The tasks a phase runs side by side are timed apart too (<see cref="Sides"/>): a phase lasts as long as its longest
/// task, so only those tell which one to shorten, and how long a core sat idle.
/// </summary>
public sealed class BuildPhases
{
    private readonly List<BuildPhase> _phases = [];
    private readonly List<BuildSide> _sides = [];
    private long _origin = Stopwatch.GetTimestamp();
    private long _started;
    private long _allocated = GC.GetTotalAllocatedBytes();
    private TimeSpan _paused = GC.GetTotalPauseDuration();

    public BuildPhases() => _started = _origin;

    public IReadOnlyList<BuildPhase> Phases => _phases;

    /// <summary>The tasks run side by side, in the order they ended.</summary>
    public IReadOnlyList<BuildSide> Sides => _sides;

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

    /// <summary>Records a task that ran beside others, from <paramref name="startedAt"/> (a <see cref="Stopwatch"/> timestamp) to now.</summary>
    public void Side(string name, long startedAt)
    {
        var now = Stopwatch.GetTimestamp();
        lock (_phases)
        {
            _sides.Add(new BuildSide(name, Stopwatch.GetElapsedTime(_origin, startedAt), Stopwatch.GetElapsedTime(startedAt, now)));
        }
    }

    /// <summary>Starts timing afresh, dropping what ran since the last mark.</summary>
    public void Restart()
    {
        _origin = _started = Stopwatch.GetTimestamp();
        _allocated = GC.GetTotalAllocatedBytes();
        _paused = GC.GetTotalPauseDuration();
    }
}

/// <summary>One phase of reading or building: its wall time, the bytes allocated and the time the GC paused the process meanwhile.</summary>
public readonly record struct BuildPhase(string Name, TimeSpan Elapsed, long AllocatedBytes, TimeSpan GCPaused);

/// <summary>One task run beside others: when it started (since the recorder was created or restarted) and how long it ran.</summary>
public readonly record struct BuildSide(string Name, TimeSpan StartedAfter, TimeSpan Elapsed);
