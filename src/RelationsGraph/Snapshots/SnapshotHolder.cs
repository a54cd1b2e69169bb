namespace RelationsGraph.Snapshots;

/// <summary>
/// Holds the snapshot the API answers from. A new snapshot replaces the old one in a single reference swap, so a
/// request sees either the old graph or the new one, never a mixture.
/// </summary>
public sealed class SnapshotHolder
{
    private volatile RelationSnapshot? _current;

    public bool IsLoaded => _current is not null;

    public RelationSnapshot Current => _current ?? throw new InvalidOperationException("The relation snapshot has not been loaded yet.");

    /// <summary>From this many instruments, installing a snapshot also gives the memory its build used back to the system.</summary>
    public const int CompactFromInstruments = 100_000;

    public void Replace(RelationSnapshot snapshot)
    {
        _current = snapshot ?? throw new ArgumentNullException(nameof(snapshot));

        // Building a world-scale snapshot allocates several times what the snapshot keeps (the rows as read, the
        // indexes' working sets, the snapshot it replaces). Left to itself the GC keeps that memory committed for
        // long after; one full, compacting collection here returns it, at a one-off pause when the graph changes.
        if (snapshot.Info.Instruments >= CompactFromInstruments)
        {
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }
}
