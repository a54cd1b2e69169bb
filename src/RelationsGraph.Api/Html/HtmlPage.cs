using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace RelationsGraph.Api.Html;

/// <summary>
/// What the server-rendered pages share: one HTML encoder for every value that goes into markup, and a stylesheet
/// allowed by its hash in the Content-Security-Policy (so no page needs style-src 'unsafe-inline').
/// </summary>
internal static class HtmlPage
{
    /// <summary>Encodes &lt;, &gt;, &amp;, quotes and the like; leaves Vietnamese and other letters readable.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? value) => Encoder.Encode(value ?? string.Empty);

    /// <summary>The CSP source ('sha256-…') that allows exactly this inline stylesheet.</summary>
    public static string StyleHash(string css) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(css)))}'";

    /// <summary>Writes an HTML page with the security headers every page of the API carries.</summary>
    public static IResult Result(string html, string contentSecurityPolicy, int statusCode = StatusCodes.Status200OK, string cacheControl = "no-cache") =>
        new PageResult(html, contentSecurityPolicy, statusCode, cacheControl);

    private sealed class PageResult(string html, string contentSecurityPolicy, int statusCode, string cacheControl) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = statusCode;
            response.ContentType = "text/html; charset=utf-8";
            response.Headers.ContentSecurityPolicy = contentSecurityPolicy;
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            response.Headers.CacheControl = cacheControl;
            return response.WriteAsync(html, Encoding.UTF8, httpContext.RequestAborted);
        }
    }
}
