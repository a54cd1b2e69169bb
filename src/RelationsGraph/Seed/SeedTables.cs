using System.Globalization;
using RelationsGraph.Facts;
using RelationsGraph.Gazetteer;

namespace RelationsGraph.Seed;

/// <summary>
/// The graph-seed file contract: every file, its columns in order, and the mapping of a row to a record.
/// docs/graph-seed.md documents it and a snapshot test pins it; change it deliberately.
/// </summary>
public static class SeedTables
{
    private const char KeySeparator = '\u001f';

    public static readonly SeedTable<Country> Countries = new()
    {
        FileName = "countries.csv",
        Columns = ["code", "alpha3", "name", "name_vi"],
        KeyColumn = "code",
        Key = row => row.Code,
        Parse = row => new Country(row.Text("code"), row.Text("name"), row.OptionalText("name_vi")) { Alpha3 = row.OptionalText("alpha3") },
        Format = row => [row.Code, row.Alpha3, row.Name, row.NameVi],
    };

    public static readonly SeedTable<CountryName> CountryNames = new()
    {
        FileName = "country-names.csv",
        Columns = ["country", "name", "language", "kind", "source"],
        KeyColumn = "name",
        Key = row => row.CountryCode + KeySeparator + row.Name,
        Parse = row => new CountryName(row.Text("country"), row.Text("name"), row.Text("language"), row.Enum<CountryNameKind>("kind"), row.Text("source")),
        Format = row => [row.CountryCode, row.Name, row.Language, SeedFormat.Code(row.Kind), row.Source],
    };

    public static readonly SeedTable<AdministrativeUnit> Units = new()
    {
        FileName = "units.csv",
        Columns = ["id", "country", "type", "name", "name_local", "name_vi", "parent", "valid_from", "valid_to", "source"],
        KeyColumn = "id",
        Key = row => row.Id,
        Parse = row => new AdministrativeUnit
        {
            Id = row.Text("id"),
            CountryCode = row.Text("country"),
            Type = row.Text("type"),
            Name = row.Text("name"),
            NameLocal = row.OptionalText("name_local"),
            NameVi = row.OptionalText("name_vi"),
            ParentId = row.OptionalText("parent"),
            ValidFrom = row.Date("valid_from"),
            ValidTo = row.Date("valid_to"),
            Source = row.Text("source"),
        },
        Format = row =>
        [
            row.Id, row.CountryCode, row.Type, row.Name, row.NameLocal, row.NameVi, row.ParentId,
            SeedFormat.Date(row.ValidFrom), SeedFormat.Date(row.ValidTo), row.Source,
        ],
    };

    public static readonly SeedTable<UnitName> UnitNames = new()
    {
        FileName = "unit-names.csv",
        Columns = ["unit_id", "name", "language", "source"],
        KeyColumn = "name",
        Key = row => row.UnitId + KeySeparator + row.Name,
        Parse = row => new UnitName(row.Text("unit_id"), row.Text("name"), row.Text("language")) { Source = row.Text("source") },
        Format = row => [row.UnitId, row.Name, row.Language, row.Source],
    };

    public static readonly SeedTable<Succession> Successions = new()
    {
        FileName = "successions.csv",
        Columns = ["predecessor", "successor", "effective_on", "basis", "source"],
        KeyColumn = "predecessor",
        Key = row => row.PredecessorId + KeySeparator + row.SuccessorId,
        Parse = row => new Succession(row.Text("predecessor"), row.Text("successor"), row.RequiredDate("effective_on"), row.Text("basis")) { Source = row.Text("source") },
        Format = row => [row.PredecessorId, row.SuccessorId, SeedFormat.Date(row.EffectiveOn), row.Basis, row.Source],
    };

