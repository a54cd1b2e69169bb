using Microsoft.Extensions.Options;
using RelationsGraph.Extraction.Places;
using RelationsGraph.Seed;

namespace RelationsGraph.Loader.Extract;

/// <summary>Reads a graph-seed directory and the extractor's gazetteer built from it.</summary>
public sealed class GazetteerSource(IOptions<LoaderOptions> options, GazetteerPreload? preload = null)
{
    /// <summary>The directory given, or the configured graph-seed, resolved against the current directory.</summary>
    public string Resolve(string? directory) => Path.GetFullPath(directory ?? options.Value.GraphSeed);

    /// <summary>
    /// As the static <see cref="LoadOrReportAsync(string, TextWriter, bool, CancellationToken)"/>, taking the read the
    /// loader started before its host was built when it is of this directory and these tables.
    /// </summary>
    public Task<(GraphSeed Seed, PlaceNames Names)?> LoadOrReportStartedAsync(string directory, TextWriter error, bool gazetteerOnly, CancellationToken cancellationToken) =>
        Report(preload?.Take(directory, gazetteerOnly) ?? LoadAsync(directory, gazetteerOnly, cancellationToken), directory, error);

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
    public static Task<(GraphSeed Seed, PlaceNames Names)?> LoadOrReportAsync(string directory, TextWriter error, bool gazetteerOnly, CancellationToken cancellationToken) =>
        Report(LoadAsync(directory, gazetteerOnly, cancellationToken), directory, error);

    private static async Task<(GraphSeed Seed, PlaceNames Names)?> Report(Task<(GraphSeed Seed, PlaceNames Names)> load, string directory, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            return await load;
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
