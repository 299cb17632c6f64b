namespace GraphExplorer.Storage.Neo4j.QueryApi;

/// <summary>
/// An open explicit transaction. Disposing it without a successful <see cref="CommitAsync"/> rolls it back
/// (best effort: the server also rolls back on its own when a statement fails or the transaction expires).
/// Every statement carries the transaction's request <paramref name="tag"/>, so an abandoned one is ended on the server.
/// </summary>
internal sealed class QueryApiTransaction(QueryApiClient client, string id, string tag, string? affinity) : IAsyncDisposable
{
    private bool finished;

    /// <summary>The server's transaction id.</summary>
    public string Id { get; } = id;

    /// <summary>Runs one more statement inside the transaction.</summary>
    public Task<StatementResult> RunAsync(Statement statement, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        return client.RunInTransactionAsync(Id, tag, statement, affinity, cancellationToken);
    }

    /// <summary>Commits, with an optional last statement run inside the commit. Throws when the commit fails; nothing is then stored.</summary>
    public async Task<StatementResult> CommitAsync(Statement? last, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        var result = await client.CommitAsync(Id, tag, last, affinity, cancellationToken);
        finished = true;
        return result;
    }

    /// <summary>Rolls back; errors are swallowed because the server ends a failed transaction by itself.</summary>
    public async Task RollbackAsync()
    {
        if (finished)
        {
            return;
        }

        finished = true;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await client.RollbackAsync(Id, affinity, timeout.Token);
        }
        catch (Exception exception) when (exception is Neo4jException or HttpRequestException or OperationCanceledException or TimeoutException)
        {
            // the transaction is already gone (rolled back by its error, or expired); nothing was committed
        }
    }

    public async ValueTask DisposeAsync() => await RollbackAsync();
}
