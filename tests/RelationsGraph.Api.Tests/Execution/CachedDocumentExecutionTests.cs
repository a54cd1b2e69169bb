using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RelationsGraph.Api.GraphQL;
using RelationsGraph.Snapshots;
using Xunit;

namespace RelationsGraph.Api.Tests.Execution;

/// <summary>
/// A cached document that runs no validation rule is answered without graphql-dotnet's executer: byte for byte the
/// executer's answer, and anything but an answer of data alone is left to the executer.
/// </summary>
public sealed class CachedDocumentExecutionTests
{
    public static TheoryData<string, string?> Queries => new()
    {
        { "{ __typename }", null },
        { "{ graph { source } }", null },
        { "{ province(name: \"Xaisomboun\") { id names } }", null },
        { "{ a: graph { source } b: __typename c: province(name: \"Xaisomboun\") { id } }", null },
        { "{ instruments(first: 1000) { totalCount nodes { id } } }", null },
        { "{ documents { nodes { id evidence { start end citation { link title quote } } } } }", null },
        { "query Q { ...Source } fragment Source on Query { graph { source } }", null },
        { "query Find { province(name: \"Xaisomboun\") { id } } query Other { graph { source } }", "Other" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task A_cached_document_is_answered_without_the_executer_exactly_as_the_executer_answers(string query, string? operationName)
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        await using var services = InProcessApi.Services(snapshot);
        var request = new GraphQLRequest { Query = query, OperationName = operationName };
        var byExecuter = await ExecuterAnswersAsync(services, snapshot, request);

        var direct = Answer(services, snapshot, request);

        Assert.NotNull(direct);
        Assert.Equal(byExecuter, direct);
    }

    [Fact]
    public async Task An_answer_with_errors_is_left_to_the_executer_and_so_are_later_requests_for_its_document()
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        await using var services = InProcessApi.Services(snapshot);
        var request = new GraphQLRequest { Query = "{ provinces(first: 100000) { totalCount } }" };
        var byExecuter = await ExecuterAnswersAsync(services, snapshot, request);
        Assert.Contains("\"errors\"", byExecuter, StringComparison.Ordinal);

        Assert.Null(Answer(services, snapshot, request));
        Assert.Null(Answer(services, snapshot, request));
        Assert.Equal(byExecuter, await InProcessApi.AnswerAsync(services, snapshot, request.Query!));
    }

    [Fact]
    public async Task A_document_with_variables_or_several_operations_and_no_name_is_left_to_the_executer()
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        await using var services = InProcessApi.Services(snapshot);
        const string WithVariables = "query Find($name: String!) { province(name: $name) { id } }";
        for (var first = 0; first < 3; first++)
        {
            await InProcessApi.AnswerAsync(services, snapshot, WithVariables, "{\"name\":\"Xaisomboun\"}");
        }

        var severalOperations = new GraphQLRequest { Query = "query A { __typename } query B { graph { source } }", OperationName = "B" };
        await ExecuterAnswersAsync(services, snapshot, severalOperations);

        Assert.Null(Answer(services, snapshot, new GraphQLRequest { Query = WithVariables, Variables = new Inputs(new Dictionary<string, object?> { ["name"] = "Xaisomboun" }) }));
        Assert.Null(Answer(services, snapshot, new GraphQLRequest { Query = severalOperations.Query }));
        Assert.NotNull(Answer(services, snapshot, severalOperations));
    }

    [Fact]
    public async Task A_request_stopped_by_its_budget_is_stopped_as_the_executer_stops_it()
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        await using var services = InProcessApi.Services(snapshot);
        var request = new GraphQLRequest { Query = "{ instruments(first: 1000) { totalCount nodes { id } } }" };
        await ExecuterAnswersAsync(services, snapshot, request);
        var limits = services.GetRequiredService<IOptions<GraphQLLimits>>().Value;
        using var gone = new CancellationTokenSource();
        using var budget = new RequestBudget(limits, InProcessApi.FixedClock, gone.Token);
        await gone.CancelAsync();

        Assert.ThrowsAny<OperationCanceledException>(() => services.GetRequiredService<CachedDocumentExecution>().TryExecute(request, snapshot, services, budget));
        Assert.Equal(RequestBudget.StopReason.ClientGone, budget.Stopped);
    }

    /// <summary>The executer's answer after the requests that cache the document, estimate it and keep its values.</summary>
    private static async Task<string> ExecuterAnswersAsync(ServiceProvider services, RelationSnapshot snapshot, GraphQLRequest request)
    {
        var answers = new List<string>();
        for (var first = 0; first < 3; first++)
        {
            using var budget = new RequestBudget(services.GetRequiredService<IOptions<GraphQLLimits>>().Value, InProcessApi.FixedClock, TestContext.Current.CancellationToken);
            var result = await services.GetRequiredService<IDocumentExecuter<RelationsSchema>>().ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Root = snapshot,
                RequestServices = services,
                UserContext = budget.UserContext,
                CancellationToken = budget.Token,
            });
            answers.Add(Serialize(services, result));
        }

        Assert.All(answers, answer => Assert.Equal(answers[0], answer));
        return answers[0];
    }

    private static string? Answer(ServiceProvider services, RelationSnapshot snapshot, GraphQLRequest request)
    {
        using var budget = new RequestBudget(services.GetRequiredService<IOptions<GraphQLLimits>>().Value, InProcessApi.FixedClock, TestContext.Current.CancellationToken);
        var result = services.GetRequiredService<CachedDocumentExecution>().TryExecute(request, snapshot, services, budget);
        return result is null ? null : Serialize(services, result);
    }

    private static string Serialize(ServiceProvider services, ExecutionResult result)
    {
        var serializer = services.GetRequiredService<AnswerSerializer>();
        try
        {
            if (serializer.TryCompleteDataOnly(result) is { } whole)
            {
                return System.Text.Encoding.UTF8.GetString(whole.Span);
            }

            using var answer = new RelationsGraph.Api.Http.AnswerBuffer(int.MaxValue, CancellationToken.None);
            serializer.Write(answer, result);
            return System.Text.Encoding.UTF8.GetString(answer.Written.Span);
        }
        finally
        {
            (result.Data as IDisposable)?.Dispose();
        }
    }
}
