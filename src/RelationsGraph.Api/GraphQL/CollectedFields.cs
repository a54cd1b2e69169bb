using System.Collections.Concurrent;
using System.Text.Json;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// The fields each selection set selects on each object type (fragments expanded, <c>@skip</c> and <c>@include</c>
/// applied, fields of the same response name merged), collected once and reused for every object of that type in the
/// answer: graphql-dotnet collects them again, with a dictionary, for every object of every list.
/// <para>
/// For an operation whose values are kept with its cached document (<see cref="KeptSelections"/>: no variables, so
/// <c>@skip</c>/<c>@include</c> cannot change) the collections are kept there and shared by every later request.
/// Otherwise, and for a selection that merges fields (merged fields are new syntax nodes that graphql-dotnet registers
/// in the request's argument values), they last for the request.
/// </para>
/// </summary>
/// <param name="budget">The request's budget, if it runs within one.</param>
/// <param name="context">The request's execution.</param>
/// <param name="collector">What collects a selection set's fields for the execution (the strategy's own rules), held
/// rather than a delegate over the request, which would be two more objects per request.</param>
/// <param name="serializer">The answer's serializer.</param>
/// <param name="kept">The collections kept with the cached document, if it keeps them.</param>
internal sealed class CollectedFields(
    RequestBudget? budget,
    ExecutionContext context,
    BudgetedExecutionStrategy collector,
    AnswerSerializer serializer,
    KeptSelections? kept)
{
    public const string UserContextKey = "RelationsGraph:CollectedFields";

    private Dictionary<(IGraphType Type, GraphQLSelectionSet? SelectionSet), CollectedField[]>? _fields;

    /// <summary>The budget of the request, if it runs within one.</summary>
    public RequestBudget? Budget { get; } = budget;

    public static CollectedFields Of(ExecutionContext context) =>
        context.UserContext.TryGetValue(UserContextKey, out var fields) && fields is CollectedFields collected
            ? collected
            : throw new InvalidOperationException("The request's collected fields are set when its execution starts.");

    /// <summary>The fields, in response order, that <paramref name="selectionSet"/> selects on <paramref name="type"/>.</summary>
    public CollectedField[] Of(IGraphType type, GraphQLSelectionSet? selectionSet) => Of(type, selectionSet, out _);

    /// <summary>
    /// The fields, in response order, that <paramref name="selectionSet"/> selects on <paramref name="type"/>;
    /// <paramref name="shared"/> says whether they are kept with the cached document (the same for every request).
    /// </summary>
    public CollectedField[] Of(IGraphType type, GraphQLSelectionSet? selectionSet, out bool shared)
    {
        shared = true;
        if (kept is not null && kept.TryGet(type, selectionSet, out var fields))
        {
            return fields;
        }

        _fields ??= new Dictionary<(IGraphType Type, GraphQLSelectionSet? SelectionSet), CollectedField[]>(SelectionComparer.Instance);
        if (!_fields.TryGetValue((type, selectionSet), out fields))
        {
            var collected = collector.Collect(context, type, selectionSet);
            fields = new CollectedField[collected.Count];
            var index = 0;
            foreach (var (name, (field, definition)) in collected)
            {
                var resolver = definition.Resolver as FieldResolvers.Resolver;
                fields[index++] = new CollectedField(name, serializer.EncodePropertyName(name), field, definition, new FieldOutput(definition.ResolvedType!, resolver, serializer), resolver);
            }

            if (kept is null || !kept.TryKeep(type, selectionSet, fields))
            {
                _fields.Add((type, selectionSet), fields);
                shared = false;
            }

            return fields;
        }

        shared = false;
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
/// The collected fields of one operation without variables, shared by the requests of its cached document: a
/// collection depends only on the document and the schema then. Only selections made of the document's own syntax
/// nodes are kept; one that merges fields holds nodes made for a request and stays with that request.
/// </summary>
internal sealed class KeptSelections(GraphQLDocument document, GraphQLOperationDefinition operation)
{
    private readonly ConcurrentDictionary<(IGraphType Type, GraphQLSelectionSet? SelectionSet), CollectedField[]> _fields = new(CollectedFields.SelectionComparer.Instance);
    private readonly Lazy<HashSet<ASTNode>> _documentNodes = new(() => DocumentNodes(document, operation));

    public bool TryGet(IGraphType type, GraphQLSelectionSet? selectionSet, out CollectedField[] fields) =>
        _fields.TryGetValue((type, selectionSet), out fields!);

    /// <summary>Keeps the fields unless the selection set or one of its fields is not the document's own node.</summary>
    public bool TryKeep(IGraphType type, GraphQLSelectionSet? selectionSet, CollectedField[] fields)
    {
        var nodes = _documentNodes.Value;
        if (selectionSet is null || !nodes.Contains(selectionSet) || fields.Any(field => !nodes.Contains(field.Field)))
        {
            return false;
        }

        _fields.TryAdd((type, selectionSet), fields);
        return true;
    }

    /// <summary>The selection sets and fields of the operation and of every fragment it spreads.</summary>
    private static HashSet<ASTNode> DocumentNodes(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var nodes = new HashSet<ASTNode>(ReferenceEqualityComparer.Instance);
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }

        var spread = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<GraphQLSelectionSet>();
        pending.Push(operation.SelectionSet);
        while (pending.TryPop(out var selectionSet))
        {
            if (!nodes.Add(selectionSet))
            {
                continue;
            }

            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        nodes.Add(field);
                        if (field.SelectionSet is { } fieldSelections)
                        {
                            pending.Push(fieldSelections);
                        }

                        break;
                    case GraphQLInlineFragment inline:
                        pending.Push(inline.SelectionSet);
                        break;
                    case GraphQLFragmentSpread fragmentSpread when spread.Add(fragmentSpread.FragmentName.Name.StringValue):
                        if (fragments.TryGetValue(fragmentSpread.FragmentName.Name.StringValue, out var fragment))
                        {
                            pending.Push(fragment.SelectionSet);
                        }

                        break;
                }
            }
        }

        return nodes;
    }
}

