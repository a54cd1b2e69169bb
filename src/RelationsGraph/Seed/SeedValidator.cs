using System.Globalization;
using System.Text.RegularExpressions;
using RelationsGraph.Facts;
using RelationsGraph.Gazetteer;

namespace RelationsGraph.Seed;

/// <summary>
/// Checks what one file cannot check alone: every reference names an existing row, dates and periods are ordered,
/// every fact has evidence, documents are identified by their content hash, and a stated value never silently
/// overrides a source that disagrees. Errors are located by the rows' <see cref="RowOrigins"/>.
/// </summary>
public static partial class SeedValidator
{
    public const string SignedOnField = "signed_on";

    public static IReadOnlyList<SeedError> Validate(GraphSeed seed)
    {
        var context = new Context(seed);
        context.CheckGazetteer();
        context.CheckFacts();
        context.CheckEvidence();
        context.CheckReviews();
        return context.Errors;
    }

    /// <summary>The id a document must have: the first 16 hex digits of its SHA-256.</summary>
    public static string DocumentIdFor(string contentHash) =>
        contentHash.StartsWith("sha256:", StringComparison.Ordinal) && contentHash.Length >= 23 ? contentHash[7..23] : string.Empty;

    [GeneratedRegex("^sha256:[0-9a-f]{64}$")]
    private static partial Regex ContentHashPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCodePattern();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex CodePattern();

    private sealed class Context(GraphSeed seed)
    {
        // Sized up front: a world-scale graph's sets would otherwise be grown and rehashed several times over.
        private readonly HashSet<string> _countries = Ids(seed.Countries, country => country.Code);
        private readonly Dictionary<string, AdministrativeUnit> _units = seed.Units.ToDictionary(unit => unit.Id, StringComparer.Ordinal);
        private readonly HashSet<string> _fields = Ids(seed.Fields, field => field.Code);
        private readonly HashSet<string> _documents = Ids(seed.Documents, document => document.Id);
        private readonly HashSet<string> _citedOnly = [.. seed.Documents.Where(document => document.File is null).Select(document => document.Id)];
        // Instruments in strictly ascending id order (as the writer writes them) are found by a binary search, and the
        // big files in the same order are walked beside them: no table of hundreds of thousands of ids is built.
        private readonly bool _instrumentsInOrder = InAscendingOrder(seed.Instruments, instrument => instrument.Id, strictly: true);
        private Dictionary<string, Instrument>? _instrumentById;
        private readonly HashSet<string> _mechanisms = Ids(seed.Mechanisms, mechanism => mechanism.Id);
        private readonly HashSet<string> _sessions = Ids(seed.Sessions, session => session.Id);
        private readonly HashSet<string> _commitments = Ids(seed.Commitments, commitment => commitment.Id);
        private readonly HashSet<string> _people = Ids(seed.People, person => person.Id);

        public List<SeedError> Errors { get; } = [];

