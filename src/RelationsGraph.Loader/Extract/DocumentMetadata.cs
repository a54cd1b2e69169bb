using System.Globalization;
using System.Text.Json;
using RelationsGraph.Extraction.Documents;

namespace RelationsGraph.Loader.Extract;

/// <summary>
/// What is known of a document beyond its bytes — its citation: URL, publisher, title, language, publication date —
/// from a metadata folder (<c>extract --metadata DIR</c>): one JSON object per <c>*.json</c> file, matched to the
/// document by <c>contentHash</c>; <see cref="Source"/> is the JSON file. The development corpus's label files are such objects (their other keys are
/// ignored here), as is a sidecar holding only these keys.
/// </summary>
public sealed record DocumentMetadata(string Source, string ContentHash, string? Url, string? Publisher, string? Title, string? Language, DateOnly? PublishedOn)
{
    private const int MaxBytes = 1024 * 1024;

    /// <summary>The document as the extractor should see it: the metadata's values declared, as an HTML page's meta tags would.</summary>
    public DocumentText Declare(DocumentText document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with
        {
            DeclaredUrl = Url ?? document.DeclaredUrl,
            DeclaredPublisher = Publisher ?? document.DeclaredPublisher,
            DeclaredTitle = Title ?? document.DeclaredTitle,
            DeclaredLanguage = Language ?? document.DeclaredLanguage,
            DeclaredPublishedOn = PublishedOn ?? document.DeclaredPublishedOn,
        };
    }

    /// <summary>Reads every <c>*.json</c> file of a folder, by content hash; each problem names the file and the key.</summary>
    public static async Task<(IReadOnlyDictionary<string, DocumentMetadata> ByHash, IReadOnlyList<string> Errors)> ReadFolderAsync(string folder, CancellationToken cancellationToken)
    {
        var byHash = new Dictionary<string, DocumentMetadata>(StringComparer.Ordinal);
        var errors = new List<string>();
        if (!Directory.Exists(folder))
        {
            return (byHash, [$"{folder}: the metadata folder does not exist"]);
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(file);
            if (info.Length > MaxBytes)
            {
                errors.Add($"{file}: the file is over the size limit of {MaxBytes} bytes");
                continue;
            }

            var (metadata, problem) = Parse(file, await File.ReadAllBytesAsync(file, cancellationToken));
            if (problem is not null)
            {
                errors.Add(problem);
            }
            else if (byHash.TryGetValue(metadata!.ContentHash, out var other))
            {
                errors.Add($"{file}: contentHash: the same document as {other.Source}");
            }
            else
            {
                byHash[metadata.ContentHash] = metadata;
            }
        }

        return (byHash, errors);
    }

    private static (DocumentMetadata? Metadata, string? Problem) Parse(string file, byte[] json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            return (null, $"{file}: not valid JSON ({exception.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, $"{file}: expected a JSON object");
            }

            string? problem = null;
            string? Text(string key)
            {
                if (!root.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
                {
                    return null;
                }

                if (value.ValueKind != JsonValueKind.String)
                {
                    problem ??= $"{file}: {key}: expected a string";
                    return null;
                }

                return value.GetString() is { Length: > 0 } text ? text.Trim() : null;
            }

            var hash = Text("contentHash");
            var url = Text("url");
            var publisher = Text("publisher");
            var title = Text("title");
            var language = Text("language");
            var published = Text("publishedOn");
            if (problem is not null)
            {
                return (null, problem);
            }

            if (hash is null || hash.Length != 71 || !hash.StartsWith("sha256:", StringComparison.Ordinal) || !hash[7..].All(char.IsAsciiHexDigitLower))
            {
                return (null, $"{file}: contentHash: expected sha256: and 64 lower-case hex digits");
            }

            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                return (null, $"{file}: url: expected an absolute http or https address");
            }

            DateOnly? publishedOn = null;
            if (published is not null)
            {
                if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return (null, $"{file}: publishedOn: expected YYYY-MM-DD");
                }

                publishedOn = date;
            }

            return (new DocumentMetadata(file, hash, url, publisher, title, language, publishedOn), null);
        }
    }
}
