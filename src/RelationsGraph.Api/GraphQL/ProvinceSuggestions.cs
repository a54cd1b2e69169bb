using GraphQL;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// province(name:) answers null for a name no unit has (the contract); the close names it could have meant go to the
/// response's <c>extensions.suggestions</c>, which the playground shows under the result:
/// <c>[{ "path": ["province"], "argument": "name", "value": "Bac Gang", "suggestions": ["Bac Giang", …] }]</c>.
/// </summary>
internal static class ProvinceSuggestions
{
    public const string ExtensionKey = "suggestions";

    public static void Add(IResolveFieldContext context, string argument, string value, IReadOnlyList<string> suggestions)
    {
        var entry = new Dictionary<string, object?>
        {
            ["path"] = context.ResponsePath.ToArray(),
            ["argument"] = argument,
            ["value"] = value.Length <= 100 ? value : value[..100] + "…",
            ["suggestions"] = suggestions.ToArray(),
            ["message"] = $"No province or district is known as '{(value.Length <= 100 ? value : value[..100] + "…")}'.{UnknownValues.DidYouMean(suggestions)}",
        };
        lock (context.OutputExtensions)
        {
            if (context.OutputExtensions.TryGetValue(ExtensionKey, out var existing) && existing is List<object?> list)
            {
                list.Add(entry);
            }
            else
            {
                context.OutputExtensions[ExtensionKey] = new List<object?> { entry };
            }
        }
    }
}
