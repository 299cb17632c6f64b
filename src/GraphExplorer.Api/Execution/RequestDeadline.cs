using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Execution;

/// <summary>
/// One request's deadline (<see cref="QueryServiceOptions.RequestTimeout"/>), started by its first use and
/// shared by everything the request runs (a query and then its export). The work's token is cancelled at
/// the deadline, and the caller is answered then even if the work ignores its token. Scoped: one per request.
/// </summary>
internal sealed class RequestDeadline(IOptions<QueryServiceOptions> options, TimeProvider time, ILogger<RequestDeadline> logger) : IDisposable
{
    private CancellationTokenSource? deadline;

    public TimeSpan Timeout => options.Value.RequestTimeout;

    /// <summary>Runs <paramref name="work"/>; throws <see cref="RequestTimedOutException"/> when the deadline passes first.</summary>
    public async Task<T> RunAsync<T>(string what, Func<CancellationToken, Task<T>> work, CancellationToken requestAborted)
    {
        deadline ??= new CancellationTokenSource(Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, deadline.Token);
        try
        {
            return await work(linked.Token).WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !requestAborted.IsCancellationRequested)
        {
            logger.LogWarning("{Work} was cancelled at the {Timeout} request timeout", what, Timeout);
            throw new RequestTimedOutException(what, Timeout);
        }
    }

    public void Dispose() => deadline?.Dispose();
}

/// <summary>The request's work did not finish within the configured timeout.</summary>
internal sealed class RequestTimedOutException(string what, TimeSpan timeout)
    : TimeoutException($"{what} did not finish within {timeout.TotalSeconds:0.###} s (QueryService:RequestTimeout) and was cancelled.");

/// <summary>The request body is not a JSON object of parameter values, or too large; the message says why.</summary>
internal sealed class BadRequestBodyException(string message, int statusCode = 400) : Exception(message)
{
    /// <summary>400, or 413 when the body is too large.</summary>
    public int StatusCode { get; } = statusCode;
}
