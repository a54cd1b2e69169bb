using System.Text.Json;
using RelationsGraph.Api.Snapshots;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.Health;

/// <summary>
/// The bytes of the /health answer, serialized again only when what the answer says changes: another snapshot, another
/// check of the source, another location, or an age that moved by a tenth of a second (the precision it is given in).
/// Between those, a health probe allocates nothing and writes the same bytes as a fresh serialization would: /health is
/// polled by load balancers and monitors, and should cost no more than the cheapest query.
/// </summary>
internal sealed class HealthAnswerCache
{
    private Entry? _entry;

    public byte[] Answer(SnapshotInfo info, SnapshotHealth.Check? check, string? location, DateTimeOffset now)
    {
        var age = Math.Round((now - info.BuiltAt).TotalSeconds, 1);
        var checkAge = check is null ? 0 : Math.Round((now - check.At).TotalSeconds, 1);
        var entry = Volatile.Read(ref _entry);
        if (entry is not null
            && ReferenceEquals(entry.Info, info)
            && ReferenceEquals(entry.Check, check)
            && ReferenceEquals(entry.Location, location)
            && entry.Age.Equals(age)
            && entry.CheckAge.Equals(checkAge))
        {
            return entry.Bytes;
        }

        var answer = new HealthEndpoints.HealthAnswer(
            check?.Error is null ? "ok" : "degraded",
            new HealthEndpoints.SnapshotAnswer(
                info.Source,
                location,
                info.Version,
                info.BuiltAt,
                age,
                info.Units,
                info.Instruments,
                info.Mechanisms,
                info.Sessions,
                info.Commitments,
                info.Documents,
                info.Evidence),
            check is null ? null : new HealthEndpoints.CheckAnswer(
                check.At,
                checkAge,
                check.Error,
                check.Errors.Count == 0 ? null : [.. check.Errors.Take(50).Select(error => new HealthEndpoints.ErrorAnswer(error.File, error.Line, error.Column, error.ColumnName, error.Message))]));
        var bytes = JsonSerializer.SerializeToUtf8Bytes(answer, HealthEndpoints.HealthJson.Default.HealthAnswer);
        Volatile.Write(ref _entry, new Entry(info, check, location, age, checkAge, bytes));
        return bytes;
    }

    private sealed record Entry(SnapshotInfo Info, SnapshotHealth.Check? Check, string? Location, double Age, double CheckAge, byte[] Bytes);
}
