using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RelationsGraph.Loader.Score;

/// <summary>
/// Writes a <see cref="ScoreReport"/> as a plain-text table, as Markdown tables (for docs/extraction-quality.md) or as
/// the score JSON (docs/extraction-quality.md, "JSON"): per document each metric as numerator/denominator, then the
/// summary, the pair differences and the skipped documents.
/// </summary>
public static class ScoreReportWriter
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteTextAsync(ScoreReport report, TextWriter output, bool markdown)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        List<string[]> documents = [["document", "lang", .. ScoreMetric.All.Select(metric => metric.Header)]];
        documents.AddRange(report.Documents.Select(document => (string[])
        [
            document.Id, document.Language, .. document.Score.Ratios.Select(entry => entry.Ratio.ToString()),
            document.Score.FalseRecords.ToString(CultureInfo.InvariantCulture),
        ]));
        await output.WriteAsync(Grid(documents, markdown));

        List<string[]> summary = [["metric", "target", "documents", "mean", "worst", "missing target"]];
        summary.AddRange(report.Summary.Select(line => new[]
        {
            line.Metric.Header,
            line.Metric.Target is { } target ? (line.Metric.LowerIsBetter ? "<= " : ">= ") + Number(target) : "-",
            line.Documents.ToString(CultureInfo.InvariantCulture),
            line.Mean is { } mean ? Number(mean) : "-",
            line.Worst is { } worst ? Number(worst) : "-",
            line.MissingTarget?.ToString(CultureInfo.InvariantCulture) ?? "-",
        }));
        await output.WriteLineAsync();
        await output.WriteAsync(Grid(summary, markdown));

        var differences = report.Documents.Where(document => document.Score.MissingPairs.Count + document.Score.ExtraPairs.Count > 0).ToList();
        if (differences.Count > 0)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync("Pair differences:");
            await output.WriteLineAsync();
            foreach (var document in differences)
            {
                await output.WriteLineAsync(
                    $"- {document.Id}: missing [{string.Join(' ', document.Score.MissingPairs)}], extra [{string.Join(' ', document.Score.ExtraPairs)}]");
            }
        }

        if (report.Skipped.Count > 0)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"Skipped ({report.Skipped.Count}, not scored):");
            await output.WriteLineAsync();
            foreach (var skipped in report.Skipped)
            {
                await output.WriteLineAsync($"- {skipped.Id}: {skipped.Reason}");
            }
        }
    }

    public static async Task WriteJsonAsync(ScoreReport report, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        await using (var writer = new Utf8JsonWriter(destination, JsonOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("documents");
            foreach (var document in report.Documents)
            {
                writer.WriteStartObject();
                writer.WriteString("id", document.Id);
                writer.WriteString("language", document.Language);
                foreach (var (metric, ratio) in document.Score.Ratios)
                {
                    writer.WriteStartObject(metric.Key);
                    writer.WriteNumber("numerator", ratio.Numerator);
                    writer.WriteNumber("denominator", ratio.Denominator);
                    WriteNumber(writer, "value", ratio.Value);
                    writer.WriteEndObject();
                }

                writer.WriteNumber(ScoreMetric.FalseRecords.Key, document.Score.FalseRecords);
                WritePairs(writer, "missingPairs", document.Score.MissingPairs);
                WritePairs(writer, "extraPairs", document.Score.ExtraPairs);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("summary");
            foreach (var line in report.Summary)
            {
                writer.WriteStartObject();
                writer.WriteString("metric", line.Metric.Key);
                WriteNumber(writer, "target", line.Metric.Target);
                writer.WriteBoolean("lowerIsBetter", line.Metric.LowerIsBetter);
                writer.WriteNumber("documents", line.Documents);
                WriteNumber(writer, "mean", line.Mean);
                WriteNumber(writer, "worst", line.Worst);
                WriteNumber(writer, "missingTarget", line.MissingTarget);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("skipped");
            foreach (var skipped in report.Skipped)
            {
                writer.WriteStartObject();
                writer.WriteString("id", skipped.Id);
                writer.WriteString("reason", skipped.Reason);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken);
        }

        await destination.WriteAsync("\n"u8.ToArray(), cancellationToken);
        await destination.FlushAsync(cancellationToken);
    }

    /// <summary>Rows as a table: columns padded to their widest cell, or Markdown with a header separator.</summary>
    private static string Grid(List<string[]> rows, bool markdown)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        var builder = new StringBuilder();
        for (var index = 0; index < rows.Count; index++)
        {
            var cells = rows[index].Select((cell, column) => cell.PadRight(widths[column]));
            builder.Append(markdown ? "| " + string.Join(" | ", cells) + " |" : string.Join("  ", cells).TrimEnd()).Append('\n');
            if (markdown && index == 0)
            {
                builder.Append("| ").Append(string.Join(" | ", widths.Select(width => new string('-', width)))).Append(" |\n");
            }
        }

        return builder.ToString();
    }

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, Math.Round(number, 4));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WritePairs(Utf8JsonWriter writer, string name, IReadOnlyList<UnitPair> pairs)
    {
        writer.WriteStartArray(name);
        foreach (var pair in pairs)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(pair.Vietnamese);
            writer.WriteStringValue(pair.Foreign);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }
}
