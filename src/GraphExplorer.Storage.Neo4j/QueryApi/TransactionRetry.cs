using Polly;
using Polly.Retry;

namespace GraphExplorer.Storage.Neo4j.QueryApi;

/// <summary>
/// Retries a unit of work on a transient failure: one auto-committed statement, or a whole transaction (open, run,
/// commit). Safe because the units are idempotent (reads; writes that replace an article's contribution and MERGE),
/// because a failed commit is never re-sent on its own (the next attempt opens a new transaction and redoes
/// everything), and because an attempt abandoned without an answer was ended on the server first.
/// </summary>
internal static class TransactionRetry
{
    public static ResiliencePipeline Create(Neo4jOptions options)
    {
        if (options.MaxRetries == 0)
        {
            return ResiliencePipeline.Empty;
        }

        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(TransientFailures.IsTransient),
            })
            .Build();
    }

    /// <summary>
    /// Sends one request on an open transaction again while the server refuses it unrun as busy (it still counted the
    /// previous request as running). Short, bounded waits; once they run out the error reaches the whole-transaction retry.
    /// </summary>
    public static ResiliencePipeline CreateForBusyTransaction() =>
        new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = 6,
                Delay = TimeSpan.FromMilliseconds(10),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder().Handle<Neo4jException>(error => error.IsTransactionBusy),
            })
            .Build();
}
