using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using RelationsGraph.Api.Cors;
using RelationsGraph.Api.Html;

namespace RelationsGraph.Api.Embed;

/// <summary>
/// The embeddable network view, built from src/web/embed during the build:
/// /embed/relations-graph.js, the stable script-tag URL (a tiny loader, revalidated cheaply with its ETag);
/// /embed/assets/*, the content-hashed element module and its dependencies (cached for a year as immutable);
/// /embed, the iframe page taking the element's options as URL parameters.
/// </summary>
internal static class EmbedEndpoints
{
    public const string LoaderPath = "/embed/relations-graph.js";

    private const string NotBuilt =
        "The embed view has not been built. Build the API with Node.js and npm available (dotnet build runs npm in src/web).";

    /// <summary>Compression of the scripts (public, static, no secrets: safe to compress over HTTPS too).</summary>
    public static IServiceCollection AddEmbed(this IServiceCollection services) =>
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["text/javascript", "application/javascript"];
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });

    public static WebApplication MapEmbed(this WebApplication app)
    {
        var root = Path.Combine(app.Environment.WebRootPath ?? Path.Combine(app.Environment.ContentRootPath, "wwwroot"), "embed");
        if (!File.Exists(Path.Combine(root, "relations-graph.js")))
        {
            app.MapGet("/embed", () => Results.Text(NotBuilt, "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable));
            app.MapGet("/embed/{**path}", () => Results.Text(NotBuilt, "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable));
            return app;
        }

        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/embed/assets") || context.Request.Path.Equals(LoaderPath),
            branch => branch.UseResponseCompression());
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(root),
            RequestPath = "/embed",
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.CacheControl = context.Context.Request.Path.StartsWithSegments("/embed/assets")
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
                headers.XContentTypeOptions = "nosniff";
                headers["Cross-Origin-Resource-Policy"] = "cross-origin";
            },
        });

        app.MapGet("/embed", (HttpContext context, IOptions<CrossOriginOptions> origins) =>
        {
            var (attributes, tooLong) = EmbedPage.ReadParameters(context.Request.Query);
            if (tooLong is not null)
            {
                return Results.Text($"The '{tooLong}' parameter is longer than {EmbedPage.MaxParameterLength} characters.", "text/plain", statusCode: StatusCodes.Status400BadRequest);
            }

            return HtmlPage.Result(EmbedPage.Render(context.Request.PathBase, attributes), EmbedPage.ContentSecurityPolicy(origins.Value), cacheControl: "public, max-age=300");
        });
        return app;
    }
}
