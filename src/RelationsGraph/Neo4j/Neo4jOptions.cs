namespace RelationsGraph.Neo4j;

/// <summary>
/// How to reach Neo4j over its Query API (configuration section "Neo4j", e.g. the environment variable
/// <c>Neo4j__Uri</c>). Without a <see cref="Uri"/> the application uses the embedded graph-seed instead.
/// </summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "Neo4j";

    /// <summary>The HTTP address of the server, e.g. http://localhost:7474.</summary>
    public Uri? Uri { get; set; }

    /// <summary>The database every request names explicitly.</summary>
    public string Database { get; set; } = "neo4j";

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>A bearer token (SSO); used instead of user and password when set.</summary>
    public string? BearerToken { get; set; }

    /// <summary>The longest one HTTP request may take.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How many times a transient failure is retried.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay; each further retry waits twice as long.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    public bool IsConfigured => Uri is not null;
}
