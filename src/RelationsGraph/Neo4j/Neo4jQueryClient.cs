using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RelationsGraph.Neo4j;

/// <summary>
/// Talks to Neo4j through its HTTP Query API: implicit transactions at <c>/db/{db}/query/v2</c> and explicit ones
/// under <c>/db/{db}/query/v2/tx</c>. The database is always named, values always travel as parameters, Neo4j's error
/// codes become <see cref="Neo4jException"/>s, and only transient failures are retried.
/// </summary>
public sealed class Neo4jQueryClient(HttpClient http, IOptions<Neo4jOptions> options, TimeProvider timeProvider, ILogger<Neo4jQueryClient> logger)
{
    internal const string AffinityHeader = "neo4j-cluster-affinity";

    private static readonly JsonSerializerOptions SerializerOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public Neo4jOptions Options { get; } = options.Value;

    private string QueryPath => $"db/{Uri.EscapeDataString(Options.Database)}/query/v2";

    /// <summary>Runs one statement in its own (implicit) transaction, retrying transient failures.</summary>
    public Task<QueryResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken) =>
        WithRetriesAsync(async () =>
        {
            var response = await SendAsync(HttpMethod.Post, QueryPath, statement, affinity: null, cancellationToken);
            return response.Result;
        }, statement.Summary, cancellationToken);

    /// <summary>Opens an explicit transaction; dispose it without committing to roll it back.</summary>
    public async Task<Neo4jTransaction> BeginTransactionAsync(CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Post, QueryPath + "/tx", statement: null, affinity: null, cancellationToken);
        var id = response.TransactionId ?? throw new Neo4jException("Neo.DatabaseError.Transaction.TransactionStartFailed", "Neo4j opened no transaction (the response has no transaction id).");
        return new Neo4jTransaction(this, QueryPath + "/tx/" + Uri.EscapeDataString(id), response.Affinity);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction and commits it; on any failure the transaction is
    /// rolled back, so nothing of it remains. A transient failure reruns the whole unit of work.
    /// </summary>
    public Task<T> ExecuteInTransactionAsync<T>(Func<Neo4jTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        WithRetriesAsync(async () =>
        {
            await using var transaction = await BeginTransactionAsync(cancellationToken);
            var result = await work(transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }, "transaction", cancellationToken);

    internal async Task<Neo4jResponse> SendAsync(HttpMethod method, string path, CypherStatement? statement, string? affinity, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.RequestTimeout);
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = Authorization();
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (statement is not null)
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(new { statement = statement.Text, parameters = statement.Parameters }, SerializerOptions);
            request.Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } };
        }
        else if (method == HttpMethod.Post)
        {
            request.Content = new ByteArrayContent("{}"u8.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Neo4j did not answer within {Options.RequestTimeout.TotalSeconds:0.#} s ({method} {path}).", exception);
        }

        using (response)
        {
            return await ReadResponseAsync(response, statement, timeout.Token);
        }
    }

    private static async Task<Neo4jResponse> ReadResponseAsync(HttpResponseMessage response, CypherStatement? statement, CancellationToken cancellationToken)
    {
        var affinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        JsonDocument? document = null;
        if (bytes.Length > 0)
        {
            try
            {
                document = JsonDocument.Parse(bytes);
            }
            catch (JsonException) when (!response.IsSuccessStatusCode)
            {
                // A proxy or server error page rather than a Query API answer; reported by status below.
            }
        }

        using (document)
        {
            var root = document?.RootElement;
            if (root is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                var code = first.TryGetProperty("code", out var codeElement) ? codeElement.GetString() ?? "Neo.DatabaseError.General.UnknownError" : "Neo.DatabaseError.General.UnknownError";
                var message = first.TryGetProperty("message", out var messageElement) ? messageElement.GetString() : null;
                var text = statement is null ? $"Neo4j: {code}: {message}" : $"Neo4j refused the statement ({code}): {message}\n  in: {statement.Summary}";
                throw code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) || response.StatusCode == HttpStatusCode.Unauthorized
                    ? new Neo4jAuthenticationException(code, text)
                    : new Neo4jException(code, text);
            }

            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw new Neo4jAuthenticationException("Neo.ClientError.Security.Unauthorized", "Neo4j rejected the credentials (HTTP 401).");
            }

            if (!response.IsSuccessStatusCode)
            {
                var transient = (int)response.StatusCode is 408 or 429 or 502 or 503 or 504;
                throw new Neo4jException(
                    transient ? "Neo.TransientError.General.DatabaseUnavailable" : "Neo.DatabaseError.General.UnknownError",
                    $"Neo4j answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            return new Neo4jResponse(ParseResult(root), ParseTransactionId(root), affinity);
        }
    }

    private static QueryResult ParseResult(JsonElement? root)
    {
        if (root is not { ValueKind: JsonValueKind.Object } body || !body.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return QueryResult.Empty;
        }

        var fields = data.TryGetProperty("fields", out var fieldArray) ? fieldArray.EnumerateArray().Select(field => field.GetString() ?? string.Empty).ToList() : [];
        var rows = data.TryGetProperty("values", out var valueArray)
            ? valueArray.EnumerateArray().Select(row => row.EnumerateArray().Select(value => value.Clone()).ToArray()).ToList()
            : [];
        return new QueryResult(fields, rows);
    }

    private static string? ParseTransactionId(JsonElement? root) =>
        root is { ValueKind: JsonValueKind.Object } body
        && body.TryGetProperty("transaction", out var transaction)
        && transaction.TryGetProperty("id", out var id)
            ? id.GetString()
            : null;

    private AuthenticationHeaderValue? Authorization()
    {
        if (Options.BearerToken is { Length: > 0 } token)
        {
            // The Query API takes the base64 of the token (Neo4j docs: "Authorize requests").
            return new AuthenticationHeaderValue("Bearer", Convert.ToBase64String(Encoding.UTF8.GetBytes(token)));
        }

        return Options.User is { Length: > 0 } user
            ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{Options.Password}")))
            : null;
    }

    private async Task<T> WithRetriesAsync<T>(Func<Task<T>> attempt, string what, CancellationToken cancellationToken)
    {
        for (var retry = 0; ; retry++)
        {
            try
            {
                return await attempt();
            }
            catch (Exception exception) when (retry < Options.MaxRetries && IsTransient(exception) && !cancellationToken.IsCancellationRequested)
            {
                var delay = Options.RetryDelay * Math.Pow(2, retry);
                logger.LogWarning("Transient Neo4j failure in {What} ({Message}); retry {Retry} of {MaxRetries} in {Delay} ms", what, exception.Message, retry + 1, Options.MaxRetries, delay.TotalMilliseconds);
                await Task.Delay(delay, timeProvider, cancellationToken);
            }
        }
    }

    private static bool IsTransient(Exception exception) =>
        exception is Neo4jException { IsTransient: true } or HttpRequestException;
}

/// <summary>What one Query API call returned.</summary>
internal sealed record Neo4jResponse(QueryResult Result, string? TransactionId, string? Affinity);
