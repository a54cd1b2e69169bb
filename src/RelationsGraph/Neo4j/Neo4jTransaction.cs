namespace RelationsGraph.Neo4j;

/// <summary>
/// An explicit Query API transaction. Every request replays the cluster-affinity header the server sent when it was
/// opened. Disposing it before <see cref="CommitAsync"/> rolls it back.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jQueryClient _client;
    private readonly string _path;
    private readonly string? _affinity;
    private bool _finished;

    internal Neo4jTransaction(Neo4jQueryClient client, string path, string? affinity)
    {
        _client = client;
        _path = path;
        _affinity = affinity;
    }

    public async Task<QueryResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        try
        {
            var response = await _client.SendAsync(HttpMethod.Post, _path, statement, _affinity, cancellationToken);
            return response.Result;
        }
        catch (Neo4jException)
        {
            // The server closes a transaction after an error; there is nothing left to commit.
            _finished = true;
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        await _client.SendAsync(HttpMethod.Post, _path + "/commit", statement: null, _affinity, cancellationToken);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        await _client.SendAsync(HttpMethod.Delete, _path, statement: null, _affinity, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_finished)
        {
            return;
        }

        try
        {
            await RollbackAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is Neo4jException or HttpRequestException or TimeoutException)
        {
            // The transaction expires on the server anyway; the original failure is the one worth reporting.
        }
    }
}
