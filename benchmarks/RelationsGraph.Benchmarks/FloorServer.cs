using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// The floor of the HTTP run: Kestrel with nothing behind it, started as its own process by <c>http --floor</c> with the
/// API's runtime settings (server GC) and the same wrk. It answers /health, /health/live and POST /graphql with
/// constant bytes, so whatever its p99/p50 is, this machine gives it to any ASP.NET Core server: the part of the API's
/// ratio that is not the API's.
/// </summary>
internal static class FloorServer
{
    private static readonly byte[] Alive = "{\"status\":\"alive\"}"u8.ToArray();
    private static readonly byte[] Typename = "{\"data\":{\"__typename\":\"Query\"}}"u8.ToArray();

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/health", (HttpContext context) => WriteAsync(context, Alive, "application/json; charset=utf-8"));
        app.MapGet("/health/live", (HttpContext context) => WriteAsync(context, Alive, "application/json; charset=utf-8"));
        app.MapPost("/graphql", async (HttpContext context) =>
        {
            // Read to the end, as the API does, before answering.
            var reader = context.Request.BodyReader;
            while (true)
            {
                var read = await reader.ReadAsync(context.RequestAborted);
                reader.AdvanceTo(read.Buffer.End);
                if (read.IsCompleted)
                {
                    break;
                }
            }

            await WriteAsync(context, Typename, "application/graphql-response+json; charset=utf-8");
        });
        await app.RunAsync();
        return 0;
    }

    private static Task WriteAsync(HttpContext context, byte[] body, string contentType)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}
