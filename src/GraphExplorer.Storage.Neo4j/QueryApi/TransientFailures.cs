using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace GraphExplorer.Storage.Neo4j.QueryApi;

/// <summary>Which failures are worth retrying: Neo.TransientError.*, 5xx, 408/429, dropped connections and attempt timeouts; never a client error.</summary>
internal static class TransientFailures
{
    /// <summary>The HTTP retry strategy of the retrying client, from the options.</summary>
    public static HttpRetryStrategyOptions HttpRetry(Neo4jOptions options) => new()
    {
        MaxRetryAttempts = options.MaxRetries,
        Delay = options.RetryDelay,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        ShouldRetryAfterHeader = true,
        ShouldHandle = args => args.Outcome switch
        {
            { Exception: { } exception } => ValueTask.FromResult(IsTransient(exception)),
            { Result: { } response } => IsTransientAsync(response),
            _ => ValueTask.FromResult(false),
        },
    };

    /// <summary>Whether an exception from a call (or a whole transaction) is worth another attempt.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        Neo4jException neo4j => neo4j.IsTransient,
        HttpRequestException => true,
        TimeoutRejectedException => true,
        TaskCanceledException { InnerException: TimeoutException } => true,
        _ => false,
    };

    /// <summary>Whether a response reports a transient failure: its Neo4j error code says so, or its status does.</summary>
    public static async ValueTask<bool> IsTransientAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        // The body decides when it carries a Neo4j code; a 202 can carry one too (an error while streaming).
        await response.Content.LoadIntoBufferAsync();
        var body = await response.Content.ReadAsStringAsync();
        var errorClass = QueryApiJson.TryReadErrorClass(body, status);
        return errorClass switch
        {
            Neo4jErrorClass.TransientError => true,
            Neo4jErrorClass.ClientError => false,
            _ => status is 408 or 429 or >= 500,
        };
    }
}
