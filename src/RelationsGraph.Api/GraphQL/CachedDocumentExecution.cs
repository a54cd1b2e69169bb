using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// Answers a request for a cached document that runs no validation rule (no variables, its cost estimated on the
/// current graph, see <see cref="DocumentCache"/>) without graphql-dotnet's <c>DocumentExecuter</c>: for such a
/// request the executer's pipeline (its options, the configure-execution chain with a delegate and a task at each
/// step, the validation result, metrics, the tasks of its async methods) decides nothing, and under load its
/// allocations are what the API's trivial requests are collected for (docs/benchmarks.md, branch answers-14).
/// <para>
/// The execution context is the one the executer would build, and the data is written by the same strategy
/// (<see cref="BudgetedExecutionStrategy.TryWriteDirectly"/>). Only a complete answer of data alone is given here:
/// anything else (an error, extensions, an awaited resolver, a heavy query, introspection, a document with several
/// operations and no name) returns null and the request goes through the executer, which answers as before; a
/// document whose answer needed the executer once goes there from then on.
/// </para>
/// </summary>
internal sealed class CachedDocumentExecution(
    IEnumerable<IConfigureExecution> configurations,
    KeptArgumentsValidator validator,
    IExecutionStrategySelector strategies,
    RelationsSchema schema)
{
    private readonly DocumentCache? _documents = configurations.OfType<DocumentCache>().SingleOrDefault();

    /// <summary>The answer, or null when the request must go through the executer.</summary>
    /// <exception cref="OperationCanceledException">The request was stopped: its time is up, the client went away, or
    /// the answer grew past the budget (recorded in the budget), exactly as the executer would have thrown.</exception>
    public ExecutionResult? TryExecute(GraphQLRequest request, object root, IServiceProvider services, RequestBudget budget)
    {
        if (_documents is null || !schema.Initialized || request.Query is not { } query
            || request.Variables is { Count: > 0 } || request.Extensions is { Count: > 0 }
            || _documents.RunningNoRule(query, budget) is not { } cached
            || OperationOf(cached.Document, request.OperationName) is not { } operation
            || validator.KeptResultOf(operation) is not { } validation)
        {
            return null;
        }

        var context = new ExecutionContext
        {
            Document = cached.Document,
            Schema = schema,
            RootValue = root,
            UserContext = budget.UserContext,
            Operation = operation,
            Variables = validation.Variables ?? Variables.None,
            ArgumentValues = validation.ArgumentValues,
            DirectiveValues = validation.DirectiveValues,
            Errors = [],
            InputExtensions = Inputs.Empty,
            OutputExtensions = new Dictionary<string, object?>(),
            CancellationToken = budget.Token,
            Metrics = Metrics.None,
            RequestServices = services,
        };
        if (strategies.Select(context) is not BudgetedExecutionStrategy strategy)
        {
            return null;
        }

        context.ExecutionStrategy = strategy;
        var data = strategy.TryWriteDirectly(context);
        if (data is null || context.Errors.Count > 0 || context.OutputExtensions.Count > 0)
        {
            data?.Dispose();
            // Heavy queries take the executer's path for their slot, not for anything in their answer.
            cached.AnsweredByNodes |= budget.Complexity <= strategy.HeavyComplexity;
            return null;
        }

        return new ExecutionResult
        {
            Query = query,
            Document = cached.Document,
            Operation = operation,
            Executed = true,
            Data = data,
        };
    }

    /// <summary>
    /// The operation the executer would run (the one named, or the only one when none is named) when it is a query
    /// without variables; null otherwise.
    /// </summary>
    private static GraphQLOperationDefinition? OperationOf(GraphQLDocument document, string? name)
    {
        GraphQLOperationDefinition? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation)
            {
                continue;
            }

            if (name is null)
            {
                if (found is not null)
                {
                    return null;
                }

                found = operation;
            }
            else if (operation.Name is { } operationName && operationName.Value.Span.SequenceEqual(name))
            {
                found = operation;
                break;
            }
        }

        return found is { Operation: OperationType.Query, Variables: null or { Count: 0 } } ? found : null;
    }
}
