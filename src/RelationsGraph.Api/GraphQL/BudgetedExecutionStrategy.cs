using System.Threading.RateLimiting;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// Serial execution (every resolver reads the in-memory snapshot synchronously, so running fields in parallel only
/// adds tasks) that keeps to the request's <see cref="RequestBudget"/>: a query estimated as heavy first waits for
/// one of a few heavy slots, so a burst of expensive queries takes at most those cores and cheap queries keep
/// their speed; every value of the answer is counted and execution stops past the maximum; errors past the maximum
/// are counted instead of listed.
/// </summary>
internal sealed class BudgetedExecutionStrategy : SerialExecutionStrategy, IDisposable
{
    private readonly ConcurrencyLimiter _heavySlots;
    private readonly int _heavyComplexity;

    public BudgetedExecutionStrategy(IOptions<GraphQLLimits> options)
    {
        var limits = options.Value;
        _heavyComplexity = limits.HeavyComplexity;
        _heavySlots = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = limits.MaxConcurrentHeavyRequests,
            QueueLimit = limits.MaxQueuedHeavyRequests,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    public override async Task<ExecutionResult> ExecuteAsync(global::GraphQL.Execution.ExecutionContext context)
    {
        if (RequestBudget.Of(context.UserContext) is { } budget && budget.Complexity > _heavyComplexity)
        {
            var slot = await _heavySlots.AcquireAsync(1, context.CancellationToken);
            if (!slot.IsAcquired)
            {
                slot.Dispose();
                throw new ExecutionError("The server is busy with other expensive queries; try again shortly, or ask for less.") { Code = ErrorCodes.ServerBusy };
            }

            budget.HoldHeavySlot(slot);
        }

        return await base.ExecuteAsync(context);
    }

    public void Dispose() => _heavySlots.Dispose();

    protected override void SetSubFieldNodes(global::GraphQL.Execution.ExecutionContext context, ObjectExecutionNode parent)
    {
        base.SetSubFieldNodes(context, parent);
        RequestBudget.Of(context.UserContext)?.CountResultNodes(parent.SubFields?.Length ?? 0);
    }

    protected override async Task SetArrayItemNodesAsync(global::GraphQL.Execution.ExecutionContext context, ArrayExecutionNode parent)
    {
        // Counted before the items are built where the list knows its size, so an oversized list is never expanded.
        var budget = RequestBudget.Of(context.UserContext);
        var known = parent.Result is System.Collections.ICollection collection ? collection.Count : -1;
        if (known >= 0)
        {
            budget?.CountResultNodes(known);
        }

        await base.SetArrayItemNodesAsync(context, parent);
        if (known < 0)
        {
            budget?.CountResultNodes(parent.Items?.Count ?? 0);
        }
    }

    protected override void SetNodeError(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node, ExecutionError error)
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
}
