using RelationsGraph.Gazetteer;

namespace RelationsGraph.Common;

/// <summary>
/// "Did you mean…?": the closest known names to an unknown one, compared on their place-name keys (case, spaces,
/// punctuation and diacritics ignored): within a few edits, or starting with or containing what was typed.
/// </summary>
public static class Suggestions
{
    public const int MaxSuggestions = 3;

    /// <summary>Names longer than this get no suggestions: the search stays cheap whatever is sent.</summary>
    public const int MaxNameLength = 100;

    /// <summary>
    /// Up to <see cref="MaxSuggestions"/> display names whose keys are closest to <paramref name="typed"/>, best
    /// first. <paramref name="candidates"/> pairs a comparison key (already a <see cref="NameKey"/>) with the name to
    /// show; several keys may show the same name.
    /// </summary>
    public static IReadOnlyList<string> Closest(string typed, IEnumerable<(string Key, string Display)> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(candidates);
        if (typed.Length > MaxNameLength)
        {
            return [];
        }

        var key = NameKey.Normalize(typed);
        if (key.Length == 0)
        {
            return [];
        }

        var maxEdits = key.Length <= 3 ? 1 : key.Length <= 7 ? 2 : 3;
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (candidateKey, display) in candidates)
        {
            var distance = Distance(key, candidateKey, maxEdits);
            if (distance is null)
            {
                continue;
            }

            if (!best.TryGetValue(display, out var known) || distance < known)
            {
                best[display] = distance.Value;
            }
        }

        return [.. best.OrderBy(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(MaxSuggestions).Select(pair => pair.Key)];
    }

    /// <summary>Edits between the keys (a typed prefix or part counts as close), or null when too far apart.</summary>
    private static double? Distance(string typed, string candidate, int maxEdits)
    {
        if (typed.Length >= 3 && candidate.StartsWith(typed, StringComparison.Ordinal))
        {
            return 0.5 + ((candidate.Length - typed.Length) / 100.0);
        }

        if (typed.Length >= 4 && candidate.Contains(typed, StringComparison.Ordinal))
        {
            return 1 + ((candidate.Length - typed.Length) / 100.0);
        }

        if (Math.Abs(candidate.Length - typed.Length) > maxEdits)
        {
            return null;
        }

        var edits = BoundedEditDistance(typed, candidate, maxEdits);
        return edits <= maxEdits ? edits : null;
    }

    /// <summary>Optimal string alignment distance (swaps count as one edit), giving up beyond <paramref name="max"/>.</summary>
    private static int BoundedEditDistance(string a, string b, int max)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
