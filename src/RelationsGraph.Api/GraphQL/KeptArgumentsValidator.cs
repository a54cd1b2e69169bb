using System.Collections.ObjectModel;
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

    /// <summary>
    /// What validating <paramref name="operation"/> with no rule gives a request (its kept values), without
    /// validating: null while its values are not kept.
    /// </summary>
    public IValidationResult? KeptResultOf(GraphQLOperationDefinition operation) =>
        _kept.TryGetValue(operation, out var kept) ? kept.ForRequest() : null;

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (!RunsNoRule(options) || options.Operation is not { } operation || operation.Variables is { Count: > 0 })
        {
            return _validator.ValidateAsync(options);
        }

        return _kept.TryGetValue(operation, out var kept)
            ? kept.ForRequestTask()
            : ValidateAndKeepAsync(options, operation);
    }

    private async Task<IValidationResult> ValidateAndKeepAsync(ValidationOptions options, GraphQLOperationDefinition operation)
    {
        var result = await _validator.ValidateAsync(options);
        if (result.IsValid)
        {
            var kept = new KeptValues(result.ArgumentValues, result.DirectiveValues, new KeptSelections(options.Document, operation), MayMerge(options.Document, operation));
            _kept.TryAdd(operation, kept);
            return kept.ForRequest();
        }

        return result;
    }

    private static bool RunsNoRule(in ValidationOptions options) =>
        options.Rules is { } rules && !rules.Any();

    /// <summary>
    /// Whether executing the operation could merge fields: two selections of one response name in a selection set,
    /// counting those of its inline fragments and the fragments it spreads (whatever their type conditions, and a
    /// fragment spread twice, so the answer errs towards copying). Only a merge makes execution add to the tables.
    /// </summary>
    internal static bool MayMerge(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment)
            {
                fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
            }
        }

        var seen = new HashSet<GraphQLSelectionSet>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<GraphQLSelectionSet>();
        pending.Push(operation.SelectionSet);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var spread = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var selectionSet))
        {
            names.Clear();
            spread.Clear();
            if (seen.Add(selectionSet) && HasTwice(selectionSet))
            {
                return true;
            }
        }

        return false;

        // The selection set's response names, its fragments' included; the fields' own selection sets are pending.
        bool HasTwice(GraphQLSelectionSet selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        if (!names.Add((field.Alias?.Name ?? field.Name).StringValue))
                        {
                            return true;
                        }

                        if (field.SelectionSet is { } fieldSelections)
                        {
                            pending.Push(fieldSelections);
                        }

                        break;
                    case GraphQLInlineFragment inline when HasTwice(inline.SelectionSet):
                        return true;
                    case GraphQLFragmentSpread fragmentSpread:
                        var name = fragmentSpread.FragmentName.Name.StringValue;
                        if (!spread.Add(name) || (fragments.TryGetValue(name, out var fragment) && HasTwice(fragment.SelectionSet)))
                        {
                            return true;
                        }

                        break;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The parsed values of one operation. When executing it can merge no fields, nothing adds to its tables and every
    /// request is given the same ones, read-only (a write would throw rather than reach another request); otherwise
    /// each request gets a copy of its own to add its merged fields to.
    /// </summary>
    private sealed class KeptValues(
        IReadOnlyDictionary<GraphQLField, IDictionary<string, ArgumentValue>>? arguments,
        IReadOnlyDictionary<ASTNode, IDictionary<string, DirectiveInfo>>? directives,
        KeptSelections selections,
        bool mayMerge)
    {
        private readonly Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>? _arguments = arguments is null ? null : new(arguments);
        private readonly Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>? _directives = directives is null ? null : new(directives);
        private readonly ReadOnlyDictionary<GraphQLField, IDictionary<string, ArgumentValue>>? _sharedArguments = mayMerge || arguments is null ? null : new Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>(arguments).AsReadOnly();
        private readonly ReadOnlyDictionary<ASTNode, IDictionary<string, DirectiveInfo>>? _sharedDirectives = mayMerge || directives is null ? null : new Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>(directives).AsReadOnly();

        // One result for every request when the tables are shared: nothing reads a result but to take its tables.
        private ValidationResult? _shared;

        public KeptSelections Selections { get; } = selections;

        private Task<IValidationResult>? _sharedTask;

        public IValidationResult ForRequest() => mayMerge ? NewResult() : _shared ??= NewResult();

        public Task<IValidationResult> ForRequestTask() => mayMerge ? Task.FromResult(ForRequest()) : _sharedTask ??= Task.FromResult(ForRequest());

        private ValidationResult NewResult() => new()
        {
            Variables = Variables.None,
            ArgumentValues = (IReadOnlyDictionary<GraphQLField, IDictionary<string, ArgumentValue>>?)_sharedArguments ?? (_arguments is null ? null : new Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>(_arguments)),
            DirectiveValues = (IReadOnlyDictionary<ASTNode, IDictionary<string, DirectiveInfo>>?)_sharedDirectives ?? (_directives is null ? null : new Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>(_directives)),
        };
    }
}
