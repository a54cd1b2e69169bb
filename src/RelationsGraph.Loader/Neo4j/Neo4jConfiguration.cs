using Microsoft.Extensions.Options;
using RelationsGraph.Neo4j;

namespace RelationsGraph.Loader.Neo4j;

/// <summary>Checks that the loader was told where Neo4j is before a command talks to it.</summary>
public sealed class Neo4jConfiguration(IOptions<Neo4jOptions> options, LoaderConsole console)
{
    public Neo4jOptions Options => options.Value;

    public async Task<bool> EnsureConfiguredAsync()
    {
        if (options.Value.IsConfigured)
        {
            return true;
        }

        await console.Error.WriteLineAsync(
            "error: Neo4j is not configured. Set Neo4j:Uri to the server's HTTP address, e.g. the environment variable Neo4j__Uri=http://localhost:7474 (and Neo4j__Password).");
        return false;
    }

    /// <summary>One line for an error talking to Neo4j; no stack trace.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        Neo4jException neo4j => neo4j.Message,
        HttpRequestException http => "Neo4j cannot be reached: " + http.Message,
        TimeoutException timeout => timeout.Message,
        _ => exception.Message,
    };
}
