using System.Collections.Frozen;
using RelationsGraph.Facts;
using RelationsGraph.Gazetteer;
using RelationsGraph.Search;

namespace RelationsGraph.Snapshots;

/// <summary>
/// The whole relation graph as an immutable, fully linked object graph: every query is answered from memory with
/// no further I/O. Built by <see cref="SnapshotBuilder"/>; replaced as a whole when the data changes.
/// </summary>
public sealed class RelationSnapshot
{
    internal RelationSnapshot(
        SnapshotInfo info,
        IReadOnlyList<CountryNode> countries,
        IReadOnlyList<UnitNode> units,
        IReadOnlyList<InstrumentNode> instruments,
        IReadOnlyList<MechanismNode> mechanisms,
        IReadOnlyList<SessionNode> sessions,
        IReadOnlyList<CommitmentNode> commitments,
        IReadOnlyList<DocumentNode> documents,
        IReadOnlyList<CooperationField> fields,
        SearchIndex search,
        IReadOnlyDictionary<string, InstrumentNode> instrumentById,
        IReadOnlyDictionary<string, DocumentNode> documentById,
        SnapshotLookups lookups)
    {
        Info = info;
        Countries = countries;
        Units = units;
        Instruments = instruments;
        Mechanisms = mechanisms;
        Sessions = sessions;
        Commitments = commitments;
        Documents = documents;
        Fields = fields;
        Directory = lookups.Directory;
        CountryByCode = countries.ToFrozenDictionary(country => country.Code, StringComparer.OrdinalIgnoreCase);
        // The builder's own look-ups by id, kept as they are: freezing hundreds of thousands of keys again costs more
        // to build than it saves per look-up. Instruments are found by a binary search (InstrumentsById).
        InstrumentById = instrumentById;
        MechanismById = mechanisms.ToFrozenDictionary(mechanism => mechanism.Id, StringComparer.Ordinal);
        DocumentById = documentById;
        FieldByCode = fields.ToFrozenDictionary(field => field.Code, StringComparer.Ordinal);
        Conflicts = [.. instruments.SelectMany(instrument => instrument.Conflicts)];
        SessionById = sessions.ToFrozenDictionary(session => session.Session.Id, StringComparer.Ordinal);
        CommitmentById = commitments.ToFrozenDictionary(commitment => commitment.Commitment.Id, StringComparer.Ordinal);
        InstrumentsByNumber = lookups.InstrumentsByNumber;
        Search = search;
    }

    public SnapshotInfo Info { get; }

    public IReadOnlyList<CountryNode> Countries { get; }

    /// <summary>Every unit, ordered by id; <see cref="UnitNode.Index"/> is the position here.</summary>
    public IReadOnlyList<UnitNode> Units { get; }

    public IReadOnlyList<InstrumentNode> Instruments { get; }

    public IReadOnlyList<MechanismNode> Mechanisms { get; }

    public IReadOnlyList<SessionNode> Sessions { get; }

    public IReadOnlyList<CommitmentNode> Commitments { get; }

    public IReadOnlyList<DocumentNode> Documents { get; }

    public IReadOnlyList<CooperationField> Fields { get; }

    public IReadOnlyList<Conflict> Conflicts { get; }

    public UnitDirectory Directory { get; }

    public FrozenDictionary<string, CountryNode> CountryByCode { get; }

    /// <summary>A country by its ISO 3166-1 alpha-2 or alpha-3 code, any case; null when none has it.</summary>
    public CountryNode? FindCountry(string code)
    {
        var trimmed = code.Trim();
        return CountryByCode.GetValueOrDefault(trimmed)
            ?? (trimmed.Length == 3 ? Countries.FirstOrDefault(country => string.Equals(country.Country.Alpha3, trimmed, StringComparison.OrdinalIgnoreCase)) : null);
    }

    public IReadOnlyDictionary<string, InstrumentNode> InstrumentById { get; }

    public FrozenDictionary<string, MechanismNode> MechanismById { get; }

    public IReadOnlyDictionary<string, DocumentNode> DocumentById { get; }

    public FrozenDictionary<string, CooperationField> FieldByCode { get; }

    public FrozenDictionary<string, SessionNode> SessionById { get; }

    public FrozenDictionary<string, CommitmentNode> CommitmentById { get; }

    /// <summary>Full-text search over instrument numbers and titles, people's names and evidence quotes.</summary>
    public SearchIndex Search { get; }

    private FrozenDictionary<string, InstrumentNode[]> InstrumentsByNumber { get; }

    /// <summary>
    /// The instruments with this official number, written any way ("481/KH-UBND", "481 / kh-ubnd", "Số 481/KH-UBND");
    /// provinces number their own documents, so a number may be shared by several.
    /// </summary>
    public IReadOnlyList<InstrumentNode> FindByNumber(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return InstrumentsByNumber.TryGetValue(NumberKey(number), out var found) ? found : [];
    }

    /// <summary>The instruments by <see cref="NumberKey"/> of their official number, for <see cref="FindByNumber"/>.</summary>
    internal static FrozenDictionary<string, InstrumentNode[]> IndexByNumber(IReadOnlyList<InstrumentNode> instruments) =>
        instruments
            .Where(instrument => instrument.Instrument.Number is not null)
            .GroupBy(instrument => NumberKey(instrument.Instrument.Number!), StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);

    /// <summary>The comparison key of an official number: the place-name key without a leading "Số"/"No.".</summary>
    private static string NumberKey(string number)
    {
        var key = NameKey.Normalize(number);
        foreach (var prefix in (string[])["number", "so", "no"])
        {
            if (key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal) && char.IsAsciiDigit(key[prefix.Length]))
            {
                return key[prefix.Length..];
            }
        }

        return key;
    }
}

/// <summary>
/// The look-ups by name and number, built from the units (once their names are linked) and the instruments' rows
/// alone, so that the builder can make them on the core validation leaves free.
/// </summary>
internal sealed record SnapshotLookups(UnitDirectory Directory, FrozenDictionary<string, InstrumentNode[]> InstrumentsByNumber)
{
    public static SnapshotLookups Build(IReadOnlyList<UnitNode> units, IReadOnlyList<CountryNode> countries, IReadOnlyList<InstrumentNode> instruments) =>
        new(new UnitDirectory(units, countries), RelationSnapshot.IndexByNumber(instruments));
}
