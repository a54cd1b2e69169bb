using System.Threading.RateLimiting;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// What one request may still spend, from reading it to writing its last byte: its time (the execution timeout, or
/// the client going away), the values its answer may hold, the errors it lists, and the heavy-query slot it holds.
/// Execution, validation and serialisation all run on <see cref="Token"/>; a limit that is reached cancels it and
/// records why.
/// </summary>
internal sealed class RequestBudget : IDisposable
{
    public const string UserContextKey = "RelationsGraph:RequestBudget";

    private readonly CancellationTokenSource _timeout;
    private readonly CancellationTokenRegistration _clientGoneRegistration;
    private readonly CancellationToken _clientGone;
    private readonly int _maxResultNodes;
    private RateLimitLease? _heavySlot;
    private StopReason? _stopped;
    private int _resultNodes;

    public RequestBudget(GraphQLLimits limits, TimeProvider time, CancellationToken clientGone)
    {
        Limits = limits;
        _clientGone = clientGone;
        _maxResultNodes = limits.MaxResultNodes;
        _timeout = new CancellationTokenSource(limits.ExecutionTimeout, time);

        // The client going away cancels the timeout's own source: one source per request rather than a second one
        // linked to both. Why it was cancelled is told apart by Stopped.
        _clientGoneRegistration = clientGone.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), _timeout);
        UserContext = new Dictionary<string, object?> { [UserContextKey] = this };
    }

    public enum StopReason
    {
        ClientGone,
        Timeout,
        ResultTooLarge,
    }

    public GraphQLLimits Limits { get; }

    public CancellationToken Token => _timeout.Token;

    /// <summary>The GraphQL user context that carries this budget to validation rules and the execution strategy.</summary>
    public Dictionary<string, object?> UserContext { get; }

    /// <summary>The estimated cost the complexity check computed, 0 until it ran.</summary>
    public double Complexity { get; private set; }

    /// <summary>Whether <see cref="Complexity"/> was computed (or taken from an earlier estimate): a cost of 0 is one too.</summary>
    public bool ComplexityKnown { get; private set; }

    /// <summary>Errors left out of the answer because it already listed the maximum.</summary>
    public int DroppedErrors { get; private set; }

    /// <summary>Why the request was stopped, once its token is cancelled.</summary>
    public StopReason? Stopped => _stopped ?? (_clientGone.IsCancellationRequested ? StopReason.ClientGone : _timeout.IsCancellationRequested ? StopReason.Timeout : null);

    public static RequestBudget? Of(IDictionary<string, object?>? userContext) =>
        userContext is not null && userContext.TryGetValue(UserContextKey, out var budget) ? budget as RequestBudget : null;

    public void RecordComplexity(double complexity)
    {
        Complexity = complexity;
        ComplexityKnown = true;
    }

    /// <summary>Counts values of the answer; past the maximum the request is stopped.</summary>
    public void CountResultNodes(int count)
    {
        _resultNodes += count;
        if (_resultNodes > _maxResultNodes)
        {
            _stopped ??= StopReason.ResultTooLarge;
            _timeout.Cancel();
            _timeout.Token.ThrowIfCancellationRequested();
        }
    }

    /// <summary>The values of the answer counted so far.</summary>
    public int ResultNodes => _resultNodes;

    /// <summary>Forgets the values counted since <paramref name="counted"/>: an attempt at the answer that was dropped.</summary>
    public void RewindResultNodes(int counted) => _resultNodes = Math.Min(_resultNodes, counted);

    /// <summary>Stops the request because its answer grew past the response size limit.</summary>
    public void StopAsTooLarge()
    {
        _stopped ??= StopReason.ResultTooLarge;
        _timeout.Cancel();
    }

    /// <summary>Records an error that was not listed; true while the answer may still list one more.</summary>
    public bool MayListError(int listed)
    {
        if (listed < Limits.MaxErrors)
        {
            return true;
        }

        DroppedErrors++;
        return false;
    }

    public void HoldHeavySlot(RateLimitLease lease) => _heavySlot = lease;

    public void Dispose()
    {
        _heavySlot?.Dispose();
        _clientGoneRegistration.Dispose();
        _timeout.Dispose();
    }
}
