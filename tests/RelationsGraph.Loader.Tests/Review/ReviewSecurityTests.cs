using System.Net;
using System.Net.Sockets;
using System.Text;
using Xunit;

namespace RelationsGraph.Loader.Tests.Review;

/// <summary>
/// The review app writes the graph, so nothing but its own page on this machine may drive it: not another machine,
/// not a page of another site, not a DNS-rebound host name, not a client without the printed address.
/// </summary>
public sealed class ReviewSecurityTests
{
    [Fact]
    public async Task Printed_address_sets_a_strict_session_cookie_and_leaves_the_address_bar()
    {
        using var seed = new ReviewTestSeed();
        await using var app = await ReviewApp.StartAsync("--into", seed.Path);
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });

        using var response = await http.GetAsync(app.SessionAddress, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("127.0.0.1:", app.Address.Authority, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_without_the_session_are_refused()
    {
        using var seed = new ReviewTestSeed();
        await using var app = await ReviewApp.StartAsync("--into", seed.Path);
        using var http = new HttpClient { BaseAddress = app.Address };

        using var page = await http.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        using var state = await http.GetAsync(new Uri("/api/state", UriKind.Relative), TestContext.Current.CancellationToken);
        using var wrongToken = await http.GetAsync(new Uri("/?token=guessed", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, state.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongToken.StatusCode);
    }

    [Fact]
    public async Task Page_carries_the_token_under_a_strict_content_security_policy()
    {
        using var seed = new ReviewTestSeed();
        await using var app = await ReviewApp.StartAsync("--into", seed.Path);
        using var http = await app.SignedInClientAsync();

        using var page = await http.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"<meta name=\"review-token\" content=\"{app.Token}\"", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Write_from_another_origin_is_refused_and_changes_nothing()
    {
        using var seed = new ReviewTestSeed();
        await using var app = await ReviewApp.StartAsync("--into", seed.Path);
        using var http = await app.SignedInClientAsync();
        var before = await File.ReadAllBytesAsync(seed.File("instruments.csv"), TestContext.Current.CancellationToken);

        using var request = Accept(ReviewTestSeed.Mou);
        request.Headers.Add("Origin", "http://evil.example");
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        using var crossSite = Accept(ReviewTestSeed.Mou);
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        using var crossSiteResponse = await http.SendAsync(crossSite, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, crossSiteResponse.StatusCode);
        Assert.Equal(before, await File.ReadAllBytesAsync(seed.File("instruments.csv"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Write_without_the_pages_token_is_refused_even_with_the_cookie()
    {
        using var seed = new ReviewTestSeed();
        await using var app = await ReviewApp.StartAsync("--into", seed.Path);
        using var http = await app.SignedInClientAsync();
        http.DefaultRequestHeaders.Remove("X-Review-Token");

        using var response = await http.SendAsync(Accept(ReviewTestSeed.Mou), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(seed.Lines("instruments.csv"), line => line.Contains(",true,", StringComparison.Ordinal) && line.StartsWith(ReviewTestSeed.Mou, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rebound_host_name_is_refused()
    {
        using var seed = new ReviewTestSeed();
        await using var app = await ReviewApp.StartAsync("--into", seed.Path);
        using var http = await app.SignedInClientAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(app.Address, "/api/state"));
        request.Headers.Host = $"attacker.example:{app.Address.Port}";
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Signed_in_page_can_decide_and_the_decision_is_written_at_once()
    {
        using var seed = new ReviewTestSeed();
        await using var app = await ReviewApp.StartAsync("--into", seed.Path, "--reviewer", "Lan Nguyen");
        using var http = await app.SignedInClientAsync();
        using var request = Accept(ReviewTestSeed.Mou);
        request.Headers.Add("Origin", app.Address.GetLeftPart(UriPartial.Authority));

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(",true,Lan Nguyen,", seed.Lines("instruments.csv").Single(line => line.StartsWith(ReviewTestSeed.Mou + ",", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connections_from_another_machine_are_closed_even_when_bound_to_every_address()
    {
        var external = ExternalAddress();
        Assert.SkipWhen(external is null, "this machine has no non-loopback IPv4 address to connect from");
        using var seed = new ReviewTestSeed();
        await using var app = await ReviewApp.StartWithSettingsAsync(new Dictionary<string, string?> { ["Review:ListenAddress"] = "0.0.0.0" }, "--into", seed.Path);
        using var http = new HttpClient();

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri($"http://{external}:{app.Address.Port}/api/state"), TestContext.Current.CancellationToken));

        Assert.NotNull(refused);
        using var loopback = await app.SignedInClientAsync();
        using var allowed = await loopback.GetAsync(new Uri("/api/state", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task By_default_the_app_listens_on_loopback_only()
    {
        var external = ExternalAddress();
        Assert.SkipWhen(external is null, "this machine has no non-loopback IPv4 address to connect to");
        using var seed = new ReviewTestSeed();
        await using var app = await ReviewApp.StartAsync("--into", seed.Path);
        using var client = new TcpClient();

        var refused = await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync(external!, app.Address.Port, TestContext.Current.CancellationToken).AsTask());

        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
    }

    private static HttpRequestMessage Accept(string factId) =>
        new(HttpMethod.Post, $"/api/facts/{factId}/accept") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };

    private static IPAddress? ExternalAddress() =>
        Dns.GetHostAddresses(Dns.GetHostName())
            .Concat(System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
                .SelectMany(network => network.GetIPProperties().UnicastAddresses.Select(unicast => unicast.Address)))
            .FirstOrDefault(address => address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(address));
}
