namespace GraphExplorer.Storage.Neo4j.QueryApi;

/// <summary>
/// Which failures are worth retrying: Neo.TransientError.*, a transaction the server still counted as busy, 408, 429 and
/// 502–504 without a Neo4j code, and lost connections. Never another client error, and never a timeout: a statement
/// that ran out of time would only run out again.
/// </summary>
internal static class TransientFailures
{
    /// <summary>Whether an exception from a call (or a whole transaction) is worth another attempt.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        Neo4jException neo4j => neo4j.IsTransient,
        HttpRequestException => true,
        _ => false,
    };
}
