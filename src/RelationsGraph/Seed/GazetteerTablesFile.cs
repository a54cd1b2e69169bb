using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using RelationsGraph.Facts;
using RelationsGraph.Gazetteer;

namespace RelationsGraph.Seed;

/// <summary>
/// The gazetteer's tables of a graph seed (countries, their names, units, their names, successions, fields) in a
/// binary file that reads back without parsing CSV: a cache of rows already read and validated, never a source of
/// truth. The file names the graph seed's version and the build of this library that wrote it (its rows' types), and
/// carries its payload's length and SHA-256: <see cref="TryRead"/> returns null for a file of another version or
/// build, a truncated or corrupt one, so that the caller reads the CSV files instead.
/// </summary>
public static class GazetteerTablesFile
{
    private const int FormatVersion = 1;

    private static readonly byte[] Magic = "RGGAZTB\n"u8.ToArray();

    /// <summary>The build of the rows' types: a file written by another build of this library is not read.</summary>
    private static readonly Guid Build = typeof(AdministrativeUnit).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>Writes the gazetteer tables of <paramref name="seed"/>, read from the graph seed of <paramref name="version"/>.</summary>
    public static byte[] Write(GraphSeed seed, string version)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(version);
        using var payloadStream = new MemoryStream(1 << 20);
        using (var payload = new BinaryWriter(payloadStream, Encoding.UTF8, leaveOpen: true))
        {
            WriteTables(payload, seed);
        }

        var payloadBytes = payloadStream.GetBuffer().AsSpan(0, (int)payloadStream.Length);
        using var file = new MemoryStream(payloadBytes.Length + 128);
        using (var header = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
        {
            header.Write(Magic);
            header.Write(FormatVersion);
            header.Write(Build.ToByteArray());
            header.Write(version);
            header.Write((long)payloadBytes.Length);
            header.Write(SHA256.HashData(payloadBytes));
            header.Write(payloadBytes);
        }

        return file.ToArray();
    }

    /// <summary>
    /// The gazetteer tables the file holds if it was written by this build for the graph seed of
    /// <paramref name="version"/> and is whole (its length and checksum as written); otherwise null.
    /// </summary>
    public static GraphSeed? TryRead(byte[] file, string version)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(version);
        try
        {
            return Read(file, version);
        }
        catch (Exception exception) when (exception is EndOfStreamException or IOException or FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    private static GraphSeed? Read(byte[] file, string version)
    {
        using var stream = new MemoryStream(file, writable: false);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic)
            || reader.ReadInt32() != FormatVersion
            || new Guid(reader.ReadBytes(16)) != Build
            || reader.ReadString() != version)
        {
            return null;
        }

        var length = reader.ReadInt64();
        var checksum = reader.ReadBytes(SHA256.HashSizeInBytes);
        var start = (int)stream.Position;
        if (length != file.Length - start || !SHA256.HashData(file.AsSpan(start)).AsSpan().SequenceEqual(checksum))
        {
            return null;
        }

