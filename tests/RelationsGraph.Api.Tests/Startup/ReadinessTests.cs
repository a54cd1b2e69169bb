using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RelationsGraph.Api.Snapshots;
using RelationsGraph.Snapshots;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Api.Tests.Startup;

/// <summary>
/// The API listens before its first snapshot is built: liveness answers at once, readiness and everything that reads
/// the graph answer 503 with Retry-After until the snapshot is served, and then answer as usual. The snapshot source
/// is held back by a gate, so the "before" is observed for certain rather than raced.
/// </summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task Before_the_first_snapshot_the_api_is_alive_but_not_ready()
    {
        var source = new GatedSource(new GraphSeedSource(RepositoryPaths.GraphSeed));
        using var server = ApiServer.Starting(services => services.Replace(ServiceDescriptor.Singleton<ISnapshotSource>(source)));
        using var http = server.CreateHttpClient();
        using var client = server.CreateGraphQLClient();
        await source.Asked.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        using (var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal("alive", (await JsonAsync(live))["status"].Text());
        }

        foreach (var path in new[] { "/health/ready", "/health" })
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            AssertRetryAfter(response);
            Assert.Equal("starting", (await JsonAsync(response))["status"].Text());
        }

        var post = await client.PostAsync("{ __typename }");
        Assert.Equal(503, post.StatusCode);
        Assert.Equal(GraphQLClient.ResponseMediaType, post.MediaType);
        Assert.Equal("NOT_READY", post.Body?["errors"]?[0]?["extensions"]?["code"].Text());
        Assert.Null(post.Data);

        using (var get = await http.GetAsync(new Uri("/graphql?query=%7B__typename%7D", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, get.StatusCode);
            AssertRetryAfter(get);
        }

        using (var document = await http.GetAsync(new Uri("/documents/anything", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, document.StatusCode);
            AssertRetryAfter(document);
        }

        source.Open();
        await server.Services.GetRequiredService<SnapshotReadiness>().FirstSnapshot.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        using (var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            var body = await JsonAsync(ready);
            Assert.Equal("ready", body["status"].Text());
            Assert.StartsWith("sha256:", body["version"].Text(), StringComparison.Ordinal);
        }

        using (var health = await http.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal("ok", (await JsonAsync(health))["status"].Text());
        }

        var data = await client.QueryAsync("{ provincesWithSeveralPartners(country: \"LA\", partnerCountry: \"VN\") { province { id } } }");
        Assert.NotEmpty(data["provincesWithSeveralPartners"].Array());
        using var live2 = await http.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, live2.StatusCode);
    }

    [Fact]
    public async Task Liveness_and_readiness_answer_once_the_api_is_ready()
    {
        using var server = new ApiServer();
        using var http = server.CreateHttpClient();

        using var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);
        using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.False(ready.Headers.Contains("Retry-After"));
    }

    private static void AssertRetryAfter(HttpResponseMessage response)
    {
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"{response.RequestMessage?.RequestUri} answered 503 without Retry-After");
    }

    private static async Task<JsonNode> JsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

    /// <summary>A snapshot source that reads nothing until the test opens it.</summary>
    private sealed class GatedSource(ISnapshotSource inner) : ISnapshotSource
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _asked = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name => inner.Name;

        /// <summary>Completes when the API first asked for the graph.</summary>
        public Task Asked => _asked.Task;

        public void Open() => _gate.TrySetResult();

        public Task<string> GetVersionAsync(CancellationToken cancellationToken) => inner.GetVersionAsync(cancellationToken);

        public async Task<VersionedSeed> LoadAsync(CancellationToken cancellationToken)
        {
            _asked.TrySetResult();
            await _gate.Task.WaitAsync(cancellationToken);
            return await inner.LoadAsync(cancellationToken);
        }
    }
}
