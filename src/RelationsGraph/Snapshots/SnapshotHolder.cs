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

    public void Replace(RelationSnapshot snapshot) => _current = snapshot ?? throw new ArgumentNullException(nameof(snapshot));
}