        public void CheckGazetteer()
        {
            foreach (var country in seed.Countries)
            {
                Require(CountryCodePattern().IsMatch(country.Code), country, SeedTables.Countries, "code", () => $"'{country.Code}' is not an ISO 3166-1 alpha-2 code");
            }

            foreach (var name in seed.CountryNames)
            {
                RequireCountry(name, SeedTables.CountryNames, "country", name.CountryCode);
                RequireSource(name, SeedTables.CountryNames, name.Source);
            }

            foreach (var unit in seed.Units)
            {
                RequireCountry(unit, SeedTables.Units, "country", unit.CountryCode);
                Require(UnitType.IsValidCode(unit.Type), unit, SeedTables.Units, "type", () => $"'{unit.Type}' is not a snake_case type code");
                RequireSource(unit, SeedTables.Units, unit.Source);
                if (unit.ParentId is { } parentId)
                {
                    if (RequireUnit(unit, SeedTables.Units, "parent", parentId) && _units[parentId].CountryCode != unit.CountryCode)
                    {
                        Report(unit, SeedTables.Units, "parent", $"parent '{parentId}' is in another country");
                    }
                }

                Require(unit.ValidFrom is null || unit.ValidTo is null || unit.ValidFrom <= unit.ValidTo, unit, SeedTables.Units, "valid_to", () => "valid_to is before valid_from");
            }

            foreach (var name in seed.UnitNames)
            {
                RequireUnit(name, SeedTables.UnitNames, "unit_id", name.UnitId);
                RequireSource(name, SeedTables.UnitNames, name.Source);
            }

            foreach (var succession in seed.Successions)
            {
                var hasPredecessor = RequireUnit(succession, SeedTables.Successions, "predecessor", succession.PredecessorId);
                RequireUnit(succession, SeedTables.Successions, "successor", succession.SuccessorId);
                RequireSource(succession, SeedTables.Successions, succession.Source);
                if (hasPredecessor && _units[succession.PredecessorId].ValidTo != succession.EffectiveOn.AddDays(-1))
                {
                    Report(succession, SeedTables.Successions, "effective_on", $"the predecessor's valid_to must be the day before {Format(succession.EffectiveOn)}");
                }
            }

            foreach (var field in seed.Fields)
            {
                Require(CodePattern().IsMatch(field.Code), field, SeedTables.Fields, "code", () => $"'{field.Code}' is not a snake_case code");
            }
        }

        public void CheckFacts()
        {
            CheckUniqueFactIds();

            foreach (var document in seed.Documents)
            {
                if (!ContentHashPattern().IsMatch(document.ContentHash))
                {
                    Report(document, SeedTables.Documents, "content_hash", "expected sha256: and 64 lower-case hex digits");
                }
                else if (document.Id != DocumentIdFor(document.ContentHash))
                {
                    Report(document, SeedTables.Documents, "id", $"a document's id is the first 16 hex digits of its content hash ('{DocumentIdFor(document.ContentHash)}')");
                }

                // A document without its file is one we only cite: the link is how a reader checks it.
                if (document.File is null && document.Url is null)
                {
                    Report(document, SeedTables.Documents, "url", "a document without a file is only cited and needs the URL of the original");
                }
            }

            var (withParties, partyNamesInstrument) = InstrumentsNamed(seed.Parties, party => party.InstrumentId);
            for (var i = 0; i < seed.Instruments.Length; i++)
            {
                var instrument = seed.Instruments[i];
                foreach (var field in instrument.Fields)
                {
                    if (!_fields.Contains(field))
                    {
                        Report(instrument, SeedTables.Instruments, "fields", $"unknown field of cooperation '{field}' (not in fields.csv)");
                    }
                }

                if (instrument.PeriodStart > instrument.PeriodEnd)
                {
                    Report(instrument, SeedTables.Instruments, "period_end", "period_end is before period_start");
                }

                if (!withParties(i))
                {
                    Report(instrument, SeedTables.Instruments, "id", "the instrument has no parties in parties.csv");
                }
            }

            for (var i = 0; i < seed.Parties.Length; i++)
            {
                var party = seed.Parties[i];
                if (!partyNamesInstrument(i))
                {
                    Report(party, SeedTables.Parties, "instrument_id", $"unknown instrument '{party.InstrumentId}' (not in instruments.csv)");
                }

                RequireUnit(party, SeedTables.Parties, "unit_id", party.UnitId);
            }

            foreach (var link in seed.InstrumentLinks)
            {
                RequireInstrument(link, SeedTables.InstrumentLinks, "from_id", link.FromId);
                RequireInstrument(link, SeedTables.InstrumentLinks, "to_id", link.ToId);
                Require(link.FromId != link.ToId, link, SeedTables.InstrumentLinks, "to_id", () => "an instrument cannot link to itself");
            }

            foreach (var member in seed.MechanismMembers)
            {
                Require(_mechanisms.Contains(member.MechanismId), member, SeedTables.MechanismMembers, "mechanism_id", () => $"unknown mechanism '{member.MechanismId}'");
                RequireUnit(member, SeedTables.MechanismMembers, "unit_id", member.UnitId);
                Require(member.From is null || member.To is null || member.From <= member.To, member, SeedTables.MechanismMembers, "to", () => "'to' is before 'from'");
            }

            foreach (var session in seed.Sessions)
            {
                Require(_mechanisms.Contains(session.MechanismId), session, SeedTables.Sessions, "mechanism_id", () => $"unknown mechanism '{session.MechanismId}'");
                if (session.HostId is { } host)
                {
                    RequireUnit(session, SeedTables.Sessions, "host_id", host);
                }
            }

            foreach (var commitment in seed.Commitments)
            {
                RequireInstrument(commitment, SeedTables.Commitments, "instrument_id", commitment.InstrumentId);
                if (commitment.FromId is { } from)
                {
                    RequireUnit(commitment, SeedTables.Commitments, "from_id", from);
                }

                if (commitment.ToId is { } to)
                {
                    RequireUnit(commitment, SeedTables.Commitments, "to_id", to);
                }
            }

            foreach (var person in seed.People)
            {
                if (person.UnitId is { } unitId)
                {
                    RequireUnit(person, SeedTables.People, "unit_id", unitId);
                }
            }

            foreach (var role in seed.PersonRoles)
            {
                Require(_people.Contains(role.PersonId), role, SeedTables.PersonRoles, "person_id", () => $"unknown person '{role.PersonId}'");
                Require(HasInstrument(role.SubjectId) || _sessions.Contains(role.SubjectId), role, SeedTables.PersonRoles, "subject_id", () => $"unknown instrument or session '{role.SubjectId}'");
            }
        }

