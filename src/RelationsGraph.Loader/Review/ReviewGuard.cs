using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace RelationsGraph.Loader.Review;

/// <summary>
/// The review app writes the graph, so only its own page, in the reviewer's browser on this machine, may drive it:
/// connections from anything but loopback are closed unanswered (even if the app was bound wider); a Host header
/// other than the app's own address (DNS rebinding) and a request from another site (Origin, Sec-Fetch-Site) are
/// refused; every request needs the session cookie, which only the printed address sets (HttpOnly, SameSite=Strict);
/// and every write also needs the session token as a header, which only the app's page carries. Pages are served with
/// a strict Content-Security-Policy and may not be framed.
/// </summary>
internal sealed class ReviewGuard(string token)
{
    public const string CookieName = "relationsgraph-review";

    public const string TokenHeader = "X-Review-Token";

    public const string TokenParameter = "token";

    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private readonly byte[] _token = Encoding.ASCII.GetBytes(token);

    public string Token { get; } = token;

    /// <summary>A new session token: 256 random bits, URL-safe.</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Kestrel connection middleware: a connection from another machine is closed before any HTTP is read.</summary>
    public static Func<ConnectionDelegate, ConnectionDelegate> LoopbackOnly => next => async connection =>
    {
        if (connection.RemoteEndPoint is not IPEndPoint remote || !IPAddress.IsLoopback(remote.Address))
        {
            connection.Abort(new ConnectionAbortedException("the review app accepts connections from this machine only"));
            return;
        }

        await next(connection);
    };

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers.CacheControl = "no-store";

        var refusal = Check(context);
        if (refusal is not null)
        {
            context.Response.StatusCode = refusal.Value.Status;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(refusal.Value.Message, context.RequestAborted);
            return;
        }

        // The printed address carries the token once; it becomes the session cookie and leaves the address bar.
        if (context.Request.Query.ContainsKey(TokenParameter))
        {
            context.Response.Cookies.Append(CookieName, Token, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true });
            context.Response.Redirect(context.Request.Path.HasValue ? context.Request.Path.Value! : "/");
            return;
        }

        await next(context);
    }

    private (int Status, string Message)? Check(HttpContext context)
    {
        var request = context.Request;
        if (context.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote))
        {
            return (StatusCodes.Status403Forbidden, "The review app accepts requests from this machine only.");
        }

        var port = context.Connection.LocalPort;
        if (!IsOwnAuthority(request.Host.Value, port))
        {
            return (StatusCodes.Status403Forbidden, $"Host '{request.Host.Value}' is not this review app's address (http://127.0.0.1:{port}/).");
        }

        var origin = request.Headers.Origin;
        if (!StringValues.IsNullOrEmpty(origin) && !(Uri.TryCreate(origin.ToString(), UriKind.Absolute, out var originUri) && originUri.Scheme == Uri.UriSchemeHttp && IsOwnAuthority(originUri.Authority, port)))
        {
            return (StatusCodes.Status403Forbidden, $"Requests from {origin} are refused: only the review app's own page may use it.");
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return (StatusCodes.Status403Forbidden, "Cross-site requests are refused: open the review app from the address the loader printed.");
        }

        if (request.Query.TryGetValue(TokenParameter, out var offered))
        {
            return Matches(offered.ToString()) ? null : (StatusCodes.Status401Unauthorized, "This session token is not the review app's: open the address the loader printed.");
        }

        if (!Matches(request.Cookies[CookieName]))
        {
            return (StatusCodes.Status401Unauthorized, "No review session: open the address the loader printed (it carries the session token).");
        }

        var writes = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        if (writes && !Matches(request.Headers[TokenHeader].ToString()))
        {
            return (StatusCodes.Status403Forbidden, $"A write needs the {TokenHeader} header of the review app's page.");
        }

        return null;
    }

    private bool Matches(string? offered) =>
        offered is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(offered), _token);

    private static bool IsOwnAuthority(string? authority, int port) =>
        authority == $"127.0.0.1:{port}" || authority == $"localhost:{port}";
}
