namespace RelationsGraph.Api.GraphQL.Connections;

/// <summary>
/// One page of a list answered as a Relay connection: the nodes on the page, where the page starts in the whole
/// ordered list, and how long that list is. <see cref="OnDate"/> carries the date an edge reports on (the instruments'
/// <c>activeOn</c>), when there is one.
/// </summary>
internal sealed record Page<T>(IReadOnlyList<T> Nodes, int Offset, int TotalCount, string GraphVersion, DateOnly? OnDate = null) : IPageInfo
{
    public string? StartCursor => Nodes.Count == 0 ? null : CursorAt(0);

    public string? EndCursor => Nodes.Count == 0 ? null : CursorAt(Nodes.Count - 1);

    public bool HasPreviousPage => Offset > 0;

    public bool HasNextPage => Offset + Nodes.Count < TotalCount;

    public string CursorAt(int index) => Cursor.Encode(GraphVersion, Offset + index);

    public IEnumerable<Edge<T>> Edges => Enumerable.Range(0, Nodes.Count).Select(index => new Edge<T>(this, index));
}

/// <summary>An edge of a page: a node and the cursor that resumes after (or before) it.</summary>
internal readonly record struct Edge<T>(Page<T> Page, int Index)
{
    public T Node => Page.Nodes[Index];

    public string Cursor => Page.CursorAt(Index);
}