        public void CheckEvidence()
        {
            var supported = new HashSet<string>(seed.Sessions.Length + seed.Commitments.Length + seed.Mechanisms.Length, StringComparer.Ordinal);
            var (instrumentSupported, citesInstrument) = InstrumentsNamed(seed.Evidence, evidence => evidence.SubjectId);
            for (var i = 0; i < seed.Evidence.Length; i++)
            {
                var evidence = seed.Evidence[i];
                var ofInstrument = citesInstrument(i);
                CheckEvidenceRow(evidence, ofInstrument);
                if (!ofInstrument)
                {
                    supported.Add(evidence.SubjectId);
                }
            }

            CheckStatedDatesAgreeWithSources();

            for (var i = 0; i < seed.Instruments.Length; i++)
            {
                if (!instrumentSupported(i))
                {
                    Report(seed.Instruments[i], SeedTables.Instruments, "id", "the instrument has no evidence in evidence.csv");
                }
            }

            foreach (var session in seed.Sessions.Where(session => !supported.Contains(session.Id)))
            {
                Report(session, SeedTables.Sessions, "id", "the session has no evidence in evidence.csv");
            }

            foreach (var commitment in seed.Commitments.Where(commitment => !supported.Contains(commitment.Id)))
            {
                Report(commitment, SeedTables.Commitments, "id", "the commitment has no evidence in evidence.csv");
            }

            foreach (var mechanism in seed.Mechanisms.Where(mechanism => !supported.Contains(mechanism.Id)))
            {
                Report(mechanism, SeedTables.Mechanisms, "id", "the mechanism has no evidence in evidence.csv");
            }
        }

