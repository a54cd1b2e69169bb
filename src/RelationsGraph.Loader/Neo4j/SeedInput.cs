using RelationsGraph.Seed;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Loader.Neo4j;

/// <summary>Reads and fully validates a graph-seed directory (as the API does), printing every located error.</summary>
internal static class SeedInput
{
    /// <summary>The rows and their version, or null after the errors were written to standard error.</summary>
    public static async Task<VersionedSeed?> ReadValidAsync(string path, LoaderConsole console, string nothingDone, CancellationToken cancellationToken)
    {
        IReadOnlyList<SeedError> errors;
        try
        {
            var source = await new GraphSeedSource(path).LoadAsync(cancellationToken);
            errors = SeedValidator.Validate(source.Seed);
            if (errors.Count == 0)
            {
                return source;
            }
        }
        catch (SeedValidationException exception)
        {
            errors = exception.Errors;
        }

        foreach (var error in errors)
        {
            await console.Error.WriteLineAsync(error.ToString());
        }

        await console.Error.WriteLineAsync($"{path}: {errors.Count} error(s); {nothingDone}.");
        return null;
    }
}
