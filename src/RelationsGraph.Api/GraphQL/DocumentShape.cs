using GraphQL;
using GraphQL.DI;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// Parses a query that is not in the document cache and refuses, before any validation rule runs, a document whose
/// shape alone would make validation or execution costly: more fields than allowed once fragment spreads are
/// expanded (a fragment spreading another twice, 40 levels deep, is 2^40 fields), deeper than allowed, too many
/// selections of one response name in a selection set (validation compares them pairwise), too many directives, or
/// an operation other than a query. Fragment sizes are memoised, so the check is linear in the document's size. Too
/// many fields or directives written out in the text are refused before parsing (<see cref="QueryScan"/>).
/// </summary>
internal sealed class DocumentShape(IOptions<GraphQLLimits> limits) : IConfigureExecution
{
    // Nesting of the parser's syntax tree (a field level is two or three nodes); well above MaxDepth fields.
    private const int ParserMaxDepth = 100;

    public float SortOrder => 250;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return next(options);
        }

        // What the text writes out is counted before it is parsed: refusing a document's text costs a pass over it,
        // parsing it first cost up to ten times more for the largest ones. A document nested deeper than allowed is
        // left to the parser and the depth check, so that it is refused as too deep whatever else it holds.
        var written = QueryScan.Count(query);
        if (written.Depth <= limits.Value.MaxDepth && written.Directives > limits.Value.MaxDirectives)
        {
            return Task.FromResult(new ExecutionResult(TooManyDirectives(written.Directives, limits.Value)));
        }

        if (written.Depth <= limits.Value.MaxDepth && written.Fields > limits.Value.MaxFields)
        {
            return Task.FromResult(new ExecutionResult(TooManyFields("at least " + Format(written.Fields), limits.Value)));
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = ParserMaxDepth });
        }
        catch (GraphQLMaxDepthExceededException exception)
        {
            return Refuse(new ExecutionError($"The query nests deeper than {ParserMaxDepth} syntax levels; at most {limits.Value.MaxDepth} levels of fields are allowed.") { Code = ErrorCodes.QueryTooDeep }, exception);
        }
        catch (GraphQLSyntaxErrorException exception)
        {
            return Refuse(new ExecutionError("Syntax error: " + exception.Description) { Code = ErrorCodes.SyntaxError }, exception);
        }

        if (Check(document, limits.Value) is { } error)
        {
            return Task.FromResult(new ExecutionResult(error));
        }

        options.Document = document;
        return next(options);
    }

    /// <summary>The first shape limit the document breaks, or null when it keeps them all.</summary>
    public static ExecutionError? Check(GraphQLDocument document, GraphQLLimits limits)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        var directives = 0;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition { Operation: not OperationType.Query } operation:
                    var kind = operation.Operation.ToString().ToLowerInvariant();
                    return new ExecutionError($"This API is read-only: it answers queries, and a {kind} operation is not supported.") { Code = ErrorCodes.OperationNotSupported };
                case GraphQLFragmentDefinition fragment:
                    fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
                    break;
            }

            directives += CountDirectives(definition);
        }

        if (directives > limits.MaxDirectives)
        {
            return TooManyDirectives(directives, limits);
        }

        var expansion = new Expansion(fragments);
        long fields = 0;
        var depth = 0;
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var size = expansion.Measure(operation.SelectionSet);
            fields = Math.Min(long.MaxValue / 2, fields + size.Fields);
            depth = Math.Max(depth, size.Depth);
        }

        if (fields > limits.MaxFields)
        {
            return TooManyFields(fields >= Expansion.Saturated ? "more than a billion" : Format(fields), limits);
        }

        if (depth > limits.MaxDepth)
        {
            return new ExecutionError($"The query nests fields {depth} levels deep; at most {limits.MaxDepth} are allowed.") { Code = ErrorCodes.QueryTooDeep };
        }

        // The document is now small once expanded, so its merged selection sets can be walked as execution would.
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            if (expansion.FindDuplicates([operation.SelectionSet], limits.MaxSameNameFields) is { } name)
            {
                return new ExecutionError($"The query selects '{name}' more than {limits.MaxSameNameFields} times in one selection set.") { Code = ErrorCodes.TooManyDuplicateFields };
            }
        }

        return null;
    }

    private static ExecutionError TooManyDirectives(int directives, GraphQLLimits limits) =>
        new($"The query has {directives} directives; at most {limits.MaxDirectives} are allowed.") { Code = ErrorCodes.TooManyDirectives };

    private static ExecutionError TooManyFields(string count, GraphQLLimits limits) =>
        new($"The query selects {count} fields once its fragments are expanded; at most {limits.MaxFields:N0} are allowed.") { Code = ErrorCodes.TooManyFields };

    private static string Format(long count) => count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static Task<ExecutionResult> Refuse(ExecutionError error, GraphQLParserException exception)
    {
        error.AddLocation(exception.Location);
        return Task.FromResult(new ExecutionResult(error));
    }

    private static int CountDirectives(ASTNode node)
    {
        var count = node is IHasDirectivesNode { Directives: { } directives } ? directives.Count : 0;
        var selectionSet = node switch
        {
            GraphQLOperationDefinition operation => operation.SelectionSet,
            GraphQLFragmentDefinition fragment => fragment.SelectionSet,
            GraphQLField field => field.SelectionSet,
            GraphQLInlineFragment inline => inline.SelectionSet,
            _ => null,
        };
        if (node is GraphQLOperationDefinition { Variables: { } variables })
        {
            count += variables.Items.Sum(variable => variable.Directives?.Count ?? 0);
        }

        foreach (var selection in selectionSet?.Selections ?? [])
        {
            count += CountDirectives(selection);
        }

        return count;
    }

    private sealed class Expansion(Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        public const long Saturated = 1_000_000_000;

        private readonly Dictionary<string, (long Fields, int Depth)> _measured = new(StringComparer.Ordinal);
        private readonly HashSet<string> _measuring = new(StringComparer.Ordinal);

        /// <summary>Fields and depth of a selection set with every spread expanded (a cycle counts nothing: validation reports it).</summary>
        public (long Fields, int Depth) Measure(GraphQLSelectionSet? selectionSet)
        {
            long fields = 0;
            var depth = 0;
            foreach (var selection in selectionSet?.Selections ?? [])
            {
                var (f, d) = selection switch
                {
                    GraphQLField field => Child(Measure(field.SelectionSet)),
                    GraphQLInlineFragment inline => Measure(inline.SelectionSet),
                    GraphQLFragmentSpread spread => MeasureFragment(spread.FragmentName.Name.StringValue),
                    _ => (0, 0),
                };
                fields = Math.Min(Saturated, fields + f);
                depth = Math.Max(depth, d);
            }

            return (fields, depth);
        }

        /// <summary>The first response name selected more than <paramref name="max"/> times in one merged selection set.</summary>
        public string? FindDuplicates(IReadOnlyList<GraphQLSelectionSet> selectionSets, int max)
        {
            var groups = new Dictionary<string, List<GraphQLField>>(StringComparer.Ordinal);
            var visiting = new HashSet<string>(StringComparer.Ordinal);
            foreach (var selectionSet in selectionSets)
            {
                Collect(selectionSet, groups, visiting);
            }

            foreach (var (name, fields) in groups)
            {
                if (fields.Count > max)
                {
                    return name;
                }

                var children = fields.Where(field => field.SelectionSet is not null).Select(field => field.SelectionSet!).ToList();
                if (children.Count > 0 && FindDuplicates(children, max) is { } nested)
                {
                    return nested;
                }
            }

            return null;
        }

        private static (long Fields, int Depth) Child((long Fields, int Depth) children) => (children.Fields + 1, children.Depth + 1);

        private (long Fields, int Depth) MeasureFragment(string name)
        {
            if (_measured.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!fragments.TryGetValue(name, out var fragment) || !_measuring.Add(name))
            {
                return (0, 0);
            }

            var size = Measure(fragment.SelectionSet);
            _measuring.Remove(name);
            _measured[name] = size;
            return size;
        }

        private void Collect(GraphQLSelectionSet selectionSet, Dictionary<string, List<GraphQLField>> groups, HashSet<string> visiting)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        var name = (field.Alias?.Name ?? field.Name).StringValue;
                        if (!groups.TryGetValue(name, out var list))
                        {
                            groups[name] = list = [];
                        }

                        list.Add(field);
                        break;
                    case GraphQLInlineFragment inline:
                        Collect(inline.SelectionSet, groups, visiting);
                        break;
                    case GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) && visiting.Add(fragment.FragmentName.Name.StringValue):
                        Collect(fragment.SelectionSet, groups, visiting);
                        visiting.Remove(fragment.FragmentName.Name.StringValue);
                        break;
                }
            }
        }
    }
}
