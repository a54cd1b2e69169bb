using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace RelationsGraph.Loader.Tests.Review;

/// <summary>
/// The review app as a curator starts it — the loader's <c>review</c> command, in this process — stopped on dispose.
/// <see cref="SessionAddress"/> is the address it printed.
/// </summary>
internal sealed partial class ReviewApp : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task<int> _run;

    private ReviewApp(CancellationTokenSource stop, Task<int> run, Uri sessionAddress, LineWriter output)
    {
        _stop = stop;
        _run = run;
        SessionAddress = sessionAddress;
        Output = output;
    }

    /// <summary>The printed address, with the session token.</summary>
    public Uri SessionAddress { get; }

    public Uri Address => new(SessionAddress.GetLeftPart(UriPartial.Authority) + "/");

    public string Token => SessionAddress.Query[(SessionAddress.Query.IndexOf('=', StringComparison.Ordinal) + 1)..];

    public LineWriter Output { get; }

    public static Task<ReviewApp> StartAsync(params string[] arguments) => StartWithSettingsAsync(new Dictionary<string, string?>(), arguments);

    /// <summary>Starts it with some settings overridden (configuration keys, e.g. Review:ListenAddress).</summary>
    public static async Task<ReviewApp> StartWithSettingsAsync(IReadOnlyDictionary<string, string?> settings, params string[] arguments)
    {
        var output = new LineWriter();
        var error = new LineWriter();
        var console = new LoaderConsole(output, error, () => Stream.Null, errorIsTerminal: false);
        var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = Task.Run(() => LoaderApplication.RunAsync(["review", .. arguments], console, stop.Token, settings));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (OpenLine().Match(output.Text) is { Success: true } match)
            {
                return new ReviewApp(stop, run, new Uri(match.Groups[1].Value), output);
            }

            if (run.IsCompleted)
            {
                Assert.Fail($"review exited with {await run}: {error.Text}{output.Text}");
            }

            Assert.True(DateTime.UtcNow < deadline, "review printed no address within 60 s: " + output.Text + error.Text);
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>A client that opened the printed address: it holds the session cookie, and sends the page's token on writes.</summary>
    public async Task<HttpClient> SignedInClientAsync()
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Address };
        using var response = await http.GetAsync(SessionAddress, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        http.DefaultRequestHeaders.Add("X-Review-Token", Token);
        return http;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        Assert.Equal(0, await _run);
        _stop.Dispose();
    }

    [GeneratedRegex(@"Open (http://127\.0\.0\.1:\d+/\?token=[A-Za-z0-9_-]+)")]
    private static partial Regex OpenLine();
}

/// <summary>A writer other threads can read while the loader writes to it.</summary>
internal sealed class LineWriter : TextWriter
{
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public string Text
    {
        get
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }

    public override void Write(char value)
    {
        lock (_text)
        {
            _text.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_text)
        {
            _text.Append(value);
        }
    }
}