/// <summary>
/// One field of a selection set: its response name (alias or name), that name as the answer's JSON writes it (named
/// and escaped once rather than for every object), its syntax node, its definition, its output type taken apart, and
/// its resolver when it is one of the schema's own (<see cref="FieldResolvers.Resolver"/>, called without a task).
/// </summary>
internal readonly record struct CollectedField(string Name, JsonEncodedText JsonName, GraphQLField Field, FieldType Definition, FieldOutput Output, FieldResolvers.Resolver? Resolver);

/// <summary>
/// An output type taken apart once per field of a selection: whether it is non-null, and what it is under that (a
/// scalar, a list of what, an object or an abstract type), which would otherwise be type checks for every value; for
/// a scalar, the writer of its values when the field's resolver and the serializer allow one.
/// </summary>
internal sealed class FieldOutput
{
    /// <param name="type">The field's output type.</param>
    /// <param name="resolver">The field's resolver, when it is one of the schema's own.</param>
    /// <param name="serializer">The answer's serializer, which decides whether scalars may be written directly.</param>
    public FieldOutput(IGraphType type, FieldResolvers.Resolver? resolver = null, AnswerSerializer? serializer = null)
    {
        if (type is NonNullGraphType required)
        {
            NonNull = true;
            type = required.ResolvedType!;
        }

        Scalar = type as ScalarGraphType;
        Item = type is ListGraphType list ? new FieldOutput(list.ResolvedType!) : null;
        Object = Scalar is null && Item is null ? type as IObjectGraphType : null;
        Abstract = Scalar is null && Item is null && Object is null ? type as IAbstractGraphType : null;
        Writer = Scalar is not null && resolver is not null && serializer is { WritesPlainScalars: true }
            ? resolver.ScalarWriter(Scalar, NonNull, serializer.Options.Encoder)
            : null;
    }

    public bool NonNull { get; }

    public ScalarGraphType? Scalar { get; }

    /// <summary>The items' type when this is a list.</summary>
    public FieldOutput? Item { get; }

    public IObjectGraphType? Object { get; }

    public IAbstractGraphType? Abstract { get; }

    /// <summary>
    /// For an object type: the last class of value found not to be a data loader's result (<see cref="DirectAnswer"/>
    /// tests a value of another class; written by any request, a reference read and written whole).
    /// </summary>
    public Type? PlainObjectType { get; set; }

    /// <summary>For a scalar field, its values written from the source in one call (<see cref="DirectScalar"/>), when possible.</summary>
    public DirectScalar? Writer { get; }

    /// <summary>
    /// For an object type: the fields its field's selection set selects on it, once they are known to be kept with
    /// the cached document. An output belongs to one collected field, so the pair (type, selection set) is always the
    /// same here, and the kept fields are the same for every request: each object written then skips the look-up.
    /// </summary>
    public CollectedField[]? KeptFields { get; set; }
}
