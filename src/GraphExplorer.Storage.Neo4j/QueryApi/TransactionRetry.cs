using Polly;
using Polly.Retry;

namespace GraphExplorer.Storage.Neo4j.QueryApi;

/// <summary>
/// Retries a whole unit of transactional work (open, run, commit) on a transient failure. Safe because the
/// unit is idempotent (it replaces an article's contribution and MERGEs), and because a failed commit is
/// never re-sent on its own: the next attempt opens a new transaction and redoes everything.
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
}
