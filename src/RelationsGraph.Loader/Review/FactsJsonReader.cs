using System.Globalization;
using System.Text.Json;
using RelationsGraph.Common;
using RelationsGraph.Extraction;
using RelationsGraph.Extraction.Documents;
using RelationsGraph.Facts;

namespace RelationsGraph.Loader.Review;

/// <summary>
/// Reads a facts JSON file (docs/facts-json.md) back into extracted facts, so that the review can propose them.
/// The file says less than the extraction knew: a party's level is the relation's, its role the default, and spans
/// have no quotes (the review fills them from the document's text when it finds the document).
/// </summary>
internal static class FactsJsonReader
{
    public static async Task<MergedFacts> ReadAsync(string path, CancellationToken cancellationToken)
    {
        JsonDocument json;
        try
        {
            await using var stream = File.OpenRead(path);
            json = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        }
        catch (JsonException exception)
        {
            throw new ReviewException($"{path}: not a facts JSON file (line {exception.LineNumber + 1}: {exception.Message})");
        }

        using (json)
        {
            try
            {
                var root = json.RootElement;
                var documents = Array(root, "documents").Select(ReadDocument).ToList();
                var relations = new Dictionary<string, ExtractedRelation>(StringComparer.Ordinal);
                var links = new List<(ExtractedRelation From, LinkType Type, string To)>();
                foreach (var element in Array(root, "relations"))
                {
                    var relation = ReadRelation(element);
                    relations[relation.Id] = relation;
                    links.AddRange(Array(element, "links").Select(link => (relation, Code<LinkType>(link, "type"), Text(link, "relation"))));
                }

                foreach (var (from, type, to) in links)
                {
                    if (relations.TryGetValue(to, out var target))
                    {
                        from.Links.Add((type, target));
                    }
                }

                return new MergedFacts(documents, [.. relations.Values]);
            }
            catch (Exception exception) when (exception is KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new ReviewException($"{path}: not a facts JSON file as docs/facts-json.md describes it ({exception.Message})");
            }
        }
    }

    private static ExtractedDocument ReadDocument(JsonElement element) => new()
    {
        Id = Text(element, "id"),
        Title = Text(element, "title"),
        Language = Text(element, "language"),
        PublishedOn = Date(element, "publishedOn"),
        ContentHash = Text(element, "contentHash"),
        FileName = Text(element, "file"),
        Format = Code<SourceFormat>(element, "format"),
    };

    private static ExtractedRelation ReadRelation(JsonElement element)
    {
        var level = Code<PartyLevel>(element, "level");
        var relation = new ExtractedRelation
        {
            Id = Text(element, "id"),
            Parties = [.. Array(element, "parties").Select(party => new ExtractedParty { UnitId = Text(party, "id"), Level = level })],
            Kind = Code<InstrumentKind>(element, "instrument"),
            Level = level,
            Number = OptionalText(element, "number"),
            PeriodStart = Number(element, "periodStart"),
            PeriodEnd = Number(element, "periodEnd"),
            Status = Code<InstrumentStatus>(element, "status"),
            Background = element.GetProperty("background").GetBoolean(),
            Confidence = element.GetProperty("confidence").GetDouble(),
            Source = Code<RelationSource>(element, "source"),
        };
        foreach (var field in Array(element, "fields"))
        {
            relation.Fields.Add(field.GetString() ?? throw new FormatException("a field of cooperation is null"));
        }

        if (element.GetProperty("session") is { ValueKind: JsonValueKind.Object } session)
        {
            relation.Session = new ExtractedSession(Text(session, "mechanism"), Number(session, "ordinal"), Code<SessionMode>(session, "mode"));
        }

        foreach (var span in Array(element, "evidence"))
        {
            relation.Evidence.Add(Span(span));
        }

        relation.Claims.AddRange(Array(element, "claims").Select(claim => new ExtractedClaim(Text(claim, "field"), Text(claim, "value"), Span(claim))));
        relation.People.AddRange(Array(element, "people").Select(person => new ExtractedPerson(
            Text(person, "name"),
            OptionalText(person, "title"),
            Code<PersonRoleKind>(person, "role"),
            OptionalText(person, "unit"),
            Span(person.GetProperty("evidence")))));
        relation.Commitments.AddRange(Array(element, "commitments").Select(commitment => new ExtractedCommitment
        {
            Kind = Code<CommitmentKind>(commitment, "kind"),
            Amount = commitment.GetProperty("amount").ValueKind == JsonValueKind.Null ? null : commitment.GetProperty("amount").GetInt64(),
            Unit = OptionalText(commitment, "unit"),
            FromId = OptionalText(commitment, "from"),
            ToId = OptionalText(commitment, "to"),
            Years = [.. Array(commitment, "years").Select(year => year.GetInt32())],
            Description = Text(commitment, "description"),
            Evidence = Span(commitment.GetProperty("evidence")),
        }));
        return relation;
    }

    private static ExtractedEvidence Span(JsonElement element) =>
        new(Text(element, "document"), element.GetProperty("start").GetInt32(), element.GetProperty("end").GetInt32());

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.GetProperty(name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : throw new FormatException($"'{name}' is not an array");

    private static string Text(JsonElement element, string name) =>
        OptionalText(element, name) ?? throw new FormatException($"'{name}' is required");

    private static string? OptionalText(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    private static DateOnly? Date(JsonElement element, string name) =>
        OptionalText(element, name) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static TEnum Code<TEnum>(JsonElement element, string name)
        where TEnum : struct, Enum
    {
        var code = Text(element, name);
        return EnumCodes.TryParse(code, out TEnum value) ? value : throw new FormatException($"'{code}' is not a {name}");
    }
}
