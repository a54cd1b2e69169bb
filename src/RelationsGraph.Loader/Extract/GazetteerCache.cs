using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using RelationsGraph.Seed;

namespace RelationsGraph.Loader.Extract;

/// <summary>
/// The gazetteer tables of each graph-seed directory an <c>extract</c> run named, kept in a folder
/// (<see cref="GazetteerTablesFile"/>, one file per directory) under the version of the tables' bytes, so that the
/// next run skips parsing the CSV files. The CSV files stay the source of truth: their bytes are read and hashed on
/// every run, a file of another version, another build, truncated or corrupt is ignored and replaced, and a file is
/// written (whole, by a rename) only from tables that were parsed and built into the extractor's gazetteer without
/// an error. A folder that cannot be written only costs the cache.
/// </summary>
public sealed class GazetteerCache(string folder)
{
    /// <summary>Larger than any gazetteer the repository's tools generate; a bigger file is not read.</summary>
    private const long MaxFileBytes = 256L << 20;

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>
    /// The cache the settings ask for: <paramref name="folder"/>, else <c>$XDG_CACHE_HOME/relationsgraph</c>, else
    /// <c>~/.cache/relationsgraph</c>; none when <paramref name="enabled"/> is false or no folder can be named.
    /// </summary>
    public static GazetteerCache? Create(string? folder, bool enabled)
    {
        if (!enabled)
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(folder))
        {
            return new GazetteerCache(folder);
        }

        var cacheHome = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(cacheHome) || !Path.IsPathRooted(cacheHome))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (string.IsNullOrEmpty(home))
            {
                return null;
            }

            cacheHome = Path.Combine(home, ".cache");
        }

        return new GazetteerCache(Path.Combine(cacheHome, "relationsgraph"));
    }

    /// <summary>The cache <see cref="LoaderOptions"/> would name, read from configuration before the options are bound.</summary>
    public static GazetteerCache? Create(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(LoaderOptions.SectionName);
        var enabled = !bool.TryParse(section[nameof(LoaderOptions.UseGazetteerCache)], out var use) || use;
        return Create(section[nameof(LoaderOptions.GazetteerCache)], enabled);
    }

    /// <summary>The gazetteer tables kept for this directory when they are of <paramref name="version"/> and whole; else null.</summary>
    public Task<GraphSeed?> TryReadAsync(string directory, string version, CancellationToken cancellationToken) =>
        TryReadFileAsync(FileFor(directory), version, cancellationToken);

    /// <summary>
    /// Keeps the gazetteer tables of this directory, of <paramref name="version"/>: called only with tables that were
    /// parsed and built into the extractor's gazetteer without an error.
    /// </summary>
    public Task WriteAsync(string directory, string version, GraphSeed seed, CancellationToken cancellationToken) =>
        TryWriteFileAsync(FileFor(directory), GazetteerTablesFile.Write(seed, version), cancellationToken);

    /// <summary>The cache file of a graph-seed directory: named by a hash of its full path.</summary>
    public string FileFor(string directory)
    {
        var fullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fullPath)))[..16];
        return Path.Combine(Folder, $"gazetteer-{hash}.bin");
    }

    private static async Task<GraphSeed?> TryReadFileAsync(string path, string version, CancellationToken cancellationToken)
    {
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists || file.Length > MaxFileBytes)
            {
                return null;
            }

            return GazetteerTablesFile.TryRead(await File.ReadAllBytesAsync(path, cancellationToken), version);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static async Task TryWriteFileAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        try
        {
            await AtomicFile.WriteAsync(path, stream => stream.WriteAsync(bytes, cancellationToken).AsTask(), cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written is only a slower next run.
        }
    }
}
