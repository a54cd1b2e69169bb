using System.Runtime.CompilerServices;

namespace RelationsGraph.Seed;

/// <summary>The origin of each row object of a <see cref="GraphSeed"/>, looked up by reference.</summary>
public sealed class RowOrigins
{
    public static readonly RowOrigins None = new();

    private readonly ConditionalWeakTable<object, RowOrigin> _origins = [];

    public void Add(object row, RowOrigin origin) => _origins.AddOrUpdate(row, origin);

    public RowOrigin? Find(object row) => _origins.TryGetValue(row, out var origin) ? origin : null;
}