        private void CheckEvidenceRow(Evidence evidence, bool ofInstrument)
        {
            var table = SeedTables.Evidence;
            if (!ofInstrument && !_sessions.Contains(evidence.SubjectId)
                && !_commitments.Contains(evidence.SubjectId) && !_mechanisms.Contains(evidence.SubjectId))
            {
                Report(evidence, table, "subject_id", $"unknown instrument, session, commitment or mechanism '{evidence.SubjectId}'");
            }

            if (!_documents.Contains(evidence.DocumentId))
            {
                Report(evidence, table, "document_id", $"unknown document '{evidence.DocumentId}'");
            }

            if (evidence.End <= evidence.Start)
            {
                Report(evidence, table, "end", "the span is empty or reversed (end must be greater than start)");
            }

            if (evidence.Quote is { } quote && quote.Length != evidence.End - evidence.Start)
            {
                Report(evidence, table, "quote", $"the quote has {quote.Length} characters but the span has {evidence.End - evidence.Start}");
            }

            if (evidence.Quote is not null && _citedOnly.Contains(evidence.DocumentId))
            {
                Report(evidence, table, "quote", $"document '{evidence.DocumentId}' has no file: it is only cited, and its text is not ours to quote (leave quote empty)");
            }

            if (evidence.Value is not null && evidence.Field is null)
            {
                Report(evidence, table, "field", "a value needs the field it is a value of");
            }

            if (evidence.ClaimedBy is not null && evidence.Field is null)
            {
                Report(evidence, table, "field", "a reviewer's claim needs the field it corrects");
            }

            if ((evidence.ClaimedBy is null) != (evidence.ClaimedAt is null))
            {
                Report(evidence, table, evidence.ClaimedBy is null ? "claimed_by" : "claimed_at", "a reviewer's claim needs both claimed_by and claimed_at");
            }

            if (evidence.Field == SignedOnField && evidence.Value is { } value
                && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                Report(evidence, table, "value", $"malformed date '{value}' (expected YYYY-MM-DD)");
            }
        }

        /// <summary>
        /// A stated signing date must agree with every source, unless a reviewer settled it: then it is the latest
        /// reviewer's claim that counts, and the sources that disagree stay beside it as evidence.
        /// </summary>
        private void CheckStatedDatesAgreeWithSources()
        {
            var claims = seed.Evidence
                .Where(evidence => evidence.Field == SignedOnField && (evidence.Value is not null || evidence.ClaimedBy is not null))
                .GroupBy(evidence => evidence.SubjectId, StringComparer.Ordinal);
            foreach (var group in claims)
            {
                if (FindInstrument(group.Key) is not { } instrument)
                {
                    continue;
                }

                var stated = instrument.SignedOn is { } date ? Format(date) : null;
                var reviewerClaim = group.Where(claim => claim.ClaimedBy is not null).MaxBy(claim => claim.ClaimedAt);
                if (reviewerClaim is not null)
                {
                    if (reviewerClaim.Value != stated)
                    {
                        Report(
                            instrument,
                            SeedTables.Instruments,
                            "signed_on",
                            $"{stated ?? "an empty signed_on"} disagrees with the latest reviewer's claim ({reviewerClaim.Value ?? "no date"}, by {reviewerClaim.ClaimedBy})");
                    }

                    continue;
                }

                var disagreeing = stated is null ? null : group.FirstOrDefault(claim => claim.Value != stated);
                if (disagreeing is not null)
                {
                    Report(
                        instrument,
                        SeedTables.Instruments,
                        "signed_on",
                        $"{stated} disagrees with a source that gives {disagreeing.Value}; leave signed_on empty and keep every source's value in evidence.csv");
                }
            }
        }

        /// <summary>Who and when go with a review, and remembered rejections name facts that exist no more.</summary>
        public void CheckReviews()
        {
            void CheckReviewer<T>(T row, SeedTable<T> table, bool reviewed, string? by, DateTimeOffset? at)
                where T : class
            {
                if ((by is not null || at is not null) && !reviewed)
                {
                    Report(row, table, "reviewed", "reviewed_by and reviewed_at describe a review: set reviewed=true or leave them empty");
                }
                else if ((by is null) != (at is null))
                {
                    Report(row, table, by is null ? "reviewed_by" : "reviewed_at", "a review needs both reviewed_by and reviewed_at");
                }
            }

            foreach (var instrument in seed.Instruments)
            {
                CheckReviewer(instrument, SeedTables.Instruments, instrument.Reviewed, instrument.ReviewedBy, instrument.ReviewedAt);
            }

            foreach (var session in seed.Sessions)
            {
                CheckReviewer(session, SeedTables.Sessions, session.Reviewed, session.ReviewedBy, session.ReviewedAt);
            }

            foreach (var commitment in seed.Commitments)
            {
                CheckReviewer(commitment, SeedTables.Commitments, commitment.Reviewed, commitment.ReviewedBy, commitment.ReviewedAt);
            }

            var levels = EnumCodesOf<PartyLevel>();
            foreach (var rejection in seed.Rejections)
            {
                var table = SeedTables.Rejections;
                if (HasInstrument(rejection.FactId) || _sessions.Contains(rejection.FactId))
                {
                    Report(rejection, table, "fact_id", $"'{rejection.FactId}' is rejected but still in the graph");
                }

                if (rejection.MergedInto is { } into && !HasInstrument(into) && !_sessions.Contains(into))
                {
                    Report(rejection, table, "merged_into", $"unknown instrument or session '{into}'");
                }

                foreach (var party in rejection.Parties)
                {
                    var separator = party.IndexOf(':', StringComparison.Ordinal);
                    var unit = separator < 0 ? party : party[..separator];
                    RequireUnit(rejection, table, "parties", unit);
                    if (separator >= 0 && !levels.Contains(party[(separator + 1)..]))
                    {
                        Report(rejection, table, "parties", $"unknown level '{party[(separator + 1)..]}' in '{party}' (expected unit_id:level)");
                    }
                }
            }
        }

