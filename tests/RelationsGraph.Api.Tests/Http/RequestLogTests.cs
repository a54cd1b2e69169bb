using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace RelationsGraph.Api.Tests.Http;

/// <summary>
/// The API's own entries about a request name it by fields of their own (RequestId, RequestPath), since the hosting
/// layer's per-request scope, which carried them, is off in the shipped settings.
/// </summary>
public sealed class RequestLogTests : IDisposable
{
    private const string Category = "RelationsGraph.Api.GraphQL.Requests";

    private readonly ApiServer _server = ApiServer.WithSettings(new Dictionary<string, string?>
    {
        ["Logging:LogLevel:RelationsGraph"] = "Debug",
        ["GraphQL:Limits:MaxComplexity"] = "100000000",
    });

    public void Dispose() => _server.Dispose();

    [Fact]
    public void Shipped_settings_turn_off_the_hosting_layers_per_request_scope()
    {
        var hosting = _server.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics");

        Assert.False(hosting.IsEnabled(LogLevel.Critical));
    }

    [Fact]
    public async Task Refusal_entry_carries_the_request_id_and_path()
    {
        using var http = _server.CreateHttpClient();

        await SendAsync(http, "text/plain");
        await SendAsync(http, "application/xml");

        var refusals = _server.Logs.Entries.Where(entry => entry.Category == Category && entry.Message.Contains("refused with 415", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, entry =>
        {
            Assert.Equal("/graphql", entry.Fields["RequestPath"]);
            Assert.False(string.IsNullOrEmpty(entry.Fields["RequestId"] as string));
            Assert.Contains((string)entry.Fields["RequestId"]!, entry.Message, StringComparison.Ordinal);
        });
        Assert.NotEqual(refusals[0].Fields["RequestId"], refusals[1].Fields["RequestId"]);
    }

    [Fact]
    public async Task Caller_errors_entry_carries_the_request_id_and_path()
    {
        using var client = _server.CreateGraphQLClient();

        var response = await client.PostAsync("{ noSuchField }");

        Assert.Equal(400, response.StatusCode);
        var entry = Assert.Single(_server.Logs.Entries, entry => entry.Category == Category && entry.Message.Contains("error(s)", StringComparison.Ordinal));
        Assert.Equal("/graphql", entry.Fields["RequestPath"]);
        Assert.False(string.IsNullOrEmpty(entry.Fields["RequestId"] as string));
    }

    [Fact]
    public async Task Timeout_entry_carries_the_request_id_and_path()
    {
        using var slowServer = ApiServer.WithOneMillisecondLimit();
        using var client = slowServer.CreateGraphQLClient();

        var response = await client.PostAsync(ApiServer.OverTheTimeLimit);

        Assert.Equal("TIMEOUT", response.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
        var entry = Assert.Single(slowServer.Logs.Entries, entry => entry.Category == Category && entry.Level == LogLevel.Information);
        Assert.Equal("TIMEOUT", entry.Fields["Code"]);
        Assert.Equal("/graphql", entry.Fields["RequestPath"]);
        Assert.False(string.IsNullOrEmpty(entry.Fields["RequestId"] as string));
    }

    private static async Task SendAsync(HttpClient http, string contentType)
    {
        using var content = new StringContent("{\"query\":\"{ graph { version } }\"}", Encoding.UTF8, contentType);
        using var response = await http.PostAsync("/graphql", content, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
