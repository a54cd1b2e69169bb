using System.Globalization;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// The options of one benchmark command: <c>--name value</c> pairs and <c>--flag</c>s after the positional arguments.
/// Every option must be one the command knows and be read, so a misspelt or ignored option fails the command instead
/// of running it with defaults.
/// </summary>
internal sealed class BenchmarkArguments
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public BenchmarkArguments(IReadOnlyList<string> arguments, IReadOnlySet<string> flags)
    {
        var positional = new List<string>();
        for (var index = 0; index < arguments.Count; index++)
        {
            var argument = arguments[index];
            if (!argument.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(argument);
                continue;
            }

            var name = argument[2..];
            if (flags.Contains(name))
            {
                _flags.Add(name);
            }
            else if (index + 1 < arguments.Count)
            {
                if (!_values.TryGetValue(name, out var list))
                {
                    _values[name] = list = [];
                }

                list.Add(arguments[++index]);
            }
            else
            {
                throw new ArgumentException($"The option {argument} needs a value.");
            }
        }

        Positional = positional;
    }

    public IReadOnlyList<string> Positional { get; }

    public bool Flag(string name)
    {
        _read.Add(name);
        return _flags.Contains(name);
    }

    public string? Text(string name)
    {
        _read.Add(name);
        return _values.TryGetValue(name, out var list) ? list[^1] : null;
    }

    public IReadOnlyList<string> All(string name)
    {
        _read.Add(name);
        return _values.TryGetValue(name, out var list) ? list : [];
    }

    public int Integer(string name, int fallback)
    {
        var text = Text(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text.Replace("_", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"--{name} takes a whole number, not '{text}'.");
    }

    public int? OptionalInteger(string name) => Text(name) is null ? null : Integer(name, 0);

    /// <summary>Fails on any option that was given but never read by the command.</summary>
    public void RequireAllRead()
    {
        var unread = _values.Keys.Concat(_flags).Where(name => !_read.Contains(name)).ToList();
        if (unread.Count > 0)
        {
            throw new ArgumentException("Unknown option(s) for this command: " + string.Join(", ", unread.Select(name => "--" + name)));
        }
    }

    /// <summary>
    /// The world options: --units, --units-per-country, --instruments, --documents, --random-seed, and the real
    /// graph-seed merged in (--real-seed DIR; the repository's by default; --no-real-seed for a synthetic world only).
    /// </summary>
    public async Task<WorldOptions> WorldAsync(int defaultUnits = 5_000)
    {
        var units = Integer("units", defaultUnits);
        var options = new WorldOptions(
            Units: units,
            UnitsPerCountry: Integer("units-per-country", 50),
            Instruments: OptionalInteger("instruments"),
            Documents: OptionalInteger("documents"),
            RandomSeed: Integer("random-seed", 20_251_123));
        var realSeed = Text("real-seed");
        return Flag("no-real-seed")
            ? options
            : options with { RealSeed = await SyntheticWorld.ReadRealSeedAsync(realSeed) };
    }

    /// <summary>No flags: every option takes a value.</summary>
    public static readonly IReadOnlySet<string> NoFlags = new HashSet<string>(StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> WorldFlags = new HashSet<string>(StringComparer.Ordinal) { "no-real-seed" };

    public static readonly IReadOnlySet<string> HttpFlags = new HashSet<string>(StringComparer.Ordinal) { "no-real-seed", "floor" };

    /// <summary>The growth command's flags: <c>--phases</c> (time reading and building phase by phase) and <c>--no-api</c> (skip the API's start-up).</summary>
    public static readonly IReadOnlySet<string> GrowthFlags = new HashSet<string>(StringComparer.Ordinal) { "no-real-seed", "phases", "no-api" };
}
