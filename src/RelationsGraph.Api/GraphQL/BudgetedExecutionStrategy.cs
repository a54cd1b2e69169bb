using System.Collections;
using System.Runtime.ExceptionServices;
using System.Threading.RateLimiting;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// Serial execution that keeps to the request's <see cref="RequestBudget"/>: a query estimated as heavy first waits
/// for one of a few heavy slots, so a burst of expensive queries takes at most those cores and cheap queries keep
/// their speed; every value of the answer is counted and execution stops past the maximum; errors past the maximum
/// are counted instead of listed.
/// <para>
/// It also walks the result tree without the per-value costs of graphql-dotnet's own walk, which dominated big answers
/// (see docs/benchmarks.md): every resolver here reads the in-memory snapshot synchronously, so a field whose resolver
/// has already finished is completed in place rather than through three async methods; the fields a selection set
/// selects on an object type are collected once per request instead of once per object of every list
/// (<see cref="CollectedFields"/>); one field context is reused from field to field. The outcome is the same tree
/// of execution nodes, errors and null propagation as graphql-dotnet's serial strategy.
/// </para>
/// </summary>
internal sealed class BudgetedExecutionStrategy : SerialExecutionStrategy, IDisposable
{
    private readonly ConcurrencyLimiter _heavySlots;
    private readonly int _heavyComplexity;
    private readonly AnswerSerializer _serializer;
    private readonly bool _directAnswers;
    private readonly KeptArgumentsValidator _validator;

    public BudgetedExecutionStrategy(IOptions<GraphQLLimits> options, AnswerSerializer serializer, KeptArgumentsValidator validator)
    {
        var limits = options.Value;
        _serializer = serializer;
        _validator = validator;
        _directAnswers = limits.DirectAnswers;
        _heavyComplexity = limits.HeavyComplexity;
        _heavySlots = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = limits.MaxConcurrentHeavyRequests,
            QueueLimit = limits.MaxQueuedHeavyRequests,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>The estimated complexity above which a query waits for a heavy slot.</summary>
    public int HeavyComplexity => _heavyComplexity;

    public override async Task<ExecutionResult> ExecuteAsync(ExecutionContext context)
    {
        var budget = RequestBudget.Of(context.UserContext);
        if (budget is not null && budget.Complexity > _heavyComplexity)
        {
            var slot = await _heavySlots.AcquireAsync(1, context.CancellationToken);
            if (!slot.IsAcquired)
            {
                slot.Dispose();
                throw new ExecutionError("The server is busy with other expensive queries; try again shortly, or ask for less.") { Code = ErrorCodes.ServerBusy };
            }

            budget.HoldHeavySlot(slot);
        }

        var fields = FieldsOf(context, budget);
        context.UserContext[CollectedFields.UserContextKey] = fields;
        try
        {
            if (_directAnswers && DirectAnswer.TryWrite(context, fields, _serializer, GetOperationRootType(context)) is { } data)
            {
                return new ExecutionResult
                {
                    Query = context.Document.Source,
                    Document = context.Document,
                    Operation = context.Operation,
                    Extensions = context.OutputExtensions,
                    Executed = true,
                    Data = data,
                };
            }

            return await base.ExecuteAsync(context);
        }
        finally
        {
            context.UserContext.Remove(CollectedFields.UserContextKey);
        }
    }

    /// <summary>
    /// The data of a query written directly (<see cref="DirectAnswer"/>) for a context built outside graphql-dotnet's
    /// executer (<see cref="CachedDocumentExecution"/>): what <see cref="ExecuteAsync"/> does for a query that takes
    /// no heavy slot. Null when the query is heavy, direct answers are off, or the answer needs the node-based walk.
    /// </summary>
    /// <exception cref="OperationCanceledException">The request was stopped (see <see cref="DirectAnswer.TryWrite"/>).</exception>
    internal RenderedData? TryWriteDirectly(ExecutionContext context)
    {
        var budget = RequestBudget.Of(context.UserContext);
        if (!_directAnswers || budget is null || budget.Complexity > _heavyComplexity)
        {
            return null;
        }

        var fields = FieldsOf(context, budget);
        context.UserContext[CollectedFields.UserContextKey] = fields;
        try
        {
            return DirectAnswer.TryWrite(context, fields, _serializer, GetOperationRootType(context));
        }
        finally
        {
            context.UserContext.Remove(CollectedFields.UserContextKey);
        }
    }

    /// <summary>The fields a selection set selects on a type, as graphql-dotnet collects them for <paramref name="context"/>.</summary>
    internal Dictionary<string, (GraphQLField Field, FieldType FieldType)> Collect(ExecutionContext context, IGraphType type, GraphQLSelectionSet? selectionSet) =>
        CollectFieldsFrom(context, type, selectionSet!, null);

    public void Dispose() => _heavySlots.Dispose();

    private CollectedFields FieldsOf(ExecutionContext context, RequestBudget? budget) =>
        new(budget, context, this, _serializer, _validator.SelectionsOf(context.Operation));

    public override async Task ExecuteNodeTreeAsync(ExecutionContext context, ExecutionNode rootNode)
    {
        var request = CollectedFields.Of(context);
        var cancellation = context.CancellationToken;
        var pending = new Stack<ExecutionNode>();
        pending.Push(rootNode);
        FieldContext? fieldContext = null;
        while (pending.TryPop(out var node))
        {
            cancellation.ThrowIfCancellationRequested();
            if (node is RootExecutionNode)
            {
                // Its fields were built (and counted) with it.
                PushChildren(pending, node);
                continue;
            }

            try
            {
                // The items of a list already hold their value; every other node is a field to resolve.
                if (node.Parent is not ArrayExecutionNode)
                {
                    fieldContext = fieldContext is null ? new FieldContext(node, context) : fieldContext.MoveTo(node);
                    var resolving = (node.FieldDefinition.Resolver ?? NameFieldResolver.Instance).ResolveAsync(fieldContext);
                    var result = resolving.IsCompletedSuccessfully ? resolving.Result : await resolving;
                    while (result is IDataLoaderResult loading)
                    {
                        result = await loading.GetResultAsync(cancellation);
                    }

                    node.Result = result;
                    if (result is IEnumerable and not string)
                    {
                        fieldContext = null;
                    }
                }

                Complete(context, request, node);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                throw;
            }
            catch (ExecutionError error)
            {
                SetNodeError(context, node, error);
            }
            catch (Exception exception)
            {
                fieldContext = null;
                if (await ProcessNodeUnhandledExceptionAsync(context, node, exception))
                {
                    ExceptionDispatchInfo.Throw(exception);
                }
            }

            PushChildren(pending, node);
        }
    }

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent) =>
        SetSubFieldNodes(context, CollectedFields.Of(context), parent);

