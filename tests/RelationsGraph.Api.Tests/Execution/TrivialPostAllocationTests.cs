using System.Net;
using System.Net.Sockets;
using System.Text;
using Xunit;

namespace RelationsGraph.Api.Tests.Execution;

/// <summary>Runs alone: it counts every byte the process allocates, which parallel tests would add to.</summary>
[CollectionDefinition(nameof(AllocationCounting), DisableParallelization = true)]
public sealed class AllocationCounting;

/// <summary>
/// What a cached trivial POST allocates through the whole endpoint (Kestrel, middleware, reading the body, execution,
/// writing the answer), counted over the process while one connection sends the same request again and again: under
/// load every gen0 collection stops all the requests in flight, so the bytes per request set how many of them meet a
/// pause (issue 13 item 3). The client reuses its buffers and allocates nothing per request; /health, which allocates
/// next to nothing, is counted the same way as the floor of the measurement.
/// </summary>
[Collection(nameof(AllocationCounting))]
public sealed class TrivialPostAllocationTests
{
    private const int Requests = 2_000;

    // answers-14 measured 3,200 bytes per POST on the Debug build (2,536 Release; the base build of f6a263c 3,800
    // Release) and 96-176 per /health, the runtime's own share (docs/benchmarks.md, branch answers-14).
    private const long MostBytesPerTrivialPost = 3_400;
    private const long MostBytesPerHealthCheck = 250;

    [Fact]
    public async Task A_cached_trivial_POST_through_Kestrel_allocates_at_most_its_bound_per_request()
    {
        // No result cache: the request is executed every time, as the tail benchmark runs it.
        await using var server = ApiServer.WithSettings(new Dictionary<string, string?> { ["GraphQL:Limits:ResultCacheBytes"] = "0" });
        var endpoint = new IPEndPoint(IPAddress.Loopback, server.BaseAddress.Port);
        const string Body = "{\"query\":\"{ __typename }\"}";
        var post = Encoding.ASCII.GetBytes(
            $"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAccept: application/graphql-response+json\r\nContent-Length: {Body.Length}\r\n\r\n{Body}");
        var health = Encoding.ASCII.GetBytes("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

        var postBytes = await BytesPerRequestAsync(endpoint, post, "{\"data\":{\"__typename\":\"Query\"}}");
        var healthBytes = await BytesPerRequestAsync(endpoint, health, null);

        TestContext.Current.SendDiagnosticMessage($"{postBytes} bytes per cached {{ __typename }} POST, {healthBytes} per GET /health");
        Assert.InRange(healthBytes, 0, MostBytesPerHealthCheck);
        Assert.InRange(postBytes, 1, MostBytesPerTrivialPost);
    }

    /// <summary>Bytes the process allocates per request, the fewest of three rounds (a round can meet a background task).</summary>
    private static async Task<long> BytesPerRequestAsync(IPEndPoint endpoint, byte[] request, string? expectedBody)
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(endpoint, cancellation);
        var response = new byte[16 * 1024];
        var text = Encoding.UTF8.GetString(response, 0, await ExchangeAsync(socket, request, response, cancellation));
        Assert.StartsWith("HTTP/1.1 200", text, StringComparison.Ordinal);
        if (expectedBody is not null)
        {
            Assert.EndsWith("\r\n\r\n" + expectedBody, text, StringComparison.Ordinal);
        }

        var expectedEnd = Encoding.UTF8.GetBytes(expectedBody ?? string.Empty);

        for (var warmUp = 0; warmUp < 500; warmUp++)
        {
            await ExchangeAsync(socket, request, response, cancellation);
        }

        var fewest = long.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            for (var sent = 0; sent < Requests; sent++)
            {
                var length = await ExchangeAsync(socket, request, response, cancellation);
                Assert.True(response.AsSpan(0, length).StartsWith("HTTP/1.1 200 "u8) && response.AsSpan(0, length).EndsWith(expectedEnd), "Every answer is the first one's.");
            }

            fewest = Math.Min(fewest, (GC.GetTotalAllocatedBytes(precise: true) - before) / Requests);
        }

        return fewest;
    }

    /// <summary>Sends one request and reads its whole response (headers and the Content-Length's body) into <paramref name="response"/>.</summary>
    // Pooled: the client's own state machine would otherwise be counted with every request.
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
    private static async ValueTask<int> ExchangeAsync(Socket socket, byte[] request, byte[] response, CancellationToken cancellation)
    {
        await socket.SendAsync(request, SocketFlags.None, cancellation);
        var length = 0;
        while (true)
        {
            var read = await socket.ReceiveAsync(response.AsMemory(length), SocketFlags.None, cancellation);
            Assert.True(read > 0, "The server closed the connection.");
            length += read;
            if (IsComplete(response.AsSpan(0, length)))
            {
                return length;
            }
        }
    }

    private static bool IsComplete(ReadOnlySpan<byte> received)
    {
        var headersEnd = received.IndexOf("\r\n\r\n"u8);
        if (headersEnd < 0)
        {
            return false;
        }

        var headers = received[..headersEnd];
        var name = "Content-Length: "u8;
        var at = headers.IndexOf(name);
        Assert.True(at >= 0, "Every answer here is sent with its Content-Length.");
        var value = headers[(at + name.Length)..];
        var end = value.IndexOf("\r\n"u8);
        var contentLength = int.Parse(end < 0 ? value : value[..end], System.Globalization.CultureInfo.InvariantCulture);
        return received.Length >= headersEnd + 4 + contentLength;
    }
}