    public static readonly SeedTable<CooperationField> Fields = new()
    {
        FileName = "fields.csv",
        Columns = ["code", "name", "name_vi"],
        KeyColumn = "code",
        Key = row => row.Code,
        Parse = row => new CooperationField(row.Text("code"), row.Text("name"), row.Text("name_vi")),
        Format = row => [row.Code, row.Name, row.NameVi],
    };

    public static readonly SeedTable<SourceDocument> Documents = new()
    {
        FileName = "documents.csv",
        Columns = ["id", "title", "publisher", "url", "published_on", "language", "content_hash", "file"],
        KeyColumn = "id",
        Key = row => row.Id,
        Parse = row => new SourceDocument
        {
            Id = row.Text("id"),
            Title = row.UniqueText("title"),
            Publisher = row.OptionalText("publisher"),
            Url = row.OptionalUniqueText("url"),
            PublishedOn = row.Date("published_on"),
            Language = row.Text("language"),
            ContentHash = row.UniqueText("content_hash"),
            File = row.OptionalText("file"),
        },
        Format = row =>
        [
            row.Id, row.Title, row.Publisher, row.Url, SeedFormat.Date(row.PublishedOn), row.Language, row.ContentHash, row.File,
        ],
    };

    public static readonly SeedTable<Instrument> Instruments = new()
    {
        FileName = "instruments.csv",
        Columns =
        [
            "id", "kind", "number", "title", "title_vi", "signed_on", "period_start", "period_end", "status", "fields",
            "background", "source", "confidence", "reviewed", "reviewed_by", "reviewed_at",
        ],
        OptionalColumns = ["source"],
        KeyColumn = "id",
        Key = row => row.Id,
        Parse = row => new Instrument
        {
            // Shared with the files that repeat it once all are read (SeedStrings.AddIds), not one by one.
            Id = row.UniqueText("id"),
            Kind = row.Enum<InstrumentKind>("kind"),
            Number = row.OptionalText("number"),
            Title = row.UniqueText("title"),
            TitleVi = row.OptionalUniqueText("title_vi"),
            SignedOn = row.Date("signed_on"),
            PeriodStart = row.WholeNumber("period_start", 1900, 2200),
            PeriodEnd = row.WholeNumber("period_end", 1900, 2200),
            Status = row.Enum("status", InstrumentStatus.Concluded),
            Fields = row.List("fields"),
            Background = row.Bool("background", false),
            Source = row.Enum("source", SourceKind.Article),
            Confidence = row.Probability("confidence", 1),
            Reviewed = row.Bool("reviewed", false),
            ReviewedBy = row.OptionalText("reviewed_by"),
            ReviewedAt = row.Timestamp("reviewed_at"),
        },
        Format = row =>
        [
            row.Id, SeedFormat.Code(row.Kind), row.Number, row.Title, row.TitleVi, SeedFormat.Date(row.SignedOn),
            SeedFormat.Number(row.PeriodStart), SeedFormat.Number(row.PeriodEnd), SeedFormat.Code(row.Status),
            SeedFormat.List(row.Fields), SeedFormat.Bool(row.Background), SeedFormat.Code(row.Source),
            SeedFormat.Probability(row.Confidence), SeedFormat.Bool(row.Reviewed), row.ReviewedBy, SeedFormat.Timestamp(row.ReviewedAt),
        ],
    };

    public static readonly SeedTable<Party> Parties = new()
    {
        FileName = "parties.csv",
        Columns = ["instrument_id", "unit_id", "level", "role", "organisation", "organisation_vi"],
        KeyColumn = "unit_id",
        Key = row => row.InstrumentId + KeySeparator + row.UnitId,
        KeyComparer = new KeyComparer<Party>((a, b) => a.InstrumentId == b.InstrumentId && a.UnitId == b.UnitId, row => HashCode.Combine(row.InstrumentId, row.UnitId)),
        KeyOrder = static (a, b) => string.CompareOrdinal(a.InstrumentId, b.InstrumentId) is var order && order != 0 ? order : string.CompareOrdinal(a.UnitId, b.UnitId),
        Parse = row => new Party
        {
            InstrumentId = row.Reference("instrument_id"),
            UnitId = row.KnownId("unit_id"),
            Level = row.Enum("level", PartyLevel.ProvincialGovernment),
            Role = row.Enum("role", PartyRole.Signatory),
            Organisation = row.OptionalText("organisation"),
            OrganisationVi = row.OptionalText("organisation_vi"),
        },
        Format = row =>
        [
            row.InstrumentId, row.UnitId, SeedFormat.Code(row.Level), SeedFormat.Code(row.Role), row.Organisation, row.OrganisationVi,
        ],
    };