        /// <summary>
        /// Whether some row names the instrument at each position of instruments.csv, and whether the row at each
        /// position names an instrument. Rows and instruments in ascending id order (as the writer writes them) are
        /// walked side by side, one flag per instrument and per row; otherwise each id is looked up.
        /// </summary>
        private (Func<int, bool> Named, Func<int, bool> NamesInstrument) InstrumentsNamed<T>(System.Collections.Immutable.ImmutableArray<T> rows, Func<T, string> instrumentId)
        {
            var instruments = seed.Instruments;
            if (_instrumentsInOrder && InAscendingOrder(rows, instrumentId, strictly: false))
            {
                var named = new bool[instruments.Length];
                var namesInstrument = new bool[rows.Length];
                var next = 0;
                for (var i = 0; i < rows.Length; i++)
                {
                    var id = instrumentId(rows[i]);
                    while (next < instruments.Length && string.CompareOrdinal(instruments[next].Id, id) < 0)
                    {
                        next++;
                    }

                    if (next < instruments.Length && string.Equals(instruments[next].Id, id, StringComparison.Ordinal))
                    {
                        named[next] = true;
                        namesInstrument[i] = true;
                    }
                }

                return (index => named[index], index => namesInstrument[index]);
            }

            var ids = new HashSet<string>(instruments.Length, StringComparer.Ordinal);
            foreach (var row in rows)
            {
                ids.Add(instrumentId(row));
            }

            return (index => ids.Contains(instruments[index].Id), index => HasInstrument(instrumentId(rows[index])));
        }

        private bool HasInstrument(string id) => FindInstrument(id) is not null;

        private Instrument? FindInstrument(string id)
        {
            if (!_instrumentsInOrder)
            {
                _instrumentById ??= seed.Instruments.ToDictionary(instrument => instrument.Id, StringComparer.Ordinal);
                return _instrumentById.GetValueOrDefault(id);
            }

            var instruments = seed.Instruments;
            var (low, high) = (0, instruments.Length - 1);
            while (low <= high)
            {
                var middle = low + ((high - low) >> 1);
                var order = string.CompareOrdinal(instruments[middle].Id, id);
                if (order == 0)
                {
                    return instruments[middle];
                }

                (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
            }

            return null;
        }

        private static bool InAscendingOrder<T>(System.Collections.Immutable.ImmutableArray<T> rows, Func<T, string> id, bool strictly)
        {
            for (var i = 1; i < rows.Length; i++)
            {
                var order = string.CompareOrdinal(id(rows[i - 1]), id(rows[i]));
                if (order > 0 || (strictly && order == 0))
                {
                    return false;
                }
            }

            return true;
        }

        private static HashSet<string> Ids<T>(System.Collections.Immutable.ImmutableArray<T> rows, Func<T, string> id)
        {
            var ids = new HashSet<string>(rows.Length, StringComparer.Ordinal);
            foreach (var row in rows)
            {
                ids.Add(id(row));
            }

            return ids;
        }

        private static HashSet<string> EnumCodesOf<TEnum>()
            where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(Common.EnumCodes.ToCode)];

