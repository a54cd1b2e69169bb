using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// graphql-dotnet's validator, which keeps the argument and directive values of an operation without variables once
/// they are parsed, and with them a place for the operation's collected fields (<see cref="KeptSelections"/>). When a
/// cached document runs no validation rule (<see cref="DocumentCache"/> decides that), all the validator does is parse
/// each field's literal arguments, walking the whole document: for an operation without variables the values are the
/// same on every request, so the second request takes the values parsed for the first.
/// <para>
/// Each request gets its own copy of the two tables, since execution adds the fields it merges to them; the values
/// themselves are shared, as graphql-dotnet already shares a field's default argument values between requests (no
/// resolver changes an argument's value). The kept values belong to the operation's syntax node, so they go when
/// the document leaves the cache. A document with variables, or one that runs rules, is validated as before.
/// </para>
/// </summary>
internal sealed class KeptArgumentsValidator : IDocumentValidator
{
    private readonly DocumentValidator _validator = new();
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, KeptValues> _kept = [];

    /// <summary>
    /// The collected fields kept for <paramref name="operation"/>, or null while its values are not kept (a document
    /// with variables, one not cached yet, or one that ran rules on every request).
    /// </summary>
    public KeptSelections? SelectionsOf(GraphQLOperationDefinition operation) =>
        _kept.TryGetValue(operation, out var kept) ? kept.Selections : null;

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (!RunsNoRule(options) || options.Operation is not { } operation || operation.Variables is { Count: > 0 })
        {
            return _validator.ValidateAsync(options);
        }

        return _kept.TryGetValue(operation, out var kept)
            ? Task.FromResult(kept.ForRequest())
            : ValidateAndKeepAsync(options, operation);
    }

    private async Task<IValidationResult> ValidateAndKeepAsync(ValidationOptions options, GraphQLOperationDefinition operation)
    {
        var result = await _validator.ValidateAsync(options);
        if (result.IsValid)
        {
            var kept = new KeptValues(result.ArgumentValues, result.DirectiveValues, new KeptSelections(options.Document, operation));
            _kept.TryAdd(operation, kept);
            return kept.ForRequest();
        }

        return result;
    }

    private static bool RunsNoRule(in ValidationOptions options) =>
        options.Rules is { } rules && !rules.Any();

    /// <summary>The parsed values of one operation, copied into tables of the request's own for each request.</summary>
    private sealed class KeptValues(
        IReadOnlyDictionary<GraphQLField, IDictionary<string, ArgumentValue>>? arguments,
        IReadOnlyDictionary<ASTNode, IDictionary<string, DirectiveInfo>>? directives,
        KeptSelections selections)
    {
        private readonly Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>? _arguments = arguments is null ? null : new(arguments);
        private readonly Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>? _directives = directives is null ? null : new(directives);

        public KeptSelections Selections { get; } = selections;

        public IValidationResult ForRequest() => new ValidationResult
        {
            Variables = Variables.None,
            ArgumentValues = _arguments is null ? null : new Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>(_arguments),
            DirectiveValues = _directives is null ? null : new Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>(_directives),
        };
    }
}