    protected override void SetNodeError(ExecutionContext context, ExecutionNode node, ExecutionError error)
    {
        if (RequestBudget.Of(context.UserContext) is not { } budget || budget.MayListError(context.Errors.Count))
        {
            base.SetNodeError(context, node, error);
        }
        else
        {
            node.Result = null;
        }
    }

    /// <summary>
    /// What graphql-dotnet's CompleteNodeAsync does, synchronously: a scalar is serialised, the value is checked
    /// against its type, and an object or list gets the nodes of its fields or items (not yet resolved).
    /// </summary>
    private void Complete(ExecutionContext context, CollectedFields request, ExecutionNode node)
    {
        if (node is ValueExecutionNode value)
        {
            node.Result = value.GraphType.Serialize(node.Result);
        }

        ValidateNodeResult(context, node);
        if (node.Result is null)
        {
            return;
        }

        if (node is ObjectExecutionNode objectNode)
        {
            SetSubFieldNodes(context, request, objectNode);
        }
        else if (node is ArrayExecutionNode arrayNode)
        {
            SetItemNodes(request, arrayNode);
        }
    }

    private void SetSubFieldNodes(ExecutionContext context, CollectedFields request, ObjectExecutionNode parent)
    {
        var type = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        var fields = request.Of(type, parent.SelectionSet);
        request.Budget?.CountResultNodes(fields.Length);
        var nodes = new ExecutionNode[fields.Length];
        for (var index = 0; index < fields.Length; index++)
        {
            var (_, _, field, definition, _, _) = fields[index];
            nodes[index] = BuildExecutionNode(parent, definition.ResolvedType!, field, definition);
        }

        parent.SubFields = nodes;
    }

    /// <summary>
    /// The nodes of a list's items, counted before they are built where the list knows its size, so that an
    /// oversized list is never expanded. Each item is completed when the walk reaches it, as its fields are.
    /// </summary>
    private void SetItemNodes(CollectedFields request, ArrayExecutionNode parent)
    {
        var listType = (ListGraphType)parent.GraphType;
        var itemType = listType.ResolvedType!;
        var allowNulls = true;
        if (itemType is NonNullGraphType nonNull)
        {
            allowNulls = false;
            itemType = nonNull.ResolvedType!;
        }

        if (parent.Result is not IEnumerable values)
        {
            throw new InvalidOperationException($"Expected a list for field '{parent.Name}'.");
        }

        var known = values is ICollection collection ? collection.Count : -1;
        if (known >= 0)
        {
            request.Budget?.CountResultNodes(known);
        }

        if (itemType is ScalarGraphType scalar && scalar.CanSerializeList(values, allowNulls))
        {
            parent.SerializedResult = scalar.SerializeList(values);
            return;
        }

        var items = new List<ExecutionNode>(Math.Max(known, 0));
        var index = 0;
        if (values is IList list)
        {
            for (; index < list.Count; index++)
            {
                items.Add(ItemNode(parent, itemType, list[index], index));
            }
        }
        else
        {
            foreach (var item in values)
            {
                items.Add(ItemNode(parent, itemType, item, index++));
            }

            request.Budget?.CountResultNodes(items.Count);
        }

        parent.Items = items;
    }

    private ExecutionNode ItemNode(ArrayExecutionNode parent, IGraphType itemType, object? item, int index)
    {
        var node = BuildExecutionNode(parent, itemType, parent.Field, parent.FieldDefinition, index);
        node.Result = item;
        return node;
    }

    private static void PushChildren(Stack<ExecutionNode> pending, ExecutionNode node)
    {
        switch (node)
        {
            case ObjectExecutionNode { SubFields: { } fields }:
                for (var index = fields.Length - 1; index >= 0; index--)
                {
                    pending.Push(fields[index]);
                }

                break;
            case ArrayExecutionNode { Items: { } items }:
                for (var index = items.Count - 1; index >= 0; index--)
                {
                    pending.Push(items[index]);
                }

                break;
        }
    }
}
