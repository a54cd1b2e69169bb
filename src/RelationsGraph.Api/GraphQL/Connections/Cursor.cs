using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GraphQL;

namespace RelationsGraph.Api.GraphQL.Connections;

/// <summary>
/// Opaque cursors: a position in an ordered list, tied to the version of the graph that answered. A cursor from
/// another version is refused with a clear error rather than silently skipping or repeating items.
/// </summary>
internal static class Cursor
{
    public const string InvalidCursorCode = "INVALID_CURSOR";
    public const string StaleCursorCode = "STALE_CURSOR";
    private const string Prefix = "rg1:";

    public static string Encode(string graphVersion, int position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Prefix}{VersionTag(graphVersion)}:{position.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>The position a cursor points at; a located error for a cursor that is malformed or from another graph.</summary>
    public static int Decode(string argument, string cursor, string graphVersion)
    {
        string text;
        try
        {
            text = cursor.Length <= 200 ? Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)) : string.Empty;
        }
        catch (FormatException)
        {
            text = string.Empty;
        }

        var parts = text.StartsWith(Prefix, StringComparison.Ordinal) ? text[Prefix.Length..].Split(':') : [];
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var position))
        {
            throw new ExecutionError($"Argument '{argument}': '{Shorten(cursor)}' is not a cursor of this API; use a cursor or endCursor from an earlier answer.")
            {
                Code = InvalidCursorCode,
            };
        }

        if (parts[0] != VersionTag(graphVersion))
        {
            throw new ExecutionError($"Argument '{argument}': the graph has been updated since this cursor was issued; ask for the first page again.")
            {
                Code = StaleCursorCode,
            };
        }

        return position;
    }

    /// <summary>A short, stable tag of the graph version (FNV-1a), the same on every replica.</summary>
    private static string VersionTag(string graphVersion)
    {
        var hash = 2166136261u;
        foreach (var c in graphVersion)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
