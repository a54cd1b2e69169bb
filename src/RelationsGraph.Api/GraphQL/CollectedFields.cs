using System.Text.Json;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// The fields each selection set selects on each object type, collected once per request (fragments expanded,
/// <c>@skip</c> and <c>@include</c> applied, fields of the same response name merged) and reused for every object of
/// that type in the answer: graphql-dotnet collects them again, with a dictionary, for every object of every list.
/// The collection depends on the request's variables (through <c>@skip</c>/<c>@include</c>) and merged fields are
/// new syntax nodes registered in the request's argument values, so nothing is kept beyond the request.
/// </summary>
internal sealed class CollectedFields(
    RequestBudget? budget,
    Func<IGraphType, GraphQLSelectionSet?, Dictionary<string, (GraphQLField Field, FieldType FieldType)>> collect,
    Func<string, JsonEncodedText> encodeName)
{
    public const string UserContextKey = "RelationsGraph:CollectedFields";

    private readonly Dictionary<(IGraphType Type, GraphQLSelectionSet? SelectionSet), CollectedField[]> _fields = new(SelectionComparer.Instance);

    /// <summary>The budget of the request, if it runs within one.</summary>
    public RequestBudget? Budget { get; } = budget;

    public static CollectedFields Of(ExecutionContext context) =>
        context.UserContext.TryGetValue(UserContextKey, out var fields) && fields is CollectedFields collected
            ? collected
            : throw new InvalidOperationException("The request's collected fields are set when its execution starts.");

    /// <summary>The fields, in response order, that <paramref name="selectionSet"/> selects on <paramref name="type"/>.</summary>
    public CollectedField[] Of(IGraphType type, GraphQLSelectionSet? selectionSet)
    {
        if (!_fields.TryGetValue((type, selectionSet), out var fields))
        {
            var collected = collect(type, selectionSet);
            fields = new CollectedField[collected.Count];
            var index = 0;
            foreach (var (name, (field, definition)) in collected)
            {
                fields[index++] = new CollectedField(name, encodeName(name), field, definition);
            }

            _fields.Add((type, selectionSet), fields);
        }

        return fields;
    }

    /// <summary>Types and syntax nodes are the same instances throughout a request: compared by reference.</summary>
    internal sealed class SelectionComparer : IEqualityComparer<(IGraphType Type, GraphQLSelectionSet? SelectionSet)>
    {
        public static readonly SelectionComparer Instance = new();

        public bool Equals((IGraphType Type, GraphQLSelectionSet? SelectionSet) x, (IGraphType Type, GraphQLSelectionSet? SelectionSet) y) =>
            ReferenceEquals(x.Type, y.Type) && ReferenceEquals(x.SelectionSet, y.SelectionSet);

        public int GetHashCode((IGraphType Type, GraphQLSelectionSet? SelectionSet) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Type), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.SelectionSet));
    }
}

/// <summary>
/// One field of a selection set: its response name (alias or name), that name as the answer's JSON writes it (named
/// and escaped once per request rather than for every object), its syntax node and its definition.
/// </summary>
internal readonly record struct CollectedField(string Name, JsonEncodedText JsonName, GraphQLField Field, FieldType Definition);
