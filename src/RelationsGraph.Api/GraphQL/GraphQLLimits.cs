namespace RelationsGraph.Api.GraphQL;

/// <summary>The public endpoint's protection against abusive requests (configuration section "GraphQL:Limits").</summary>
public sealed class GraphQLLimits
{
    public const string SectionName = "GraphQL:Limits";
    public const int DefaultPageSize = 100;

    /// <summary>The deepest selection nesting a query may have.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>The highest estimated cost (fields times expected list sizes) a query may have.</summary>
    public int MaxComplexity { get; set; } = 2_000_000;

    /// <summary>The largest request body, or query string for GET, in bytes.</summary>
    public int MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>The longest a request may run before it is cut off with a timeout error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The largest value of a 'first' argument.</summary>
    public int MaxPageSize { get; set; } = 1000;

    /// <summary>How many parsed query documents are kept for reuse.</summary>
    public int DocumentCacheSize { get; set; } = 1000;

    /// <summary>How many bytes of complete answers are kept to answer the same request again; 0 turns it off.</summary>
    public long ResultCacheBytes { get; set; } = 32 * 1024 * 1024;
}
