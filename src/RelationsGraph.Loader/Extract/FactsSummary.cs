using System.Globalization;
using RelationsGraph.Common;
using RelationsGraph.Extraction;
using RelationsGraph.Extraction.FactsJson;
using RelationsGraph.Extraction.Places;

namespace RelationsGraph.Loader.Extract;

/// <summary>The human-readable output of <c>extract</c> without --json: one line per relation.</summary>
public static class FactsSummary
{
    public static async Task WriteAsync(MergedFacts facts, PlaceNames names, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var relation in facts.Relations)
        {
            var parties = string.Join(" – ", relation.Parties.Select(party => $"{names.Directory.FindById(party.UnitId)?.Name} ({party.UnitId})"));
            var period = relation.PeriodStart is { } start ? $" {start}-{relation.PeriodEnd}" : string.Empty;
            var signed = relation.SignedOn is { } date ? " signed " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
            var number = relation.Number is { } value ? " No " + value : string.Empty;
            var background = relation.Background ? " (background)" : string.Empty;
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{FactsJsonWriter.InstrumentCode(relation.Kind)}{number}{period}{signed}: {parties} [{EnumCodes.ToCode(relation.Level)}, confidence {relation.Confidence:0.##}]{background}"));
        }
    }
}
