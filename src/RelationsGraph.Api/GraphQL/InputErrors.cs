using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using GraphQL.Validation;
using RelationsGraph.Common;
using RelationsGraph.Gazetteer;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// Makes the errors GraphQL's own validation gives for an argument value say what a journalist needs: an unknown
/// enumeration value (a kind, level, status…) gets the same <see cref="UnknownValues.Code"/> error with up to three
/// suggestions as an unknown province, country or field; a malformed date says the expected form. Both in a literal
/// (<c>kinds: [MOUU]</c>) and in a variable. The errors stay validation errors, with their locations.
/// </summary>
internal sealed partial class InputErrors : IConfigureExecution
{
    public const string InvalidDateCode = "INVALID_DATE";

    public float SortOrder => 100;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        // An answer without errors, finished already (every cached query's is): handed on as it is, no task of ours.
        var executing = next(options);
        return executing.IsCompletedSuccessfully && executing.Result.Errors is not { Count: > 0 } ? executing : RewriteAsync(executing, options);
    }

    private static async Task<ExecutionResult> RewriteAsync(Task<ExecutionResult> executing, ExecutionOptions options)
    {
        var result = await executing;
        if (result.Errors is not { Count: > 0 } errors || options.Schema is not { } schema)
        {
            return result;
        }

        if (!errors.Any(error => Rewrite(error, schema) is not null))
        {
            return result;
        }

        var rewritten = new ExecutionErrors();
        foreach (var error in errors)
        {
            rewritten.Add(Rewrite(error, schema) ?? error);
        }

        result.Errors = rewritten;
        return result;
    }

    private static ExecutionError? Rewrite(ExecutionError error, ISchema schema)
    {
        if (error is not ValidationError)
        {
            return null;
        }

        string argument, typeName, value;
        if (LiteralPattern().Match(error.Message) is { Success: true } literal)
        {
            (argument, typeName, value) = (literal.Groups["argument"].Value, literal.Groups["type"].Value, Unquote(literal.Groups["value"].Value));
        }
        else if (VariablePattern().Match(error.Message) is { Success: true } variable)
        {
            (argument, typeName, value) = ("$" + variable.Groups["variable"].Value, variable.Groups["type"].Value, variable.Groups["value"].Value);
        }
        else
        {
            return null;
        }

        var type = schema.AllTypes[typeName];
        string message;
        string code;
        IReadOnlyList<string> suggestions = [];
        if (type is DateOnlyGraphType)
        {
            code = InvalidDateCode;
            message = $"Argument '{argument}': '{Shorten(value)}' is not a date. Expected the form yyyy-MM-dd (ISO 8601), e.g. 2024-01-01.";
        }
        else if (type is EnumerationGraphType enumeration)
        {
            code = UnknownValues.Code;
            var names = enumeration.Values.Select(enumValue => enumValue.Name).ToList();
            suggestions = Suggestions.Closest(value, names.Select(name => (NameKey.Normalize(name), name)));
            message = $"Argument '{argument}': no {typeName} is known as '{Shorten(value)}' (one of {string.Join(", ", names)}).{UnknownValues.DidYouMean(suggestions)}";
        }
        else
        {
            return null;
        }

        var replacement = new ValidationError(message) { Code = code, Path = error.Path };
        foreach (var location in error.Locations ?? [])
        {
            replacement.AddLocation(location);
        }

        if (code == UnknownValues.Code)
        {
            UnknownValues.AddData(replacement, argument, value, suggestions);
        }

        return replacement;
    }

    private static string Unquote(string value) => value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;

    private static string Shorten(string value) => value.Length <= 100 ? value : value[..100] + "…";

    // "Argument 'kinds' has invalid value. In element #1: [Expected type 'InstrumentKind', found MOUU.]", and inside an
    // input object "… In field 'field': [Expected type 'InstrumentOrderField', found TITEL.]"
    [GeneratedRegex(@"^Argument '(?<argument>[^']+)' has invalid value\. (?:In (?:element #\d+|field '[^']+'): \[)*Expected type '(?<type>\w+)', found (?<value>.*?)\.\]*$", RegexOptions.Singleline)]
    private static partial Regex LiteralPattern();

    // "Variable '$k[0]' is invalid. Unable to convert 'MOUU' to 'InstrumentKind'"
    [GeneratedRegex(@"^Variable '\$(?<variable>[^']+)' is invalid\. Unable to convert '(?<value>.*)' to '(?<type>\w+)'$", RegexOptions.Singleline)]
    private static partial Regex VariablePattern();
}
