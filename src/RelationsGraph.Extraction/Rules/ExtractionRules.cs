using System.Collections.Frozen;
using System.Reflection;
using RelationsGraph.Common;
using RelationsGraph.Extraction.Relations;
using RelationsGraph.Extraction.Text;
using RelationsGraph.Facts;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// The extractor's language data: the kinds of instruments (<c>Rules/kinds.tsv</c>, one descriptor each) and, per
/// language (<c>Rules/vi/</c>, <c>Rules/en/</c>…), the words that name instruments, organisations, fields, titles,
/// dates, sums of money, counted pledges and ordinals, and the cue words the analysers look for. The files are read
/// and checked once; every language's phrases are matched in every document (an English article quotes Vietnamese
/// names). Adding a kind, a spelling or a language is a change to these files (docs/extraction-rules.md).
/// </summary>
public sealed class ExtractionRules
{
    private const string PublishersFile = "Rules/publishers.tsv";

    private static readonly Lazy<ExtractionRules> Embedded = new(() => Load(EmbeddedFiles()));

    private ExtractionRules()
    {
    }

    /// <summary>The rules built into the extractor. Throws <see cref="RuleFileException"/> if a file is wrong.</summary>
    public static ExtractionRules Default => Embedded.Value;

    internal FrozenDictionary<InstrumentKind, KindDescriptor> Kinds { get; private init; } = null!;

    internal Vocabulary<InstrumentCue> Instruments { get; private init; } = null!;

    internal Vocabulary<OrganisationCue> Organisations { get; private init; } = null!;

    internal Vocabulary<string> Fields { get; private init; } = null!;

    internal Vocabulary<Cue> Cues { get; private init; } = null!;

    /// <summary>The cues of single words, whatever longer phrase they start: "trước" is a deadline word even in "trước đó".</summary>
    internal WordCues WordCues { get; private init; } = null!;

    /// <summary>Titles of office written before or after a name ("Phó Chủ tịch UBND tỉnh", "Governor").</summary>
    internal Vocabulary<bool> Titles { get; private init; } = null!;

    /// <summary>National titles (Prime Minister, Bộ trưởng): their holders act for the state, not for a province.</summary>
    internal Vocabulary<bool> NationalTitles { get; private init; } = null!;

    internal Vocabulary<bool> DocumentReferences { get; private init; } = null!;

    /// <summary>Phrases that refer to the event already stated ("tại đây", "at the talks"); true for a speech occasion ("phát biểu tại hội đàm").</summary>
    internal Vocabulary<bool> Anaphora { get; private init; } = null!;

    internal Vocabulary<bool> FieldIntroductions { get; private init; } = null!;

    /// <summary>The first words of the vocabularies every text is indexed by (<see cref="TextIndex"/>), looked up once per token.</summary>
    internal FirstWords IndexedFirstWords { get; private set; } = null!;

    internal DateForms Dates { get; private init; } = null!;

    /// <summary>Family names (name keys): a capitalized word after one of them is part of a person's name.</summary>
    internal FrozenSet<string> Surnames { get; private init; } = null!;

    /// <summary>Pledge nouns: what a number before them counts, and whether they make a pledge without a number ("offer scholarships").</summary>
    internal Vocabulary<(CommitmentKind Kind, string Unit, bool Uncounted)> Counted { get; private init; } = null!;

    /// <summary>Numbers written as words ("two", "hai").</summary>
    internal Vocabulary<int> Cardinals { get; private init; } = null!;

    internal MoneyForms Money { get; private init; } = null!;

    internal Vocabulary<int> Ordinals { get; private init; } = null!;

    /// <summary>Abbreviations (name keys) after which a full stop does not end a sentence.</summary>
    internal FrozenSet<string> Abbreviations { get; private init; } = null!;

    /// <summary>
    /// Provincial publishers (<c>Rules/publishers.tsv</c>): the registrable host name of a document's URL, lower case,
    /// and the name of the province the publisher belongs to.
    /// </summary>
    internal FrozenDictionary<string, string> Publishers { get; private set; } = FrozenDictionary<string, string>.Empty;