    public static readonly SeedTable<InstrumentLink> InstrumentLinks = new()
    {
        FileName = "instrument-links.csv",
        Columns = ["from_id", "type", "to_id"],
        KeyColumn = "to_id",
        Key = row => row.FromId + KeySeparator + SeedFormat.Code(row.Type) + KeySeparator + row.ToId,
        Parse = row => new InstrumentLink(row.Text("from_id"), row.Enum<LinkType>("type"), row.Text("to_id")),
        Format = row => [row.FromId, SeedFormat.Code(row.Type), row.ToId],
    };

    public static readonly SeedTable<Mechanism> Mechanisms = new()
    {
        FileName = "mechanisms.csv",
        Columns = ["id", "name", "name_vi", "established_on"],
        KeyColumn = "id",
        Key = row => row.Id,
        Parse = row => new Mechanism
        {
            Id = row.Text("id"),
            Name = row.Text("name"),
            NameVi = row.OptionalText("name_vi"),
            EstablishedOn = row.Date("established_on"),
        },
        Format = row => [row.Id, row.Name, row.NameVi, SeedFormat.Date(row.EstablishedOn)],
    };

    public static readonly SeedTable<MechanismMember> MechanismMembers = new()
    {
        FileName = "mechanism-members.csv",
        Columns = ["mechanism_id", "unit_id", "from", "to"],
        KeyColumn = "unit_id",
        Key = row => row.MechanismId + KeySeparator + row.UnitId + KeySeparator + SeedFormat.Date(row.From),
        Parse = row => new MechanismMember
        {
            MechanismId = row.Text("mechanism_id"),
            UnitId = row.Text("unit_id"),
            From = row.Date("from"),
            To = row.Date("to"),
        },
        Format = row => [row.MechanismId, row.UnitId, SeedFormat.Date(row.From), SeedFormat.Date(row.To)],
    };

    public static readonly SeedTable<Session> Sessions = new()
    {
        FileName = "sessions.csv",
        Columns = ["id", "mechanism_id", "ordinal", "held_on", "host_id", "mode", "title", "source", "confidence", "reviewed", "reviewed_by", "reviewed_at"],
        OptionalColumns = ["source", "confidence"],
        KeyColumn = "id",
        Key = row => row.Id,
        Parse = row => new Session
        {
            Id = row.Text("id"),
            MechanismId = row.Text("mechanism_id"),
            Ordinal = row.WholeNumber("ordinal", 1, 10_000),
            HeldOn = row.Date("held_on"),
            HostId = row.OptionalText("host_id"),
            Mode = row.Enum("mode", SessionMode.Unknown),
            Title = row.OptionalText("title"),
            Source = row.Enum("source", SourceKind.Article),
            Confidence = row.Probability("confidence", 1),
            Reviewed = row.Bool("reviewed", false),
            ReviewedBy = row.OptionalText("reviewed_by"),
            ReviewedAt = row.Timestamp("reviewed_at"),
        },
        Format = row =>
        [
            row.Id, row.MechanismId, SeedFormat.Number(row.Ordinal), SeedFormat.Date(row.HeldOn), row.HostId,
            SeedFormat.Code(row.Mode), row.Title, SeedFormat.Code(row.Source), SeedFormat.Probability(row.Confidence),
            SeedFormat.Bool(row.Reviewed), row.ReviewedBy, SeedFormat.Timestamp(row.ReviewedAt),
        ],
    };

