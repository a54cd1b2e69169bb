namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// The public endpoint's protection against abusive requests (configuration section "GraphQL:Limits"). Every request
/// is bounded before it runs (size, shape, depth, estimated cost) and while it runs (time, result nodes, errors,
/// response bytes); docs/api-limits.md lists each limit with the error code a caller gets.
/// </summary>
public sealed class GraphQLLimits
{
    public const string SectionName = "GraphQL:Limits";
    public const int DefaultPageSize = 100;

    /// <summary>The deepest selection nesting a query may have, fragments expanded.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// The highest estimated cost a query may have: every selected field counts once per object it is expected to be
    /// selected on, list sizes taken from 'first' arguments or from the largest list of that kind in the graph.
    /// </summary>
    public int MaxComplexity { get; set; } = 250_000;

    /// <summary>The estimated cost above which a query waits for a slot among <see cref="MaxConcurrentHeavyRequests"/>.</summary>
    public int HeavyComplexity { get; set; } = 5_000;

    /// <summary>How many heavy queries run at once; the others wait (within the timeout) so cheap queries keep flowing.</summary>
    public int MaxConcurrentHeavyRequests { get; set; } = 1;

    /// <summary>How many heavy queries may wait for a slot; past that a request is refused as busy.</summary>
    public int MaxQueuedHeavyRequests { get; set; } = 32;

    /// <summary>Expected size of a list field that has neither a 'first' argument nor a size estimate from the graph.</summary>
    public int DefaultListSize { get; set; } = 20;

    /// <summary>The most field selections a document may have once its fragment spreads are expanded.</summary>
    public int MaxFields { get; set; } = 1_000;

    /// <summary>The most selections of one response name (alias or field name) in one selection set, fragments merged.</summary>
    public int MaxSameNameFields { get; set; } = 20;

    /// <summary>The most directives a document may carry.</summary>
    public int MaxDirectives { get; set; } = 100;

    /// <summary>The largest request body, or query string for GET, in bytes.</summary>
    public int MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>The longest a request may take from reading it to its last byte written, waiting for a slot included.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The most values (objects, list items and scalars) an answer may hold; execution stops past it.</summary>
    public int MaxResultNodes { get; set; } = 500_000;

    /// <summary>The largest answer in bytes; a larger one is replaced by an error, never truncated.</summary>
    public int MaxResponseBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>The most errors an answer lists; one more error says how many were left out.</summary>
    public int MaxErrors { get; set; } = 50;

    /// <summary>The largest value of a 'first' argument.</summary>
    public int MaxPageSize { get; set; } = 1000;

    /// <summary>How many parsed query documents are kept for reuse, least recently used dropped first.</summary>
    public int DocumentCacheSize { get; set; } = 1000;

    /// <summary>How many bytes of query text the document cache holds at most.</summary>
    public long DocumentCacheBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>How many bytes of complete answers are kept to answer the same request again; 0 turns it off.</summary>
    public long ResultCacheBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>
    /// Whether answers without errors are written straight into JSON as they are resolved (<see cref="DirectAnswer"/>)
    /// rather than through graphql-dotnet's tree of execution nodes; the same bytes either way. Off only to compare.
    /// </summary>
    public bool DirectAnswers { get; set; } = true;

    /// <summary>What is wrong with the settings, each naming the setting; empty when valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Positive(string name, double value)
        {
            if (value <= 0)
            {
                problems.Add($"{SectionName}:{name} is {value}: it must be positive.");
            }
        }

        Positive(nameof(MaxDepth), MaxDepth);
        Positive(nameof(MaxComplexity), MaxComplexity);
        Positive(nameof(HeavyComplexity), HeavyComplexity);
        Positive(nameof(MaxConcurrentHeavyRequests), MaxConcurrentHeavyRequests);
        Positive(nameof(DefaultListSize), DefaultListSize);
        Positive(nameof(MaxFields), MaxFields);
        Positive(nameof(MaxSameNameFields), MaxSameNameFields);
        Positive(nameof(MaxDirectives), MaxDirectives);
        Positive(nameof(MaxRequestBytes), MaxRequestBytes);
        Positive(nameof(ExecutionTimeout), ExecutionTimeout.TotalMilliseconds);
        Positive(nameof(MaxResultNodes), MaxResultNodes);
        Positive(nameof(MaxResponseBytes), MaxResponseBytes);
        Positive(nameof(MaxErrors), MaxErrors);
        Positive(nameof(MaxPageSize), MaxPageSize);
        if (MaxQueuedHeavyRequests < 0 || DocumentCacheSize < 0 || DocumentCacheBytes < 0 || ResultCacheBytes < 0)
        {
            problems.Add($"{SectionName}: MaxQueuedHeavyRequests, DocumentCacheSize, DocumentCacheBytes and ResultCacheBytes must not be negative.");
        }

        return problems;
    }
}
