using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using RelationsGraph.Common;
using RelationsGraph.Extraction.Places;
using RelationsGraph.Facts;

namespace RelationsGraph.Extraction.FactsJson;

/// <summary>
/// Writes the facts JSON (docs/facts-json.md): a top-level object with <c>documents</c> and <c>relations</c>, every
/// object's properties in a fixed order, two-space indentation, LF line ends, UTF-8 without a byte order mark and
/// non-ASCII text unescaped, so that the same facts always give the same bytes.
/// </summary>
public static class FactsJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(MergedFacts facts, PlaceNames names, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(names);
        await using (var writer = new Utf8JsonWriter(destination, Options))
        {
            await WriteAsync(writer, facts, names, cancellationToken);
            await writer.FlushAsync(cancellationToken);
        }

        await destination.WriteAsync("\n"u8.ToArray(), cancellationToken);
        await destination.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// The facts JSON name of a kind: the model's kinds, with a joint statement shown as <c>other</c> and coordination
    /// rules as <c>agreement</c> (the contract's codes; graph-seed keeps the kind).
    /// </summary>
    public static string InstrumentCode(InstrumentKind kind) => kind switch
    {
        InstrumentKind.JointStatement => "other",
        InstrumentKind.CoordinationRules => "agreement",
        _ => EnumCodes.ToCode(kind),
    };

    // Utf8JsonWriter keeps everything in its own buffer until flushed; flushing as the buffer fills keeps a large
    // batch's output from being held whole in memory on its way to the file.
    private const int FlushThresholdBytes = 64 * 1024;

    private static async Task WriteAsync(Utf8JsonWriter writer, MergedFacts facts, PlaceNames names, CancellationToken cancellationToken)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("documents");
        foreach (var document in facts.Documents)
        {
            writer.WriteStartObject();
            writer.WriteString("id", document.Id);
            writer.WriteString("title", document.Title);
            writer.WriteString("language", document.Language);
            WriteDate(writer, "publishedOn", document.PublishedOn);
            writer.WriteString("contentHash", document.ContentHash);
            writer.WriteString("file", document.FileName);
            writer.WriteString("format", EnumCodes.ToCode(document.Format));
            writer.WriteEndObject();
            await FlushWhenFullAsync(writer, cancellationToken);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("relations");
        foreach (var relation in facts.Relations)
        {
            WriteRelation(writer, relation, names);
            await FlushWhenFullAsync(writer, cancellationToken);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static async ValueTask FlushWhenFullAsync(Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        if (writer.BytesPending >= FlushThresholdBytes)
        {
            await writer.FlushAsync(cancellationToken);
        }
    }

    private static void WriteRelation(Utf8JsonWriter writer, ExtractedRelation relation, PlaceNames names)
    {
        writer.WriteStartObject();
        writer.WriteString("id", relation.Id);
        writer.WriteStartArray("parties");
        foreach (var party in relation.Parties)
        {
            var unit = names.Directory.FindById(party.UnitId);
            writer.WriteStartObject();
            writer.WriteString("id", party.UnitId);
            writer.WriteString("name", unit?.Name ?? party.UnitId);
            writer.WriteString("country", unit?.Country.Code);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("instrument", InstrumentCode(relation.Kind));
        WriteNullable(writer, "number", relation.Number);
        WriteDate(writer, "signedOn", relation.SignedOn);
        WriteNumber(writer, "periodStart", relation.PeriodStart);
        WriteNumber(writer, "periodEnd", relation.PeriodEnd);
        writer.WriteStartArray("fields");
        foreach (var field in relation.Fields)
        {
            writer.WriteStringValue(field);
        }

        writer.WriteEndArray();
        writer.WriteString("level", EnumCodes.ToCode(relation.Level));
        writer.WriteString("status", EnumCodes.ToCode(relation.Status));
        writer.WriteBoolean("background", relation.Background);
        writer.WriteNumber("confidence", Math.Round(relation.Confidence, 2));
        writer.WriteString("source", EnumCodes.ToCode(relation.Source));
        if (relation.Session is { } session)
        {
            writer.WriteStartObject("session");
            writer.WriteString("mechanism", session.Mechanism);
            WriteNumber(writer, "ordinal", session.Ordinal);
            writer.WriteString("mode", EnumCodes.ToCode(session.Mode));
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("session");
        }

        writer.WriteStartArray("links");
        foreach (var (type, target) in relation.Links.OrderBy(link => link.Type).ThenBy(link => link.Target.Id, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("type", EnumCodes.ToCode(type));
            writer.WriteString("relation", target.Id);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("people");
        foreach (var person in relation.People.OrderBy(person => person.Evidence).ThenBy(person => person.Name, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("name", person.Name);
            WriteNullable(writer, "title", person.Title);
            writer.WriteString("role", EnumCodes.ToCode(person.Role));
            WriteNullable(writer, "unit", person.UnitId);
            WriteEvidence(writer, "evidence", person.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("commitments");
        foreach (var commitment in relation.Commitments.OrderBy(commitment => commitment.Evidence).ThenBy(commitment => commitment.Kind).ThenBy(commitment => commitment.Amount))
        {
            writer.WriteStartObject();
            writer.WriteString("kind", EnumCodes.ToCode(commitment.Kind));
            if (commitment.Amount is { } amount)
            {
                writer.WriteNumber("amount", amount);
            }
            else
            {
                writer.WriteNull("amount");
            }

            WriteNullable(writer, "unit", commitment.Unit);
            WriteNullable(writer, "from", commitment.FromId);
            WriteNullable(writer, "to", commitment.ToId);
            writer.WriteStartArray("years");
            foreach (var year in commitment.Years)
            {
                writer.WriteNumberValue(year);
            }

            writer.WriteEndArray();
            writer.WriteString("description", commitment.Description);
            WriteEvidence(writer, "evidence", commitment.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("claims");
        foreach (var claim in relation.Claims.OrderBy(claim => claim.Field, StringComparer.Ordinal).ThenBy(claim => claim.Evidence).ThenBy(claim => claim.Value, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("field", claim.Field);
            writer.WriteString("value", claim.Value);
            writer.WriteString("document", claim.Evidence.DocumentId);
            writer.WriteNumber("start", claim.Evidence.Start);
            writer.WriteNumber("end", claim.Evidence.End);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("evidence");
        foreach (var evidence in relation.Evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("document", evidence.DocumentId);
            writer.WriteNumber("start", evidence.Start);
            writer.WriteNumber("end", evidence.End);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter writer, string name, ExtractedEvidence evidence)
    {
        writer.WriteStartObject(name);
        writer.WriteString("document", evidence.DocumentId);
        writer.WriteNumber("start", evidence.Start);
        writer.WriteNumber("end", evidence.End);
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateOnly? date) =>
        WriteNullable(writer, name, date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
