using GraphQL;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// The one error every argument naming something unknown gets (a province, country, field of cooperation or kind):
/// code <see cref="Code"/>, a message ending with up to three suggestions ("Did you mean Bac Giang?"), and the
/// argument, the value and the suggestions in the error's <c>extensions</c>.
/// </summary>
internal static class UnknownValues
{
    public const string Code = "UNKNOWN_VALUE";

    public static ExecutionError Error(string argument, string value, string what, IReadOnlyList<string> suggestions)
    {
        var error = new ExecutionError(Message(argument, value, what, suggestions)) { Code = Code };
        AddData(error, argument, value, suggestions);
        return error;
    }

    public static string Message(string argument, string value, string what, IReadOnlyList<string> suggestions) =>
        $"Argument '{argument}': no {what} is known as '{Shorten(value)}'.{DidYouMean(suggestions)}";

    public static void AddData(ExecutionError error, string argument, string value, IReadOnlyList<string> suggestions)
    {
        error.AddExtension("argument", argument);
        error.AddExtension("value", Shorten(value));
        error.AddExtension("suggestions", suggestions.ToArray());
    }

    public static string DidYouMean(IReadOnlyList<string> suggestions) => suggestions.Count switch
    {
        0 => string.Empty,
        1 => $" Did you mean {suggestions[0]}?",
        _ => $" Did you mean {string.Join(", ", suggestions.Take(suggestions.Count - 1))} or {suggestions[^1]}?",
    };

    private static string Shorten(string value) => value.Length <= 100 ? value : value[..100] + "…";
}