        var seed = ReadTables(reader);
        return stream.Position == file.Length ? seed : null;
    }

    private static void WriteTables(BinaryWriter writer, GraphSeed seed)
    {
        writer.Write(seed.Countries.Length);
        foreach (var country in seed.Countries)
        {
            writer.Write(country.Code);
            writer.Write(country.Name);
            WriteOptional(writer, country.NameVi);
            WriteOptional(writer, country.Alpha3);
        }

        writer.Write(seed.CountryNames.Length);
        foreach (var name in seed.CountryNames)
        {
            writer.Write(name.CountryCode);
            writer.Write(name.Name);
            writer.Write(name.Language);
            writer.Write((int)name.Kind);
            writer.Write(name.Source);
        }

        writer.Write(seed.Units.Length);
        foreach (var unit in seed.Units)
        {
            writer.Write(unit.Id);
            writer.Write(unit.CountryCode);
            writer.Write(unit.Type);
            writer.Write(unit.Name);
            WriteOptional(writer, unit.NameVi);
            WriteOptional(writer, unit.NameLocal);
            writer.Write(unit.Source);
            WriteOptional(writer, unit.ParentId);
            WriteOptional(writer, unit.ValidFrom);
            WriteOptional(writer, unit.ValidTo);
        }

        writer.Write(seed.UnitNames.Length);
        foreach (var name in seed.UnitNames)
        {
            writer.Write(name.UnitId);
            writer.Write(name.Name);
            writer.Write(name.Language);
            writer.Write(name.Source);
        }

        writer.Write(seed.Successions.Length);
        foreach (var succession in seed.Successions)
        {
            writer.Write(succession.PredecessorId);
            writer.Write(succession.SuccessorId);
            writer.Write(succession.EffectiveOn.DayNumber);
            writer.Write(succession.Basis);
            writer.Write(succession.Source);
        }

        writer.Write(seed.Fields.Length);
        foreach (var field in seed.Fields)
        {
            writer.Write(field.Code);
            writer.Write(field.Name);
            writer.Write(field.NameVi);
        }
    }

    private static GraphSeed ReadTables(BinaryReader reader)
    {
        // Ids repeat across the tables (a unit's id in its names, its children's parent, successions): one string each.
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string value)
        {
            if (strings.TryGetValue(value, out var known))
            {
                return known;
            }

            strings[value] = value;
            return value;
        }

        var countries = ReadArray(reader, () => new Country(Shared(reader.ReadString()), reader.ReadString(), ReadOptionalString(reader))
        {
            Alpha3 = ReadOptionalString(reader),
        });
        var countryNames = ReadArray(reader, () => new CountryName(
            Shared(reader.ReadString()),
            reader.ReadString(),
            Shared(reader.ReadString()),
            ReadKind(reader),
            Shared(reader.ReadString())));
        var units = ReadArray(reader, () => new AdministrativeUnit
        {
            Id = Shared(reader.ReadString()),
            CountryCode = Shared(reader.ReadString()),
            Type = Shared(reader.ReadString()),
            Name = reader.ReadString(),
            NameVi = ReadOptionalString(reader),
            NameLocal = ReadOptionalString(reader),
            Source = Shared(reader.ReadString()),
            ParentId = ReadOptionalString(reader) is { } parent ? Shared(parent) : null,
            ValidFrom = ReadOptionalDate(reader),
            ValidTo = ReadOptionalDate(reader),
        });
        var unitNames = ReadArray(reader, () => new UnitName(Shared(reader.ReadString()), reader.ReadString(), Shared(reader.ReadString()))
        {
            Source = Shared(reader.ReadString()),
        });
        var successions = ReadArray(reader, () => new Succession(
            Shared(reader.ReadString()),
            Shared(reader.ReadString()),
            DateOnly.FromDayNumber(reader.ReadInt32()),
            reader.ReadString())
        {
            Source = Shared(reader.ReadString()),
        });
        var fields = ReadArray(reader, () => new CooperationField(reader.ReadString(), reader.ReadString(), reader.ReadString()));
        return new GraphSeed
        {
            Countries = countries,
            CountryNames = countryNames,
            Units = units,
            UnitNames = unitNames,
            Successions = successions,
            Fields = fields,
            Origins = new RowOrigins(),
            KnownRows = new KnownRows([], []),
        };
    }

    private static ImmutableArray<T> ReadArray<T>(BinaryReader reader, Func<T> read)
    {
        var count = reader.ReadInt32();
        // A count the rest of the file cannot hold (each row takes bytes) is corrupt, whatever the checksum said.
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new FormatException("a table's row count exceeds the file");
        }

        var rows = new T[count];
        for (var i = 0; i < count; i++)
        {
            rows[i] = read();
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(rows);
    }

    private static CountryNameKind ReadKind(BinaryReader reader)
    {
        var kind = (CountryNameKind)reader.ReadInt32();
        return Enum.IsDefined(kind) ? kind : throw new FormatException("unknown country name kind");
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static void WriteOptional(BinaryWriter writer, DateOnly? value)
    {
        writer.Write(value is not null);
        if (value is { } date)
        {
            writer.Write(date.DayNumber);
        }
    }

    private static string? ReadOptionalString(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static DateOnly? ReadOptionalDate(BinaryReader reader) => reader.ReadBoolean() ? DateOnly.FromDayNumber(reader.ReadInt32()) : null;
}
