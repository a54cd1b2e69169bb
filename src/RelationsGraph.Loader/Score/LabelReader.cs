using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using RelationsGraph.Common;
using RelationsGraph.Facts;

namespace RelationsGraph.Loader.Score;

/// <summary>
/// Reads and checks a label file of the development corpus (tests/dev-corpus/README.md, "A label file"). Keys the
/// README lists may be left out when their value would be null or empty, except the citation, the hash, the events
/// and each event's kind, status, background and parties; any other key is an error. A file with any problem is
/// refused whole, with every problem naming its field.
/// </summary>
public static partial class LabelReader
{
    public const int MaxBytes = 1024 * 1024;

    private static readonly FrozenSet<string> Classes = FrozenSet.ToFrozenSet(
        [
            "mention_only", "org_name_place", "national_level", "visit_only", "date_day_month", "period", "kind_confusion",
            "multi_party", "pledge_direction", "signatory_title", "mechanism_session", "world_partner", "merger_2025",
            "nothing_to_extract",
        ],
        StringComparer.Ordinal);

    /// <summary>Reads a label file; <c>fieldCodes</c> are the codes of graph-seed's fields.csv.</summary>
    public static async Task<DocumentLabel> ReadAsync(string file, UnitProvinces provinces, IReadOnlySet<string> fieldCodes, CancellationToken cancellationToken)
    {
        if (new FileInfo(file).Length > MaxBytes)
        {
            throw new LabelFileException(file, [$"the file is over {MaxBytes / 1024} KB; a label file is a few KB"]);
        }

        return Read(file, await File.ReadAllBytesAsync(file, cancellationToken), provinces, fieldCodes);
    }

    /// <summary>Reads <paramref name="json"/>, the bytes of <paramref name="file"/> (named in errors).</summary>
    public static DocumentLabel Read(string file, byte[] json, UnitProvinces provinces, IReadOnlySet<string> fieldCodes)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(provinces);

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (JsonException exception)
        {
            throw new LabelFileException(file, [$"line {exception.LineNumber + 1}: not valid JSON ({exception.Message.Split(" Path:")[0].Split(" LineNumber:")[0]})"]);
        }

