using System.Text;
using RelationsGraph.Neo4j;
using Xunit;

namespace RelationsGraph.Tests.Neo4j;

/// <summary>
/// Protocol tests of the Query API client against a local server that answers as the Query API documents it. They
/// check requests, transactions, error payloads and retries; they are not database tests (see Neo4jDatabaseTests).
/// </summary>
public sealed class QueryApiProtocolTests
{
    private static readonly CypherStatement FindUnit = new("MATCH (u:AdministrativeUnit {id: $id}) RETURN u.name AS name, u.validTo AS validTo", new Dictionary<string, object?> { ["id"] = "LA-XS" });

    [Fact]
    public async Task Run_posts_the_statement_and_parameters_to_the_named_database()
    {
        await using var server = await QueryApiProtocolServer.StartAsync();
        server.ThenRows(["name", "validTo"], ["Xaisomboun", null]);
        var client = server.CreateClient();

        var result = await client.RunAsync(FindUnit, TestContext.Current.CancellationToken);

        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/db/relations/query/v2"), (request.Method, request.Path));
        Assert.Equal(FindUnit.Text, request.Body?["statement"]?.GetValue<string>());
        Assert.Equal("LA-XS", request.Body?["parameters"]?["id"]?.GetValue<string>());
        Assert.DoesNotContain("LA-XS", request.Body?["statement"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:secret")), request.Authorization);
        Assert.Contains("application/json", request.Accept, StringComparison.Ordinal);
        var row = Assert.Single(result.Map(row => (Name: row.GetString("name"), ValidTo: row.GetDate("validTo"))));
        Assert.Equal(("Xaisomboun", (DateOnly?)null), row);
    }

    [Fact]
    public async Task Bearer_token_is_sent_base64_encoded_instead_of_basic_credentials()
    {
        await using var server = await QueryApiProtocolServer.StartAsync();
        var client = server.CreateClient(options => options.BearerToken = "xbhkjnlvianztghqwawxqfe");

        await client.RunAsync(FindUnit, TestContext.Current.CancellationToken);

        Assert.Equal("Bearer " + Convert.ToBase64String(Encoding.UTF8.GetBytes("xbhkjnlvianztghqwawxqfe")), server.Requests[0].Authorization);
    }

    [Fact]
    public async Task Transaction_opens_runs_and_commits_replaying_the_cluster_affinity()
    {
        await using var server = await QueryApiProtocolServer.StartAsync();
        var client = server.CreateClient();

        await client.ExecuteInTransactionAsync(async transaction =>
        {
            await transaction.RunAsync(FindUnit, TestContext.Current.CancellationToken);
            await transaction.RunAsync(FindUnit, TestContext.Current.CancellationToken);
            return 0;
        }, TestContext.Current.CancellationToken);

        Assert.Equal(
            ["POST /db/relations/query/v2/tx", "POST /db/relations/query/v2/tx/tx1", "POST /db/relations/query/v2/tx/tx1", "POST /db/relations/query/v2/tx/tx1/commit"],
            server.Requests.Select(request => $"{request.Method} {request.Path}"));
        Assert.All(server.Requests.Skip(1), request => Assert.Equal(QueryApiProtocolServer.Affinity, request.Affinity));
    }

    [Fact]
    public async Task Failure_inside_a_transaction_rolls_it_back_and_reports_the_failure()
    {
        await using var server = await QueryApiProtocolServer.StartAsync();
        var client = server.CreateClient();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => client.ExecuteInTransactionAsync<int>(async transaction =>
        {
            await transaction.RunAsync(FindUnit, TestContext.Current.CancellationToken);
            throw new InvalidOperationException("the load failed half-way");
        }, TestContext.Current.CancellationToken));

        Assert.Equal("the load failed half-way", failure.Message);
        Assert.Equal("DELETE /db/relations/query/v2/tx/tx1", $"{server.Requests[^1].Method} {server.Requests[^1].Path}");
        Assert.DoesNotContain(server.Requests, request => request.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Error_payload_becomes_an_exception_with_the_code_and_the_statement()
    {
        await using var server = await QueryApiProtocolServer.StartAsync();
        server.ThenError("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN': expected 'RETURN'", status: 400);
        var client = server.CreateClient();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(FindUnit, TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal("ClientError", error.Classification);
        Assert.False(error.IsTransient);
        Assert.Contains("Invalid input 'RETRUN'", error.Message, StringComparison.Ordinal);
        Assert.Contains("MATCH (u:AdministrativeUnit", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Error_in_a_202_answer_is_an_error_too()
    {
        await using var server = await QueryApiProtocolServer.StartAsync();
        server.ThenError("Neo.ClientError.Schema.ConstraintValidationFailed", "Node already exists", status: 202);
        var client = server.CreateClient();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(FindUnit, TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
    }

    [Fact]
    public async Task Rejected_credentials_are_an_authentication_error_and_not_retried()
    {
        await using var server = await QueryApiProtocolServer.StartAsync();
        server.ThenError("Neo.ClientError.Security.Unauthorized", "Invalid username or password.", status: 401);
        var client = server.CreateClient();

        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.RunAsync(FindUnit, TestContext.Current.CancellationToken));

        Assert.Contains("Invalid username or password.", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Transient_errors_are_retried_until_success()
    {
        await using var server = await QueryApiProtocolServer.StartAsync();
        server.ThenError("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
        server.Then(503, "Service Unavailable");
        server.ThenRows(["name", "validTo"], ["Xaisomboun", null]);
        var client = server.CreateClient();

        var result = await client.RunAsync(FindUnit, TestContext.Current.CancellationToken);

        Assert.Equal(3, server.Requests.Count);
        Assert.Single(result.Rows);
    }

    [Fact]
    public async Task Retries_stop_at_the_configured_maximum()
    {
        await using var server = await QueryApiProtocolServer.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            server.ThenError("Neo.TransientError.General.DatabaseUnavailable", "unavailable");
        }

        var client = server.CreateClient(options => options.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(FindUnit, TestContext.Current.CancellationToken));

        Assert.True(error.IsTransient);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Transient_failure_in_a_transaction_reruns_the_whole_unit_of_work()
    {
        await using var server = await QueryApiProtocolServer.StartAsync();
        var client = server.CreateClient();
        var attempts = 0;

        await client.ExecuteInTransactionAsync(async transaction =>
        {
            if (++attempts == 1)
            {
                server.ThenError("Neo.TransientError.Transaction.LockClientStopped", "lock client stopped");
            }

            await transaction.RunAsync(FindUnit, TestContext.Current.CancellationToken);
            return 0;
        }, TestContext.Current.CancellationToken);

        Assert.Equal(2, attempts);
        Assert.Equal(
            ["POST /db/relations/query/v2/tx", "POST /db/relations/query/v2/tx/tx1", "POST /db/relations/query/v2/tx", "POST /db/relations/query/v2/tx/tx2", "POST /db/relations/query/v2/tx/tx2/commit"],
            server.Requests.Select(request => $"{request.Method} {request.Path}"));
    }

    [Fact]
    public async Task Slow_answer_times_out_with_a_clear_error()
    {
        await using var server = await QueryApiProtocolServer.StartAsync();
        server.Delay = TimeSpan.FromSeconds(5);
        var client = server.CreateClient(options => options.RequestTimeout = TimeSpan.FromMilliseconds(200));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => client.RunAsync(FindUnit, TestContext.Current.CancellationToken));

        Assert.Contains("did not answer within 0.2 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_stops_the_request()
    {
        await using var server = await QueryApiProtocolServer.StartAsync();
        server.Delay = TimeSpan.FromSeconds(5);
        var client = server.CreateClient();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.RunAsync(FindUnit, cancellation.Token));
    }

    [Fact]
    public async Task Expired_transaction_is_reported_with_neo4js_message()
    {
        await using var server = await QueryApiProtocolServer.StartAsync();
        var client = server.CreateClient();
        await using var transaction = await client.BeginTransactionAsync(TestContext.Current.CancellationToken);
        server.ThenError("Neo.ClientError.Request.Invalid", "Transaction with Id: \"tx1\" was not found. It may have timed out and therefore rolled back.");

        var error = await Assert.ThrowsAsync<Neo4jException>(() => transaction.RunAsync(FindUnit, TestContext.Current.CancellationToken));

        Assert.Contains("was not found", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => transaction.CommitAsync(TestContext.Current.CancellationToken));
    }
}
