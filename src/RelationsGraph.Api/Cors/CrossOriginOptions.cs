namespace RelationsGraph.Api.Cors;

/// <summary>
/// Which web sites may call the public API from their pages (configuration section "Cors"). Everything the API
/// serves is public and read-only, and requests carry no credentials, so the default allows every origin: any
/// site can embed the network. List origins to allow only those sites (and only those may frame /embed).
/// </summary>
public sealed class CrossOriginOptions
{
    public const string SectionName = "Cors";

    /// <summary>
    /// Origins such as https://example.org (scheme, host and port; no path), or "*" for every origin. Unset or
    /// empty means "*".
    /// </summary>
    public IReadOnlyList<string>? AllowedOrigins { get; set; }

    /// <summary>How long browsers may reuse a preflight answer.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>True when every origin is allowed.</summary>
    public bool AllowsAnyOrigin => AllowedOrigins is not { Count: > 0 } || AllowedOrigins.Any(origin => origin.Trim() == "*");

    /// <summary>The listed origins, normalised (no trailing slash, lower-case scheme and host).</summary>
    public IReadOnlyList<string> Origins =>
        AllowsAnyOrigin ? [] : [.. AllowedOrigins!.Select(Normalise).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>An origin in canonical form, or null when the value is not an http(s) origin.</summary>
    public static string? Normalise(string value)
    {
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            return null;
        }

        return uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
    }

    /// <summary>What is wrong with the settings, each problem naming the setting and the value; empty when valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        for (var index = 0; index < (AllowedOrigins ?? []).Count; index++)
        {
            var origin = AllowedOrigins![index];
            if (origin.Trim() != "*" && Normalise(origin) is null)
            {
                problems.Add($"{SectionName}:AllowedOrigins:{index} is '{origin}': expected \"*\" or an origin such as https://example.org (scheme, host and port only, no path).");
            }
        }

        if (PreflightMaxAge < TimeSpan.Zero)
        {
            problems.Add($"{SectionName}:PreflightMaxAge is {PreflightMaxAge}: it must not be negative.");
        }

        return problems;
    }
}