        using (document)
        {
            var errors = new List<string>();
            var label = new Reader(errors, provinces, fieldCodes).Label(document.RootElement, Path.GetFileNameWithoutExtension(file));
            return errors.Count == 0 ? label! : throw new LabelFileException(file, errors);
        }
    }

    [GeneratedRegex("^(vi|en)-[0-9]{3}-[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^sha256:[0-9a-f]{64}$")]
    private static partial Regex HashPattern();

    [GeneratedRegex("^[A-Z]{2}(-[A-Z0-9]+)+$")]
    private static partial Regex UnitPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();

    private sealed class Reader(List<string> errors, UnitProvinces provinces, IReadOnlySet<string> fieldCodes)
    {
        public DocumentLabel? Label(JsonElement root, string fileId)
        {
            var fields = new Fields(root, string.Empty, errors, "id", "url", "publisher", "title", "language", "publishedOn", "contentHash", "partnerCountries", "classes", "events", "note");
            var id = fields.String("id", required: true, pattern: IdPattern(), patternText: "vi-NNN-slug or en-NNN-slug");
            var language = fields.Code("language", required: true, ["vi", "en"]);
            if (id is not null && id != fileId)
            {
                fields.Error("id", $"'{id}' differs from the file name '{fileId}.json'");
            }
            else if (id is not null && language is not null && !id.StartsWith(language + "-", StringComparison.Ordinal))
            {
                fields.Error("id", $"'{id}' does not start with the language '{language}'");
            }

            var url = fields.String("url", required: true);
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                fields.Error("url", $"'{url}' is not an http or https URL");
            }

            var publisher = fields.String("publisher", required: true);
            var title = fields.String("title", required: true);
            var publishedOn = fields.Date("publishedOn");
            var hash = fields.String("contentHash", required: true, pattern: HashPattern(), patternText: "sha256: and 64 lowercase hex digits");
            foreach (var (element, path) in fields.Array("partnerCountries"))
            {
                Fields.Check(element, path, errors, pattern: CountryPattern(), patternText: "an ISO 3166-1 alpha-2 code");
            }

            foreach (var (element, path) in fields.Array("classes"))
            {
                Fields.Check(element, path, errors, allowed: Classes);
            }

            fields.String("note");
            var events = new List<ScoredEvent>();
            foreach (var (element, path) in fields.Array("events", required: true))
            {
                events.Add(Event(new Fields(element, path, errors, "kind", "status", "background", "parties", "number", "signedOn", "period", "fields", "session", "people", "pledges", "note")));
            }

            return errors.Count > 0 ? null : new DocumentLabel(id!, language!, url!, publisher!, title!, publishedOn, hash!, events);
        }

        private ScoredEvent Event(Fields fields)
        {
            var kindCode = fields.Code("kind", required: true, EnumCodes.All<EventKind>());
            var planned = fields.Code("status", required: true, ["concluded", "planned"]) == "planned";
            var background = fields.Boolean("background");
            var parties = new List<string>();
            foreach (var (element, path) in fields.Array("parties", required: true))
            {
                var party = new Fields(element, path, errors, "unit", "level");
                if (Unit(party, "unit", required: true) is { } unit)
                {
                    parties.Add(unit);
                }

                party.Code("level", required: true, EnumCodes.All<PartyLevel>());
            }

            fields.String("number");
            var signedOn = fields.Date("signedOn");
            YearPeriod? period = null;
            if (fields.Object("period", "start", "end") is { } range)
            {
                var (start, end) = (range.Year("start"), range.Year("end"));
                if (start > end)
                {
                    range.Error("end", $"{end} is before the start {start}");
                }

                period = start is { } from && end is { } to ? new YearPeriod(from, to) : null;
            }

            foreach (var (element, path) in fields.Array("fields"))
            {
                Fields.Check(element, path, errors, allowed: fieldCodes);
            }

            DateOnly? heldOn = null;
            if (fields.Object("session", "mechanism", "ordinal", "heldOn", "mode") is { } session)
            {
                if (kindCode is { } code && code != EnumCodes.ToCode(EventKind.Session))
                {
                    fields.Error("session", $"only an event of kind 'session' has one, not '{code}'");
                }

                session.String("mechanism", required: true);
                session.Integer("ordinal");
                heldOn = session.Date("heldOn");
                session.Code("mode", required: false, EnumCodes.All<SessionMode>());
            }

            foreach (var (element, path) in fields.Array("people"))
            {
                var person = new Fields(element, path, errors, "name", "title", "unit", "role");
                person.String("name", required: true);
                person.String("title");
                Unit(person, "unit", required: false);
                person.String("role", required: true);
            }

            var pledges = new List<ScoredPledge>();
            foreach (var (element, path) in fields.Array("pledges"))
            {
                var pledge = new Fields(element, path, errors, "kind", "giver", "receiver", "amount", "unit", "years");
                var kind = pledge.Code("kind", required: true, EnumCodes.All<CommitmentKind>());
                var giver = Unit(pledge, "giver", required: false);
                var receiver = Unit(pledge, "receiver", required: false);
                pledge.Integer("amount", max: long.MaxValue);
                pledge.String("unit");
                pledge.Years("years");
                if (kind is not null && EnumCodes.TryParse(kind, out CommitmentKind value))
                {
                    pledges.Add(new ScoredPledge(value, giver, receiver));
                }
            }

            fields.String("note");
            return new ScoredEvent
            {
                Kind = kindCode is not null && EnumCodes.TryParse(kindCode, out EventKind eventKind) ? eventKind : EventKind.Other,
                Planned = planned,
                Background = background,
                Pairs = provinces.PairsOf(parties),
                Date = signedOn ?? heldOn,
                Period = period,
                Pledges = pledges,
            };
        }

        /// <summary>
        /// A unit id: a first-level unit of the gazetteer, or of a country the gazetteer does not cover yet (a partner
        /// anywhere in the world may be labelled before its country is imported).
        /// </summary>
        private string? Unit(Fields fields, string name, bool required)
        {
            var id = fields.String(name, required, pattern: UnitPattern(), patternText: "a gazetteer unit id such as VN-44 or LA-XS");
            if (id is null)
            {
                return null;
            }

            if (provinces.TryGetUnit(id, out var unit))
            {
                if (unit.ParentId is { } parent)
                {
                    fields.Error(name, $"'{id}' is a district: label its province ({parent}) with the level at which it acts");
                }
            }
            else if (provinces.Countries.Contains(provinces.CountryOf(id)))
            {
                fields.Error(name, $"unknown unit '{id}' (not in the gazetteer's units.csv)");
            }

            return id;
        }
    }

    /// <summary>The properties of one JSON object, read by name; a problem is recorded against the property's path.</summary>
    private sealed class Fields
    {
        private readonly JsonElement _element;
        private readonly string _path;
        private readonly List<string> _errors;

        public Fields(JsonElement element, string path, List<string> errors, params string[] names)
        {
            (_element, _path, _errors) = (element, path, errors);
            if (element.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{(path.Length == 0 ? "the file" : path)}: expected an object, found {Describe(element)}");
                return;
            }

            foreach (var property in element.EnumerateObject().Where(property => !names.Contains(property.Name, StringComparer.Ordinal)))
            {
                Error(property.Name, $"unknown field (expected one of {string.Join(", ", names)})");
            }
        }

        public void Error(string name, string message) => _errors.Add($"{PathOf(name)}: {message}");

        /// <summary>A string; an optional free text left blank counts as absent.</summary>
        public string? String(string name, bool required = false, Regex? pattern = null, string? patternText = null)
        {
            if (Get(name, required) is not { } value
                || (!required && pattern is null && value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0))
            {
                return null;
            }

            return Check(value, PathOf(name), _errors, pattern, patternText) ? value.GetString() : null;
        }

        public string? Code(string name, bool required, IReadOnlyCollection<string> allowed) =>
            Get(name, required) is { } value && Check(value, PathOf(name), _errors, allowed: allowed) ? value.GetString() : null;

        public bool Boolean(string name)
        {
            if (Get(name, required: true) is not { } value)
            {
                return false;
            }

            if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                Error(name, $"expected true or false, found {Describe(value)}");
                return false;
            }

            return value.GetBoolean();
        }

        public DateOnly? Date(string name)
        {
            if (String(name) is not { } text)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Error(name, $"'{text}' is not a date YYYY-MM-DD");
            return null;
        }

        public long? Integer(string name, long max = int.MaxValue, long min = 0, JsonElement? element = null, string? path = null)
        {
            if ((element ?? Get(name, required: false)) is not { } value)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number) || number < min || number > max)
            {
                _errors.Add($"{path ?? PathOf(name)}: expected a whole number from {min} to {max}, found {Describe(value)}");
                return null;
            }

            return number;
        }

        public int? Year(string name) => Get(name, required: true) is { } value ? (int?)Integer(name, max: 2100, min: 1900, element: value) : null;

        /// <summary>Null for a one-off pledge, a year, or a list of years.</summary>
        public void Years(string name)
        {
            if (Get(name, required: false) is not { } value)
            {
                return;
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                Integer(name, max: 2100, min: 1900, element: value);
                return;
            }

            var index = 0;
            foreach (var year in value.EnumerateArray())
            {
                Integer(name, max: 2100, min: 1900, element: year, path: $"{PathOf(name)}[{index++}]");
            }
        }

        public Fields? Object(string name, params string[] names) =>
            Get(name, required: false) is { } value ? new Fields(value, PathOf(name), _errors, names) : null;

        public IEnumerable<(JsonElement Element, string Path)> Array(string name, bool required = false)
        {
            if (Get(name, required) is not { } value)
            {
                return [];
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                Error(name, $"expected a list, found {Describe(value)}");
                return [];
            }

            return value.EnumerateArray().Select((item, index) => (item, $"{PathOf(name)}[{index}]")).ToList();
        }

        /// <summary>Checks that a value is a non-empty string, matching the pattern or one of the allowed values.</summary>
        public static bool Check(JsonElement value, string path, List<string> errors, Regex? pattern = null, string? patternText = null, IReadOnlyCollection<string>? allowed = null)
        {
            if (value.ValueKind != JsonValueKind.String || value.GetString() is not { Length: > 0 } text)
            {
                errors.Add($"{path}: expected a non-empty string, found {Describe(value)}");
                return false;
            }

            if (pattern is not null && !pattern.IsMatch(text))
            {
                errors.Add($"{path}: '{text}' is not {patternText}");
                return false;
            }

            if (allowed is not null && !allowed.Contains(text))
            {
                errors.Add($"{path}: unknown value '{text}' (expected one of {string.Join(", ", allowed.Order(StringComparer.Ordinal))})");
                return false;
            }

            return true;
        }

        /// <summary>The property's value; null when it is absent or JSON null (an error when it is required).</summary>
        private JsonElement? Get(string name, bool required)
        {
            if (_element.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var present = _element.TryGetProperty(name, out var value);
            if (present && value.ValueKind != JsonValueKind.Null)
            {
                return value;
            }

            if (required)
            {
                Error(name, present ? "must not be null" : "missing");
            }

            return null;
        }

        private string PathOf(string name) => _path.Length == 0 ? name : $"{_path}.{name}";

        private static string Describe(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => $"'{value.GetString()}'",
            JsonValueKind.Null => "null",
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "a list",
            _ => value.GetRawText(),
        };
    }
}
