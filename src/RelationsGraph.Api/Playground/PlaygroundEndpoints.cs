using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.FileProviders;

namespace RelationsGraph.Api.Playground;

internal static class PlaygroundEndpoints
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>
    /// Serves the GraphiQL playground (built from src/web during the build) at /playground/, redirects / to it,
    /// and logs its address once the server listens.
    /// </summary>
    public static WebApplication MapPlayground(this WebApplication app)
    {
        var root = Path.Combine(app.Environment.WebRootPath ?? Path.Combine(app.Environment.ContentRootPath, "wwwroot"), "playground");
        app.MapGet("/", () => Results.Redirect("/playground/")).ExcludeFromDescription();
        if (File.Exists(Path.Combine(root, "index.html")))
        {
            var files = new PhysicalFileProvider(root);
            app.UseWhen(
                context => context.Request.Path.StartsWithSegments("/playground"),
                branch => branch.Use((context, next) =>
                {
                    context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    context.Response.Headers.XContentTypeOptions = "nosniff";

                    // The playground is a tool of its own: never framed by another site, and it sends no Referer.
                    context.Response.Headers["Referrer-Policy"] = "no-referrer";
                    return next(context);
                }));
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = "/playground" });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = "/playground" });
        }
        else
        {
            app.MapGet("/playground/{**path}", () => Results.Text(
                "The playground has not been built. Build the API with Node.js and npm available (dotnet build runs npm in src/web).",
                "text/plain",
                statusCode: StatusCodes.Status503ServiceUnavailable));
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                app.Logger.LogInformation("Playground: {Address}/playground/  GraphQL: {Address}/graphql", address.TrimEnd('/'), address.TrimEnd('/'));
            }
        });
        return app;
    }
}
