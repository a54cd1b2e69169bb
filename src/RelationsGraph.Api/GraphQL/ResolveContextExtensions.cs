using GraphQL;
using RelationsGraph.Common;
using RelationsGraph.Facts;
using RelationsGraph.Gazetteer;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL;

/// <summary>What resolvers need from a request: the snapshot it runs against and checked arguments.</summary>
internal static class ResolveContextExtensions
{
    /// <summary>The snapshot the whole request runs against, fixed when the request started.</summary>
    public static RelationSnapshot Snapshot(this IResolveFieldContext context) =>
        context.RootValue as RelationSnapshot ?? throw new InvalidOperationException("The request has no snapshot as its root value.");

    public static DateOnly Today(this IResolveFieldContext context) =>
        DateOnly.FromDateTime(context.Services().GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

    /// <summary>
    /// A country argument as its ISO 3166-1 alpha-2 code: the code in any case, or the country's English or
    /// Vietnamese name ("Laos", "Lào"); an unknown country is an <see cref="UnknownValues"/> error with suggestions.
    /// </summary>
    public static string? CountryArgument(this IResolveFieldContext context, string name)
    {
        var value = context.GetArgument<string?>(name) is { } given ? Gazetteer.NameKey.NormalizeCode(given) : null;
        if (value is null)
        {
            return null;
        }

        var snapshot = context.Snapshot();
        if (CountryCode(snapshot, value) is { } code)
        {
            return code;
        }

        var candidates = snapshot.Countries.SelectMany(country => CountryKeys(country).Select(candidate => (candidate, $"{country.Code} ({country.Country.Name})")));
        throw UnknownValues.Error(name, value, "country (ISO 3166-1 alpha-2 code or name)", Suggestions.Closest(value, candidates));
    }

    /// <summary>
    /// The ISO 3166-1 alpha-2 code of the country a country argument names (its code in any case, or its English or
    /// Vietnamese name), or null when no country has it.
    /// </summary>
    public static string? CountryCode(RelationSnapshot snapshot, string given)
    {
        var value = NameKey.NormalizeCode(given);
        if (snapshot.CountryByCode.TryGetValue(value.Trim(), out var byCode))
        {
            return byCode.Code;
        }

        var key = NameKey.Normalize(value);
        foreach (var country in snapshot.Countries)
        {
            if (key.Length > 0 && (NameKey.Normalize(country.Country.Name) == key || (country.Country.NameVi is { } nameVi && NameKey.Normalize(nameVi) == key)))
            {
                return country.Code;
            }
        }

        return null;
    }

    /// <summary>A unit named by any recorded name or id; an <see cref="UnknownValues"/> error when no unit has it.</summary>
    public static UnitNode? UnitArgument(this IResolveFieldContext context, string name)
    {
        var value = context.GetArgument<string?>(name);
        if (value is null)
        {
            return null;
        }

        var directory = context.Snapshot().Directory;
        return directory.Resolve(value, context.Today())
            ?? throw UnknownValues.Error(name, value, "province or district", directory.Suggest(value));
    }

    /// <summary>
    /// Fields of cooperation given by code ("agriculture") or by English or Vietnamese label ("Agriculture", "Nông
    /// nghiệp"), as codes; an unknown one is an <see cref="UnknownValues"/> error with suggestions.
    /// </summary>
    public static IReadOnlyList<string>? FieldsArgument(this IResolveFieldContext context, string name)
    {
        var values = context.GetArgument<List<string>?>(name);
        if (values is null)
        {
            return null;
        }

        var snapshot = context.Snapshot();
        var codes = new List<string>(values.Count);
        foreach (var value in values)
        {
            if (snapshot.FieldByCode.ContainsKey(value))
            {
                codes.Add(value);
                continue;
            }

            // A code, or a label in full or its beginning ("Nông nghiệp", "Agriculture") when only one label starts so.
            var key = NameKey.Normalize(value);
            var field = snapshot.Fields.FirstOrDefault(field => key.Length > 0 && FieldKeys(field).Contains(key));
            if (field is null && key.Length >= 4 && snapshot.Fields.Where(field => FieldKeys(field).Any(label => label.StartsWith(key, StringComparison.Ordinal))).ToList() is [var only])
            {
                field = only;
            }
            if (field is null)
            {
                var candidates = snapshot.Fields.SelectMany(field => FieldKeys(field).Select(candidate => (candidate, field.Code)));
                throw UnknownValues.Error(name, value, "field of cooperation (a code or label of 'fields')", Suggestions.Closest(value, candidates));
            }

            codes.Add(field.Code);
        }

        return codes;
    }

    /// <summary>A full-text query, at most <see cref="Search.SearchIndex.MaxQueryLength"/> characters.</summary>
    public static string? SearchArgument(this IResolveFieldContext context, string name)
    {
        var value = context.GetArgument<string?>(name);
        if (value is { Length: > Search.SearchIndex.MaxQueryLength })
        {
            throw new ExecutionError($"Argument '{name}' is longer than {Search.SearchIndex.MaxQueryLength} characters.") { Code = "INVALID_SEARCH" };
        }

        return value;
    }

    private static IEnumerable<string> CountryKeys(CountryNode country)
    {
        yield return NameKey.Normalize(country.Code);
        yield return NameKey.Normalize(country.Country.Name);
        if (country.Country.NameVi is { } nameVi)
        {
            yield return NameKey.Normalize(nameVi);
        }
    }

    private static string[] FieldKeys(CooperationField field) =>
        [NameKey.Normalize(field.Code), NameKey.Normalize(field.Name), NameKey.Normalize(field.NameVi)];

    private static IServiceProvider Services(this IResolveFieldContext context) =>
        context.RequestServices ?? throw new InvalidOperationException("The request has no services.");
}