    public static readonly SeedTable<Commitment> Commitments = new()
    {
        FileName = "commitments.csv",
        Columns = ["id", "instrument_id", "kind", "description", "amount", "unit", "from_id", "to_id", "years", "reviewed", "reviewed_by", "reviewed_at"],
        KeyColumn = "id",
        Key = row => row.Id,
        Parse = row => new Commitment
        {
            Id = row.Text("id"),
            InstrumentId = row.Text("instrument_id"),
            Kind = row.Enum<CommitmentKind>("kind"),
            Description = row.Text("description"),
            Amount = row.Amount("amount"),
            Unit = row.OptionalText("unit"),
            FromId = row.OptionalText("from_id"),
            ToId = row.OptionalText("to_id"),
            Years = row.WholeNumbers("years"),
            Reviewed = row.Bool("reviewed", false),
            ReviewedBy = row.OptionalText("reviewed_by"),
            ReviewedAt = row.Timestamp("reviewed_at"),
        },
        Format = row =>
        [
            row.Id, row.InstrumentId, SeedFormat.Code(row.Kind), row.Description, SeedFormat.Number(row.Amount), row.Unit,
            row.FromId, row.ToId, SeedFormat.List(row.Years), SeedFormat.Bool(row.Reviewed), row.ReviewedBy, SeedFormat.Timestamp(row.ReviewedAt),
        ],
    };

    public static readonly SeedTable<Person> People = new()
    {
        FileName = "people.csv",
        Columns = ["id", "name", "unit_id"],
        KeyColumn = "id",
        Key = row => row.Id,
        Parse = row => new Person { Id = row.Text("id"), Name = row.Text("name"), UnitId = row.OptionalText("unit_id") },
        Format = row => [row.Id, row.Name, row.UnitId],
    };

    public static readonly SeedTable<PersonRole> PersonRoles = new()
    {
        FileName = "person-roles.csv",
        Columns = ["person_id", "subject_id", "role", "title"],
        KeyColumn = "subject_id",
        Key = row => row.PersonId + KeySeparator + row.SubjectId + KeySeparator + SeedFormat.Code(row.Role),
        Parse = row => new PersonRole
        {
            PersonId = row.Text("person_id"),
            SubjectId = row.Text("subject_id"),
            Role = row.Enum<PersonRoleKind>("role"),
            Title = row.OptionalText("title"),
        },
        Format = row => [row.PersonId, row.SubjectId, SeedFormat.Code(row.Role), row.Title],
    };

    public static readonly SeedTable<Evidence> Evidence = new()
    {
        FileName = "evidence.csv",
        Columns = ["subject_id", "document_id", "start", "end", "field", "value", "quote", "claimed_by", "claimed_at"],
        KeyColumn = "start",
        Key = row => string.Join(
            KeySeparator,
            row.SubjectId,
            row.DocumentId,
            row.Start.ToString("D9", CultureInfo.InvariantCulture),
            row.End.ToString("D9", CultureInfo.InvariantCulture),
            row.Field,
            row.Value,
            row.ClaimedBy),
        KeyComparer = new KeyComparer<Evidence>(
            (a, b) => a.SubjectId == b.SubjectId && a.DocumentId == b.DocumentId && a.Start == b.Start && a.End == b.End
                && a.Field == b.Field && a.Value == b.Value && a.ClaimedBy == b.ClaimedBy,
            row => HashCode.Combine(row.SubjectId, row.DocumentId, row.Start, row.End, row.Field, row.Value, row.ClaimedBy)),
        KeyOrder = static (a, b) =>
        {
            var order = string.CompareOrdinal(a.SubjectId, b.SubjectId);
            order = order != 0 ? order : string.CompareOrdinal(a.DocumentId, b.DocumentId);
            order = order != 0 ? order : a.Start.CompareTo(b.Start);
            order = order != 0 ? order : a.End.CompareTo(b.End);
            order = order != 0 ? order : string.CompareOrdinal(a.Field, b.Field);
            order = order != 0 ? order : string.CompareOrdinal(a.Value, b.Value);
            return order != 0 ? order : string.CompareOrdinal(a.ClaimedBy, b.ClaimedBy);
        },
        Parse = row => new Evidence
        {
            SubjectId = row.Reference("subject_id"),
            DocumentId = row.KnownId("document_id"),
            Start = row.RequiredWholeNumber("start", 0),
            End = row.RequiredWholeNumber("end", 0),
            Field = row.OptionalText("field"),
            Value = row.OptionalText("value"),
            Quote = row.OptionalText("quote"),
            ClaimedBy = row.OptionalText("claimed_by"),
            ClaimedAt = row.Timestamp("claimed_at"),
        },
        Format = row =>
        [
            row.SubjectId, row.DocumentId, SeedFormat.Number(row.Start), SeedFormat.Number(row.End), row.Field, row.Value, row.Quote,
            row.ClaimedBy, SeedFormat.Timestamp(row.ClaimedAt),
        ],
    };

