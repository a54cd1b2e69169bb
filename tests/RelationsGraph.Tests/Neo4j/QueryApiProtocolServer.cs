using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RelationsGraph.Neo4j;

namespace RelationsGraph.Tests.Neo4j;

/// <summary>
/// A local HTTP server that answers as Neo4j's Query API documents it (paths, status codes, bodies, the transaction
/// id and the cluster-affinity header). It runs no Cypher: it records each request and replays scripted answers,
/// so the tests using it check the client's protocol handling, not a database.
/// </summary>
internal sealed class QueryApiProtocolServer : IAsyncDisposable
{
    public const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedAnswer> _script = new();
    private readonly ConcurrentDictionary<int, ScriptedAnswer> _answersByRequestNumber = new();
    private int _transactions;

    private QueryApiProtocolServer(WebApplication app) => _app = app;

    public List<RecordedRequest> Requests { get; } = [];

    public TimeSpan Delay { get; set; }

    public Uri Address => new(_app.Urls.First());

    public static async Task<QueryApiProtocolServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new QueryApiProtocolServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        return server;
    }

    /// <summary>The next request gets this answer instead of the default success.</summary>
    public void Then(int status, string body) => _script.Enqueue(new ScriptedAnswer(status, body));

    public void ThenError(string code, string message, int status = 202) =>
        Then(status, JsonSerializer.Serialize(new { errors = new[] { new { code, message } } }));

    /// <summary>The request with this number (1 for the first the server receives) gets a Neo4j error.</summary>
    public void FailRequest(int number, string code, string message) =>
        _answersByRequestNumber[number] = new ScriptedAnswer(202, JsonSerializer.Serialize(new { errors = new[] { new { code, message } } }));

    public void ThenRows(string[] fields, params object?[][] rows) =>
        Then(202, JsonSerializer.Serialize(new { data = new { fields, values = rows }, bookmarks = new[] { "FB:bookmark" } }));

    /// <summary>A client wired as the application wires it, pointed at this server.</summary>
    public Neo4jQueryClient CreateClient(Action<Neo4jOptions>? configure = null)
    {
        var options = new Neo4jOptions { Uri = Address, Database = "relations", User = "neo4j", Password = "secret", RetryDelay = TimeSpan.FromMilliseconds(1) };
        configure?.Invoke(options);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Options.Create(options));
        services.AddSingleton(TimeProvider.System);
        services.AddHttpClient<Neo4jQueryClient>(client =>
        {
            client.BaseAddress = new Uri(Address, "/");
            client.Timeout = Timeout.InfiniteTimeSpan;
        });
        return services.BuildServiceProvider().GetRequiredService<Neo4jQueryClient>();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        int number;
        lock (Requests)
        {
            number = Requests.Count + 1;
            Requests.Add(new RecordedRequest(
                context.Request.Method,
                context.Request.Path.Value ?? string.Empty,
                context.Request.Headers.Authorization.ToString(),
                context.Request.Headers["neo4j-cluster-affinity"].ToString(),
                context.Request.Headers.Accept.ToString(),
                body.Length == 0 ? null : JsonNode.Parse(body)));
        }

        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, context.RequestAborted);
        }

        context.Response.ContentType = "application/json";
        context.Response.Headers["neo4j-cluster-affinity"] = Affinity;
        if (_answersByRequestNumber.TryGetValue(number, out var answer) || _script.TryDequeue(out answer))
        {
            context.Response.StatusCode = answer.Status;
            await context.Response.WriteAsync(answer.Body);
            return;
        }

        context.Response.StatusCode = 202;
        var path = context.Request.Path.Value ?? string.Empty;
        if (context.Request.Method == "POST" && path.EndsWith("/query/v2/tx", StringComparison.Ordinal))
        {
            var id = "tx" + Interlocked.Increment(ref _transactions);
            await context.Response.WriteAsync(JsonSerializer.Serialize(new { data = new { fields = Array.Empty<string>(), values = Array.Empty<object>() }, transaction = new { id, expires = "2026-11-23T15:48:29Z" } }));
            return;
        }

        await context.Response.WriteAsync("""{"data":{"fields":[],"values":[]},"bookmarks":["FB:bookmark"]}""");
    }

    private sealed record ScriptedAnswer(int Status, string Body);
}

/// <summary>One request the protocol server received.</summary>
internal sealed record RecordedRequest(string Method, string Path, string Authorization, string Affinity, string Accept, JsonNode? Body);
