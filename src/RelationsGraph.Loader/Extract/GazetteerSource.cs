using Microsoft.Extensions.Options;
using RelationsGraph.Extraction.Places;
using RelationsGraph.Seed;

namespace RelationsGraph.Loader.Extract;

/// <summary>Reads a graph-seed directory and the extractor's gazetteer built from it.</summary>
public sealed class GazetteerSource(IOptions<LoaderOptions> options)
{
    /// <summary>The directory given, or the configured graph-seed, resolved against the current directory.</summary>
    public string Resolve(string? directory) => Path.GetFullPath(directory ?? options.Value.GraphSeed);

    /// <summary>The graph seed and its gazetteer.</summary>
    public static Task<(GraphSeed Seed, PlaceNames Names)> LoadAsync(string directory, CancellationToken cancellationToken) =>
        LoadAsync(directory, gazetteerOnly: false, cancellationToken);

    /// <summary>The graph seed and its gazetteer; with <paramref name="gazetteerOnly"/>, the seed holds the gazetteer's tables only.</summary>
    public static async Task<(GraphSeed Seed, PlaceNames Names)> LoadAsync(string directory, bool gazetteerOnly, CancellationToken cancellationToken)
    {
        var seed = gazetteerOnly
            ? await GraphSeedReader.ReadGazetteerAsync(directory, cancellationToken)
            : await GraphSeedReader.ReadAsync(directory, cancellationToken);
        return (seed, PlaceNames.Create(seed));
    }

    /// <summary>Reads the gazetteer, or writes every reason it cannot be read to <paramref name="error"/> and returns null.</summary>
    public static Task<(GraphSeed Seed, PlaceNames Names)?> LoadOrReportAsync(string directory, TextWriter error, CancellationToken cancellationToken) =>
        LoadOrReportAsync(directory, error, gazetteerOnly: false, cancellationToken);

    /// <summary>As above; with <paramref name="gazetteerOnly"/>, the seed holds the gazetteer's tables only.</summary>
    public static async Task<(GraphSeed Seed, PlaceNames Names)?> LoadOrReportAsync(string directory, TextWriter error, bool gazetteerOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            return await LoadAsync(directory, gazetteerOnly, cancellationToken);
        }
        catch (SeedValidationException exception)
        {
            await error.WriteLineAsync($"error: cannot read the gazetteer from {directory}:");
            foreach (var problem in exception.Errors)
            {
                await error.WriteLineAsync("  " + problem);
            }

            return null;
        }
    }
}