    public static readonly SeedTable<Rejection> Rejections = new()
    {
        FileName = "rejections.csv",
        Columns =
        [
            "fact_id", "kind", "parties", "number", "date", "period_start", "period_end", "ordinal", "merged_into",
            "reviewed_by", "reviewed_at", "note",
        ],
        KeyColumn = "fact_id",
        Key = row => row.FactId,
        Parse = row => new Rejection
        {
            FactId = row.Text("fact_id"),
            Kind = row.Enum<InstrumentKind>("kind"),
            Parties = row.List("parties"),
            Number = row.OptionalText("number"),
            Date = row.Date("date"),
            PeriodStart = row.WholeNumber("period_start", 1900, 2200),
            PeriodEnd = row.WholeNumber("period_end", 1900, 2200),
            Ordinal = row.WholeNumber("ordinal", 1, 10_000),
            MergedInto = row.OptionalText("merged_into"),
            ReviewedBy = row.Text("reviewed_by"),
            ReviewedAt = row.Timestamp("reviewed_at") ?? RequiredTimestamp(row, "reviewed_at"),
            Note = row.OptionalText("note"),
        },
        Format = row =>
        [
            row.FactId, SeedFormat.Code(row.Kind), SeedFormat.List(row.Parties), row.Number, SeedFormat.Date(row.Date),
            SeedFormat.Number(row.PeriodStart), SeedFormat.Number(row.PeriodEnd), SeedFormat.Number(row.Ordinal), row.MergedInto,
            row.ReviewedBy, SeedFormat.Timestamp(row.ReviewedAt), row.Note,
        ],
    };

    /// <summary>Every file in the order they are read and documented.</summary>
    public static IReadOnlyList<ISeedTable> All { get; } =
    [
        Countries, CountryNames, Units, UnitNames, Successions, Fields, Documents, Instruments, Parties, InstrumentLinks,
        Mechanisms, MechanismMembers, Sessions, Commitments, People, PersonRoles, Evidence, Rejections,
    ];

    private static DateTimeOffset RequiredTimestamp(SeedRowReader row, string column)
    {
        if (row.OptionalText(column) is null)
        {
            row.Fail(column, "a timestamp is required");
        }

        return default;
    }

    /// <summary>Equality of rows by their key's fields, for <see cref="SeedTable{T}.KeyComparer"/>.</summary>
    private sealed class KeyComparer<T>(Func<T, T, bool> equals, Func<T, int> hash) : IEqualityComparer<T>
        where T : class
    {
        public bool Equals(T? x, T? y) => ReferenceEquals(x, y) || (x is not null && y is not null && equals(x, y));

        public int GetHashCode(T obj) => hash(obj);
    }
}
