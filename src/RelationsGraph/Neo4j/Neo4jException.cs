namespace RelationsGraph.Neo4j;

/// <summary>
/// Neo4j refused a request. <see cref="Code"/> is Neo4j's status code (e.g. Neo.ClientError.Statement.SyntaxError);
/// its classification says whether trying again can help.
/// </summary>
public class Neo4jException : Exception
{
    public Neo4jException(string code, string message, Exception? innerException = null)
        : base(message, innerException) => Code = code;

    public Neo4jException()
        : this("Neo.DatabaseError.General.UnknownError", "Neo4j failed.")
    {
    }

    public Neo4jException(string message)
        : this("Neo.DatabaseError.General.UnknownError", message)
    {
    }

    public Neo4jException(string message, Exception innerException)
        : this("Neo.DatabaseError.General.UnknownError", message, innerException)
    {
    }

    public string Code { get; }

    /// <summary>ClientError, TransientError or DatabaseError, from the code.</summary>
    public string Classification => Code.Split('.') is [_, var classification, ..] ? classification : "Unknown";

    /// <summary>Transient errors (deadlocks, leader changes, temporary unavailability) may succeed when retried.</summary>
    public bool IsTransient => Classification == "TransientError";
}

/// <summary>Neo4j rejected the credentials (HTTP 401 or a Neo.ClientError.Security error).</summary>
public sealed class Neo4jAuthenticationException : Neo4jException
{
    public Neo4jAuthenticationException(string code, string message)
        : base(code, message)
    {
    }

    public Neo4jAuthenticationException()
        : base("Neo.ClientError.Security.Unauthorized", "Neo4j rejected the credentials.")
    {
    }

    public Neo4jAuthenticationException(string message)
        : base("Neo.ClientError.Security.Unauthorized", message)
    {
    }

    public Neo4jAuthenticationException(string message, Exception innerException)
        : base("Neo.ClientError.Security.Unauthorized", message, innerException)
    {
    }
}