        private void CheckUniqueFactIds()
        {
            // Instruments in order are found by a binary search (no two of them share an id): only the other facts' ids
            // are kept in the set, hundreds of thousands fewer.
            var instrumentsSeen = false;
            var seen = new Dictionary<string, string>(seed.Documents.Length + (_instrumentsInOrder ? 0 : seed.Instruments.Length) + seed.Mechanisms.Length + seed.Sessions.Length + seed.Commitments.Length + seed.People.Length, StringComparer.Ordinal);
            void Check<T>(IEnumerable<T> rows, SeedTable<T> table, Func<T, string> id)
                where T : class
            {
                foreach (var row in rows)
                {
                    if (seen.TryGetValue(id(row), out var otherFile))
                    {
                        Report(row, table, table.KeyColumn, $"id '{id(row)}' is already used in {otherFile}; fact ids are unique across files");
                    }
                    else if (instrumentsSeen && _instrumentsInOrder && HasInstrument(id(row)))
                    {
                        Report(row, table, table.KeyColumn, $"id '{id(row)}' is already used in {SeedTables.Instruments.FileName}; fact ids are unique across files");
                    }
                    else if (!(_instrumentsInOrder && ReferenceEquals(table, SeedTables.Instruments)))
                    {
                        seen.Add(id(row), table.FileName);
                    }
                }

                instrumentsSeen |= ReferenceEquals(table, SeedTables.Instruments);
            }

            Check(seed.Documents, SeedTables.Documents, document => document.Id);
            Check(seed.Instruments, SeedTables.Instruments, instrument => instrument.Id);
            Check(seed.Mechanisms, SeedTables.Mechanisms, mechanism => mechanism.Id);
            Check(seed.Sessions, SeedTables.Sessions, session => session.Id);
            Check(seed.Commitments, SeedTables.Commitments, commitment => commitment.Id);
            Check(seed.People, SeedTables.People, person => person.Id);
        }

        private bool RequireUnit<T>(T row, SeedTable<T> table, string column, string unitId)
            where T : class
        {
            if (_units.ContainsKey(unitId))
            {
                return true;
            }

            Report(row, table, column, $"unknown unit '{unitId}' (not in units.csv)");
            return false;
        }

        private void RequireSource<T>(T row, SeedTable<T> table, string source)
            where T : class
        {
            if (!GazetteerSources.All.Contains(source))
            {
                Report(row, table, "source", $"unknown source '{source}' (expected {string.Join(", ", GazetteerSources.All.Order(StringComparer.Ordinal))})");
            }
        }

        private void RequireCountry<T>(T row, SeedTable<T> table, string column, string code)
            where T : class
        {
            if (!_countries.Contains(code))
            {
                Report(row, table, column, $"unknown country '{code}' (not in countries.csv)");
            }
        }

        private void RequireInstrument<T>(T row, SeedTable<T> table, string column, string instrumentId)
            where T : class
        {
            if (!HasInstrument(instrumentId))
            {
                Report(row, table, column, $"unknown instrument '{instrumentId}' (not in instruments.csv)");
            }
        }

        // The message is built only for a failing check: the checks run once per row of a world-scale graph.
        private bool Require<T>(bool condition, T row, SeedTable<T> table, string column, Func<string> message)
            where T : class
        {
            if (!condition)
            {
                Report(row, table, column, message());
            }

            return condition;
        }

        private void Report<T>(T row, SeedTable<T> table, string column, string message)
            where T : class
        {
            var origin = seed.Origins.Find(row);
            if (origin is null)
            {
                Errors.Add(new SeedError(table.FileName, null, null, column, $"{message} (row {table.Key(row).Replace('\u001f', '/')})"));
                return;
            }

            var columnIndex = origin.Columns.ToList().IndexOf(column);
            Errors.Add(new SeedError(origin.File, origin.Line, columnIndex >= 0 ? columnIndex + 1 : null, column, message));
        }

        private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
