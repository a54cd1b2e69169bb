using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RelationsGraph.Loader.Review;

/// <summary>
/// The review app's web server: Kestrel on 127.0.0.1 (a free port unless one is asked for), the guard first, then the
/// page and its API. It runs until the loader is stopped (Ctrl+C).
/// </summary>
internal sealed class ReviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ReviewServer(WebApplication app, Uri address, string token)
    {
        _app = app;
        Address = address;
        Token = token;
    }

    /// <summary>The app's address, without the token.</summary>
    public Uri Address { get; }

    public string Token { get; }

    /// <summary>The address to open: it carries the session token once, which becomes the session cookie.</summary>
    public Uri SessionAddress => new(Address, $"/?{ReviewGuard.TokenParameter}={Token}");

    public static async Task<ReviewServer> StartAsync(ReviewSession session, ReviewOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var address = IPAddress.Parse(options.ListenAddress);
        var guard = new ReviewGuard(ReviewGuard.NewToken());
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "RelationsGraph.Loader.Review", ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
            kestrel.Listen(address, options.Port, listen => listen.Use(ReviewGuard.LoopbackOnly));
        });
        builder.Services.AddRouting();
        var app = builder.Build();
        app.Use(guard.InvokeAsync);
        app.MapReview(session, guard);
        await app.StartAsync(cancellationToken);

        var bound = (app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            .Select(value => new Uri(value))
            .First();
        // Whatever the listening address, the page is opened at the loopback address the guard accepts as Host.
        return new ReviewServer(app, new Uri($"http://127.0.0.1:{bound.Port}/"), guard.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>The review app's settings (configuration section "Review").</summary>
public sealed class ReviewOptions
{
    public const string SectionName = "Review";

    /// <summary>The port; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>
    /// Where Kestrel listens: 127.0.0.1. Whatever it is set to, connections from other machines are closed
    /// unanswered and requests not addressed to 127.0.0.1 or localhost are refused.
    /// </summary>
    public string ListenAddress { get; set; } = "127.0.0.1";

    /// <summary>The reviewer's name written as reviewed_by; by default the operating system's user name.</summary>
    public string? Reviewer { get; set; }

    /// <summary>Folders where the documents' files are looked for, to show their text.</summary>
    public IList<string> Documents { get; } = [];
}
