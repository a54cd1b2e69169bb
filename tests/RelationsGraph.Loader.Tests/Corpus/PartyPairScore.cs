using System.Text.Json;
using RelationsGraph.Extraction;

namespace RelationsGraph.Loader.Tests.Corpus;

/// <summary>
/// Precision and recall of party pairs against a folder's answer key (answers.json: file name → expected pairs).
/// A relation contributes every pair of its parties from different countries; a document's pairs are those of the
/// relations that cite it.
/// </summary>
internal sealed record PartyPairScore(int TruePositives, int FalsePositives, int FalseNegatives, IReadOnlyList<string> Differences)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public static PartyPairScore operator +(PartyPairScore left, PartyPairScore right) =>
        new(left.TruePositives + right.TruePositives, left.FalsePositives + right.FalsePositives, left.FalseNegatives + right.FalseNegatives, [.. left.Differences, .. right.Differences]);

    public static PartyPairScore Score(string folder, MergedFacts facts)
    {
        using var answers = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "answers.json")));
        var files = facts.Documents.ToDictionary(document => document.Id, document => document.FileName, StringComparer.Ordinal);
        var countries = facts.Relations.SelectMany(relation => relation.Parties).Select(party => party.UnitId).Distinct().ToDictionary(id => id, Country, StringComparer.Ordinal);
        var found = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var relation in facts.Relations)
        {
            var pairs = relation.PartyIds
                .SelectMany(a => relation.PartyIds.Where(b => string.CompareOrdinal(a, b) < 0 && countries[a] != countries[b]).Select(b => Pair(a, b)))
                .ToList();
            foreach (var document in relation.Evidence.Select(evidence => files[evidence.DocumentId]).Distinct())
            {
                if (!found.TryGetValue(document, out var set))
                {
                    found[document] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(pairs);
            }
        }

        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        var differences = new List<string>();
        foreach (var entry in answers.RootElement.EnumerateObject())
        {
            var expected = entry.Value.EnumerateArray().Select(pair => Pair(pair[0].GetString()!, pair[1].GetString()!)).ToHashSet(StringComparer.Ordinal);
            var actual = found.GetValueOrDefault(entry.Name) ?? [];
            truePositives += expected.Intersect(actual).Count();
            falsePositives += actual.Except(expected).Count();
            falseNegatives += expected.Except(actual).Count();
            if (!expected.SetEquals(actual))
            {
                differences.Add($"{entry.Name}: missing [{string.Join(' ', expected.Except(actual))}] extra [{string.Join(' ', actual.Except(expected))}]");
            }
        }

        return new PartyPairScore(truePositives, falsePositives, falseNegatives, differences);
    }

    private static string Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? $"{a}+{b}" : $"{b}+{a}";

    private static string Country(string unitId) => unitId[..2];
}