    /// <summary>Reads the rules from a directory laid out as <c>Rules/</c> (kinds.tsv, then one folder per language).</summary>
    public static ExtractionRules LoadDirectory(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var files = Directory.EnumerateFiles(root, "*.tsv", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => ("Rules/" + Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToList();
        return Load(files);
    }

    internal static ExtractionRules Load(IReadOnlyList<(string Name, string Content)> files)
    {
        var kindsFile = files.FirstOrDefault(file => file.Name == "Rules/kinds.tsv");
        if (kindsFile.Name is null)
        {
            throw new RuleFileException("Rules/kinds.tsv: the file is missing");
        }

        var kinds = ReadKinds(kindsFile.Name, kindsFile.Content);
        var builder = new Builder(kinds);
        foreach (var (name, content) in files.Where(file => file.Name != kindsFile.Name && file.Name != PublishersFile).OrderBy(file => file.Name, StringComparer.Ordinal))
        {
            builder.Add(name, content);
        }

        var rules = builder.Build();
        var publishersFile = files.FirstOrDefault(file => file.Name == PublishersFile);
        if (publishersFile.Name is not null)
        {
            rules.Publishers = ReadPublishers(publishersFile.Name, publishersFile.Content);
        }

        return rules;
    }

    private static FrozenDictionary<string, string> ReadPublishers(string name, string content)
    {
        var file = RuleFile.Parse(name, content, ["host", "province"]);
        var publishers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            var host = row["host"];
            if (host.Length == 0 || host.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-')) || !host.Contains('.'))
            {
                throw row.Error($"host: '{host}' is not a lower-case host name");
            }

            if (!publishers.TryAdd(host, row["province"]))
            {
                throw row.Error($"host: '{host}' is listed already");
            }
        }

        return publishers.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static IReadOnlyList<(string Name, string Content)> EmbeddedFiles()
    {
        var assembly = typeof(ExtractionRules).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("Rules/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => (name, Read(assembly, name)))];

        static string Read(Assembly assembly, string name)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    private static FrozenDictionary<InstrumentKind, KindDescriptor> ReadKinds(string name, string content)
    {
        var file = RuleFile.Parse(name, content, ["kind", "class", "precedence", "vietnamese_role", "foreign_role", "title"]);
        var kinds = new Dictionary<InstrumentKind, KindDescriptor>();
        foreach (var row in file.Rows)
        {
            var kind = ParseCode<InstrumentKind>(row, "kind");
            if (kinds.ContainsKey(kind))
            {
                throw row.Error($"kind: '{row["kind"]}' has a descriptor already");
            }

            var precedence = int.TryParse(row["precedence"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
                ? value
                : throw row.Error($"precedence: '{row["precedence"]}' is not a whole number");
            kinds[kind] = new KindDescriptor(kind, row["kind"], ParseCode<KindClass>(row, "class"), precedence, ParseCode<PartyRole>(row, "vietnamese_role"), ParseCode<PartyRole>(row, "foreign_role"), row["title"]);
        }

        var missing = Enum.GetValues<InstrumentKind>().Where(kind => !kinds.ContainsKey(kind)).Select(EnumCodes.ToCode).ToList();
        if (missing.Count > 0)
        {
            throw new RuleFileException(name, file.Rows.Count > 0 ? file.Rows[^1].Line : 1, $"no descriptor for {string.Join(", ", missing)}");
        }

        return kinds.ToFrozenDictionary();
    }

    internal static T ParseCode<T>(RuleRow row, string column)
        where T : struct, Enum
    {
        var value = row[column];
        return EnumCodes.TryParse<T>(value, out var parsed)
            ? parsed
            : throw row.Error($"{column}: unknown value '{value}' (known: {string.Join(", ", EnumCodes.All<T>().Order(StringComparer.Ordinal))})");
    }

    /// <summary>Collects every language's files, checking each row, then builds the vocabularies.</summary>
    private sealed class Builder(FrozenDictionary<InstrumentKind, KindDescriptor> kinds)
    {
        private static readonly FrozenDictionary<string, string[]> Columns = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["instruments.tsv"] = ["phrase", "kind", "roles"],
            ["organisations.tsv"] = ["phrase", "role", "level"],
            ["fields.tsv"] = ["phrase", "field"],
            ["cues.tsv"] = ["phrase", "cues"],
            ["titles.tsv"] = ["phrase", "scope"],
            ["references.tsv"] = ["phrase", "reference"],
            ["dates.tsv"] = ["phrase", "form", "value"],
            ["surnames.tsv"] = ["surname"],
            ["pledges.tsv"] = ["phrase", "kind", "unit", "alone"],
            ["numbers.tsv"] = ["phrase", "value"],
            ["money.tsv"] = ["phrase", "form", "value"],
            ["ordinals.tsv"] = ["phrase", "value"],
            ["abbreviations.tsv"] = ["abbreviation"],
        }.ToFrozenDictionary(StringComparer.Ordinal);

        private readonly PhraseSet<InstrumentCue> _instruments = new("instrument");
        private readonly PhraseSet<OrganisationCue> _organisations = new("organisation");
        private readonly PhraseSet<string> _fields = new("field");
        private readonly PhraseSet<Cue> _cues = new("cue", (a, b) => a | b);
        private readonly PhraseSet<bool> _titles = new("title");
        private readonly PhraseSet<bool> _nationalTitles = new("national title");
        private readonly PhraseSet<bool> _documentReferences = new("document reference");
        private readonly PhraseSet<bool> _anaphora = new("anaphora");
        private readonly PhraseSet<bool> _fieldIntroductions = new("field list");
        private readonly PhraseSet<(CommitmentKind, string, bool)> _counted = new("pledge");
        private readonly PhraseSet<int> _cardinals = new("number");
        private readonly PhraseSet<int> _ordinals = new("ordinal");
        private readonly Dictionary<string, (int Month, bool Capitalized)> _months = new(StringComparer.Ordinal);
        private readonly HashSet<string> _monthsNeedingYear = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DayOfWeek> _weekdays = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> _dateWords = new(StringComparer.Ordinal);
        private readonly HashSet<string> _surnames = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Phrase, string Value, RuleRow Row)> _currencies = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Phrase, string Value, RuleRow Row)> _signs = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Phrase, decimal Value, RuleRow Row)> _scales = new(StringComparer.Ordinal);
        private readonly HashSet<string> _abbreviations = new(StringComparer.Ordinal);
        private readonly HashSet<string> _moneyPhrases = new(StringComparer.Ordinal);

        public void Add(string name, string content)
        {
            var parts = name.Split('/');
            if (parts.Length != 3 || parts[1].Length == 0 || !Columns.TryGetValue(parts[2], out var columns))
            {
                throw new RuleFileException(name, 1, $"not a rule file: expected Rules/<language>/<file> with <file> one of {string.Join(", ", Columns.Keys.Order(StringComparer.Ordinal))}");
            }

            var file = RuleFile.Parse(name, content, columns);
            foreach (var row in file.Rows)
            {
                AddRow(parts[2], row);
            }
        }

        private void AddRow(string file, RuleRow row)
        {
            switch (file)
            {
                case "instruments.tsv":
                    var kind = ParseCode<InstrumentKind>(row, "kind");
                    var roles = row.Optional("roles")?.Split(',') ?? [];
                    foreach (var role in roles.Where(role => role is not ("document_reference" or "mechanism" or "meeting" or "travel")))
                    {
                        throw row.Error($"roles: unknown role '{role}' (known: document_reference, mechanism, meeting, travel)");
                    }

                    _instruments.Add(row, new InstrumentCue(kinds[kind], roles.Contains("document_reference"), roles.Contains("mechanism"), roles.Contains("meeting"), roles.Contains("travel")));
                    break;
                case "organisations.tsv":
                    var organisationRole = ParseCode<OrganisationRole>(row, "role");
                    var level = row.Optional("level") is null ? PartyLevel.ProvincialGovernment : ParseCode<PartyLevel>(row, "level");
                    _organisations.Add(row, new OrganisationCue(organisationRole, level));
                    break;
                case "fields.tsv":
                    _fields.Add(row, CodeOf(row, "field"));
                    break;
                case "cues.tsv":
                    var cues = Cue.None;
                    foreach (var code in row["cues"].Split(','))
                    {
                        cues |= Cue.TryParse(code, out var cue)
                            ? cue
                            : throw row.Error($"cues: unknown cue '{code}' (known: {string.Join(", ", Cue.AllCodes.Order(StringComparer.Ordinal))})");
                    }

                    _cues.Add(row, cues);
                    break;
                case "titles.tsv":
                    _titles.Add(row, true);
                    if (ParseCode<TitleScope>(row, "scope") == TitleScope.National)
                    {
                        _nationalTitles.Add(row, true);
                    }

                    break;
                case "references.tsv":
                    // A speech occasion ("phát biểu tại hội đàm", "speaking at the talks") is an anaphora whose value says
                    // that its meeting word refers to the occasion already stated.
                    (row["reference"] switch
                    {
                        "document" => _documentReferences,
                        "anaphora" or "speech_occasion" => _anaphora,
                        "field_list" => _fieldIntroductions,
                        _ => throw row.Error($"reference: unknown value '{row["reference"]}' (known: anaphora, document, field_list, speech_occasion)"),
                    }).Add(row, row["reference"] != "anaphora");
                    break;
                case "dates.tsv":
                    AddDateWord(row);
                    break;
                case "surnames.tsv":
                    _surnames.Add(Key(row, "surname"));
                    break;
                case "pledges.tsv":
                    _counted.Add(row, (ParseCode<CommitmentKind>(row, "kind"), CodeOf(row, "unit"), row["alone"] switch
                    {
                        "yes" => true,
                        "no" => false,
                        _ => throw row.Error($"alone: 'yes' or 'no', not '{row["alone"]}'"),
                    }));
                    break;
                case "money.tsv":
                    AddMoneyWord(row);
                    break;
                case "ordinals.tsv" or "numbers.tsv":
                    (file == "ordinals.tsv" ? _ordinals : _cardinals).Add(row, int.TryParse(row["value"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number > 0
                        ? number
                        : throw row.Error($"value: '{row["value"]}' is not a positive whole number"));
                    break;
                case "abbreviations.tsv":
                    _abbreviations.Add(Key(row, "abbreviation"));
                    break;
            }
        }

        private void AddDateWord(RuleRow row)
        {
            var form = row["form"];
            var key = Key(row, "phrase");
            switch (form)
            {
                case "month" or "month_needing_year":
                    if (!int.TryParse(row["value"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
                    {
                        throw row.Error($"value: a month is a number from 1 to 12, not '{row["value"]}'");
                    }

                    if (_months.TryGetValue(key, out var known) && known.Month != month)
                    {
                        throw row.Error($"phrase: '{row["phrase"]}' is month {known.Month} already");
                    }

                    _months[key] = (month, char.IsUpper(row["phrase"][0]) && (!_months.TryGetValue(key, out var other) || other.Capitalized));
                    if (form == "month_needing_year")
                    {
                        _monthsNeedingYear.Add(key);
                    }

                    break;
                case "weekday":
                    if (!int.TryParse(row["value"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var weekday) || weekday is < 1 or > 7)
                    {
                        throw row.Error($"value: a weekday is a number from 1 (Monday) to 7 (Sunday), not '{row["value"]}'");
                    }

                    _weekdays[key] = (DayOfWeek)(weekday % 7);
                    break;
                case "day_word" or "day_word_suffix" or "day_noun" or "month_noun" or "year_noun" or "range_from" or "range_to" or "of" or "ordinal_suffix":
                    if (row.Optional("value") is not null)
                    {
                        throw row.Error($"value: a {form} has no value (write '-')");
                    }

                    if (!_dateWords.TryGetValue(form, out var words))
                    {
                        _dateWords[form] = words = new HashSet<string>(StringComparer.Ordinal);
                    }

                    words.Add(key);
                    words.Add(WordKey.For(row["phrase"]));
                    break;
                default:
                    throw row.Error($"form: unknown value '{form}' (known: day_noun, day_word, day_word_suffix, month, month_needing_year, month_noun, of, ordinal_suffix, range_from, range_to, weekday, year_noun)");
            }
        }

        private void AddMoneyWord(RuleRow row)
        {
            var phrase = row["phrase"];
            var value = row["value"];
            switch (row["form"])
            {
                case "currency":
                    Put(_currencies, Gazetteer.NameKey.Normalize(phrase), IsoCurrency(row, value), row);
                    break;
                case "sign":
                    Put(_signs, phrase.ToUpperInvariant(), IsoCurrency(row, value), row);
                    break;
                case "scale":
                    Put(_scales, Gazetteer.NameKey.Normalize(phrase), decimal.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var scale) && scale > 1
                        ? scale
                        : throw row.Error($"value: a scale is a number above 1 (1e9 for a billion), not '{value}'"), row);
                    break;
                default:
                    throw row.Error($"form: unknown value '{row["form"]}' (known: currency, scale, sign)");
            }
        }

        /// <summary>A spelling that shares its key with another (case, diacritics) must mean the same.</summary>
        private void Put<TValue>(Dictionary<string, (string Phrase, TValue Value, RuleRow Row)> map, string key, TValue value, RuleRow row)
        {
            if (map.TryGetValue(key, out var known) && !EqualityComparer<TValue>.Default.Equals(known.Value, value))
            {
                throw row.Error($"phrase: '{row["phrase"]}' means {value} but '{known.Phrase}' at {known.Row.File}:{known.Row.Line} means {known.Value}");
            }

            map.TryAdd(key, (row["phrase"], value, row));
            _moneyPhrases.Add(row["phrase"]);
        }

        private static string IsoCurrency(RuleRow row, string value) =>
            value.Length == 3 && value.All(char.IsAsciiLetterUpper) ? value : throw row.Error($"value: '{value}' is not an ISO 4217 code");

        private static string CodeOf(RuleRow row, string column) =>
            row[column].All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')
                ? row[column]
                : throw row.Error($"{column}: '{row[column]}' is not a snake_case code");

        private static string Key(RuleRow row, string column)
        {
            var key = Gazetteer.NameKey.Normalize(row[column]);
            return key.Length > 0 ? key : throw row.Error($"{column}: '{row[column]}' has no letters or digits");
        }

        public ExtractionRules Build()
        {
            var rules = Create();
            rules.IndexedFirstWords = FirstWords.Of(
                rules.WordCues,
                rules.Cues, rules.Instruments, rules.Organisations, rules.Fields,
                rules.DocumentReferences, rules.Anaphora, rules.Titles, rules.FieldIntroductions);
            return rules;
        }

        private ExtractionRules Create() => new()
        {
            Kinds = kinds,
            Instruments = _instruments.Build(),
            Organisations = _organisations.Build(),
            Fields = _fields.Build(),
            Cues = _cues.Build(),
            WordCues = new WordCues(_cues.SingleWords()),
            Titles = _titles.Build(),
            NationalTitles = _nationalTitles.Build(),
            DocumentReferences = _documentReferences.Build(),
            Anaphora = _anaphora.Build(),
            FieldIntroductions = _fieldIntroductions.Build(),
            Dates = new DateForms
            {
                Months = _months.ToFrozenDictionary(StringComparer.Ordinal),
                MonthsNeedingYear = _monthsNeedingYear.ToFrozenSet(StringComparer.Ordinal),
                Weekdays = _weekdays.ToFrozenDictionary(StringComparer.Ordinal),
                DayWords = Words("day_word"),
                DayWordSuffixes = Words("day_word_suffix"),
                DayNouns = Words("day_noun"),
                MonthNouns = Words("month_noun"),
                YearNouns = Words("year_noun"),
                RangeFrom = Words("range_from"),
                RangeTo = Words("range_to"),
                Of = Words("of"),
                OrdinalSuffixes = Words("ordinal_suffix"),
            },
            Surnames = _surnames.ToFrozenSet(StringComparer.Ordinal),
            Counted = _counted.Build(),
            Cardinals = _cardinals.Build(),
            Money = new MoneyForms(
                Spellings(_currencies, phrase => Gazetteer.NameKey.Normalize(phrase)),
                Spellings(_signs, phrase => phrase.ToUpperInvariant()),
                Spellings(_scales, phrase => Gazetteer.NameKey.Normalize(phrase))),
            Ordinals = _ordinals.Build(),
            Abbreviations = _abbreviations.ToFrozenSet(StringComparer.Ordinal),
        };

        /// <summary>Every spelling given for the keys of a map, each with the key's value.</summary>
        private List<(string Phrase, TValue Value)> Spellings<TValue>(Dictionary<string, (string Phrase, TValue Value, RuleRow Row)> map, Func<string, string> key) =>
            [.. _moneyPhrases.Where(phrase => map.ContainsKey(key(phrase))).Order(StringComparer.Ordinal).Select(phrase => (phrase, map[key(phrase)].Value))];

        private FrozenSet<string> Words(string form) =>
            (_dateWords.GetValueOrDefault(form) ?? []).ToFrozenSet(StringComparer.Ordinal);
    }
}

/// <summary>Whose title it is: a provincial or local office, or a national one (whose holder acts for the state).</summary>
internal enum TitleScope
{
    Office,

    National,
}
