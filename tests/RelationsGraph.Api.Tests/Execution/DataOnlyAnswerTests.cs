using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RelationsGraph.Api.GraphQL;
using RelationsGraph.Api.Http;
using RelationsGraph.Snapshots;
using Xunit;

namespace RelationsGraph.Api.Tests.Execution;

/// <summary>
/// An answer that holds its data alone is completed in the buffer its data was written into and sent from there; it
/// must be byte for byte what the serializer writes for the same result, and anything more than data must still go
/// through the serializer.
/// </summary>
public sealed class DataOnlyAnswerTests
{
    private const string Headline = """{ provincesWithSeveralPartners(country: "LA", partnerCountry: "VN") { province { name } partnerCount partners { partner { name } instruments { kind title periodStart periodEnd evidence { document { title } quote } } } } }""";

    [Theory]
    [InlineData(Headline)]
    [InlineData("{ __typename }")]
    [InlineData("""{ countries { code name } fields { code } graph { version } }""")]
    public async Task An_answer_of_data_alone_completed_in_place_is_the_serializers_answer_byte_for_byte(string query)
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        using var services = InProcessApi.Services(snapshot);
        var serializer = services.GetRequiredService<AnswerSerializer>();
        var result = await ExecuteAsync(services, snapshot, query);
        try
        {
            Assert.IsType<RenderedData>(result.Data);
            using var serialised = new AnswerBuffer(int.MaxValue, CancellationToken.None);
            serializer.Write(serialised, result);

            var whole = serializer.TryCompleteDataOnly(result);
            var again = serializer.TryCompleteDataOnly(result);

            Assert.NotNull(whole);
            Assert.Equal(serialised.Written.ToArray(), whole.Value.ToArray());
            Assert.Equal(whole.Value.ToArray(), again!.Value.ToArray());
        }
        finally
        {
            (result.Data as IDisposable)?.Dispose();
        }
    }

    [Fact]
    public async Task An_answer_with_errors_or_extensions_is_left_to_the_serializer()
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        using var services = InProcessApi.Services(snapshot);
        var serializer = services.GetRequiredService<AnswerSerializer>();
        var result = await ExecuteAsync(services, snapshot, Headline);
        try
        {
            result.Extensions = new Dictionary<string, object?> { ["note"] = 1 };
            Assert.Null(serializer.TryCompleteDataOnly(result));

            result.Extensions = null;
            result.Errors = [new ExecutionError("one of a few") { Code = ErrorCodes.TooManyErrors }];
            Assert.Null(serializer.TryCompleteDataOnly(result));

            result.Errors = null;
            using var serialised = new AnswerBuffer(int.MaxValue, CancellationToken.None);
            serializer.Write(serialised, result);
            Assert.Equal(serialised.Written.ToArray(), serializer.TryCompleteDataOnly(result)!.Value.ToArray());
        }
        finally
        {
            (result.Data as IDisposable)?.Dispose();
        }
    }

    [Fact]
    public async Task An_answer_whose_closing_passes_the_size_limit_is_refused_as_too_large()
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        using var services = InProcessApi.Services(snapshot);
        var serializer = services.GetRequiredService<AnswerSerializer>();
        var whole = await CompletedAnswerAsync(services, snapshot, serializer);

        // A limit the opening and the data fit in exactly, and the closing does not.
        var closingLength = whole.Length - whole.AsSpan().LastIndexOf("}"u8);
        services.GetRequiredService<IOptions<GraphQLLimits>>().Value.MaxResponseBytes = whole.Length - closingLength;

        await Assert.ThrowsAsync<ResponseTooLargeException>(() => CompletedAnswerAsync(services, snapshot, serializer));
    }

    private static async Task<byte[]> CompletedAnswerAsync(ServiceProvider services, RelationSnapshot snapshot, AnswerSerializer serializer)
    {
        var result = await ExecuteAsync(services, snapshot, Headline);
        try
        {
            return serializer.TryCompleteDataOnly(result)!.Value.ToArray();
        }
        finally
        {
            (result.Data as IDisposable)?.Dispose();
        }
    }

    private static async Task<ExecutionResult> ExecuteAsync(ServiceProvider services, RelationSnapshot snapshot, string query)
    {
        using var scope = services.CreateScope();
        using var budget = new RequestBudget(services.GetRequiredService<IOptions<GraphQLLimits>>().Value, InProcessApi.FixedClock, TestContext.Current.CancellationToken);
        return await services.GetRequiredService<IDocumentExecuter<RelationsSchema>>().ExecuteAsync(options =>
        {
            options.Query = query;
            options.Root = snapshot;
            options.RequestServices = scope.ServiceProvider;
            options.UserContext = budget.UserContext;
            options.CancellationToken = budget.Token;
        });
    }
}
