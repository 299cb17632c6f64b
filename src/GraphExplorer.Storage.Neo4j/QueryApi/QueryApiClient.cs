using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace GraphExplorer.Storage.Neo4j.QueryApi;

/// <summary>
/// Talks to Neo4j's Query API: auto-committed statements (<c>POST /db/{db}/query/v2</c>, retried on transient
/// failures) and explicit transactions (<c>…/query/v2/tx</c>, retried whole by their caller, see
/// <see cref="TransactionRetry"/>). The one request-level retry inside a transaction is for a request the server
/// refused unrun because the transaction was still busy (<see cref="Neo4jException.TransactionBusyCode"/>).
/// </summary>
/// <remarks>
/// Every request waits at most <see cref="Neo4jOptions.RequestTimeout"/>. The server does not stop a statement when
/// its client goes away, so each statement carries a request tag as the parameter <see cref="RequestTagParameter"/>,
/// and when an attempt is abandoned (timed out, cancelled, connection lost) the transactions running with that tag
/// are ended with <c>TERMINATE TRANSACTIONS</c> before anything else happens. A timed-out statement is not retried
/// (it would only time out again); a retried one never runs twice at once. Explicit transactions also carry the
/// server-side limit <see cref="Neo4jOptions.TransactionTimeout"/> (the Query API's <c>maxExecutionTime</c>, which
/// Neo4j 5.26 applies to explicit transactions only), so they end even if this process dies.
/// </remarks>
internal sealed class QueryApiClient
{
    /// <summary>The named HttpClient (no timeout or retry handlers of its own: this class does both).</summary>
    public const string HttpClientName = "GraphExplorer.Neo4j";

    /// <summary>The parameter that tags every statement with its request, so that an abandoned one can be found and ended.</summary>
    internal const string RequestTagParameter = "graphExplorerRequest";

    /// <summary>The header a cluster uses to pin a transaction to one server; echoed back when the server sends it.</summary>
    internal const string AffinityHeader = "neo4j-cluster-affinity";

    /// <summary>Ends the transactions whose running statement carries a request tag (the parameter name differs, so it never ends itself).</summary>
    internal const string TerminateStatement = """
        SHOW TRANSACTIONS YIELD transactionId AS id, parameters
        WHERE parameters.graphExplorerRequest = $request
        TERMINATE TRANSACTIONS id
        YIELD transactionId
        RETURN transactionId
        """;

    private static readonly TimeSpan TerminateTimeout = TimeSpan.FromSeconds(10);

    private readonly IHttpClientFactory httpClientFactory;
    private readonly Neo4jOptions options;
    private readonly ResiliencePipeline retry;
    private readonly ResiliencePipeline busyTransactionRetry;
    private readonly ILogger logger;

    public QueryApiClient(IHttpClientFactory httpClientFactory, IOptions<Neo4jOptions> options, ILogger<QueryApiClient>? logger = null)
    {
        this.httpClientFactory = httpClientFactory;
        this.options = options.Value;
        retry = TransactionRetry.Create(this.options);
        busyTransactionRetry = TransactionRetry.CreateForBusyTransaction();
        this.logger = logger ?? NullLogger<QueryApiClient>.Instance;
    }

    private string QueryPath => $"db/{Uri.EscapeDataString(options.Database)}/query/v2";

    /// <summary>Runs one statement in its own auto-committed transaction, retrying transient failures.</summary>
    /// <exception cref="Neo4jException">The server refused or failed the statement.</exception>
    /// <exception cref="TimeoutException">No answer within <see cref="Neo4jOptions.RequestTimeout"/>; the statement was ended on the server.</exception>
    public async Task<StatementResult> RunAsync(Statement statement, CancellationToken cancellationToken)
    {
        var tag = NewTag();
        var body = RequestJson.Statement(Tagged(statement, tag));
        return await retry.ExecuteAsync(
            async token =>
            {
                var (result, _) = await SendAsync(HttpMethod.Post, QueryPath, body, affinity: null, tag, token);
                return result;
            },
            cancellationToken);
    }

    /// <summary>Opens an explicit transaction with its first statement; the server ends it after <see cref="Neo4jOptions.TransactionTimeout"/>.</summary>
    public async Task<(QueryApiTransaction Transaction, StatementResult First)> BeginAsync(Statement first, CancellationToken cancellationToken)
    {
        var tag = NewTag();
        var maxExecutionSeconds = (int)Math.Ceiling(options.TransactionTimeout.TotalSeconds);
        var body = RequestJson.Statement(Tagged(first, tag), maxExecutionSeconds);
        var (result, response) = await SendAsync(HttpMethod.Post, QueryPath + "/tx", body, affinity: null, tag, cancellationToken);
        var id = response.TransactionId
            ?? throw new Neo4jException("Neo.DatabaseError.General.UnknownError", "the server opened no transaction (no transaction id in the answer)", response.Status);
        return (new QueryApiTransaction(this, id, tag, response.Affinity), result);
    }

    internal Task<StatementResult> RunInTransactionAsync(string id, string tag, Statement statement, string? affinity, CancellationToken cancellationToken) =>
        SendToTransactionAsync(HttpMethod.Post, $"{QueryPath}/tx/{Uri.EscapeDataString(id)}", RequestJson.Statement(Tagged(statement, tag)), affinity, tag, cancellationToken);

    internal Task<StatementResult> CommitAsync(string id, string tag, Statement? last, string? affinity, CancellationToken cancellationToken)
    {
        var body = last is null ? RequestJson.Empty() : RequestJson.Statement(Tagged(last, tag));
        return SendToTransactionAsync(HttpMethod.Post, $"{QueryPath}/tx/{Uri.EscapeDataString(id)}/commit", body, affinity, tag, cancellationToken);
    }

    internal Task RollbackAsync(string id, string? affinity, CancellationToken cancellationToken) =>
        SendToTransactionAsync(HttpMethod.Delete, $"{QueryPath}/tx/{Uri.EscapeDataString(id)}", body: null, affinity, tag: null, cancellationToken);

    /// <summary>
    /// Ends, on the server, the transactions running a statement tagged <paramref name="tag"/>; returns how many.
    /// Best effort with its own short timeout: an unreachable server has nothing running for us anyway.
    /// </summary>
    internal async Task<int> TerminateAsync(string tag)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TerminateTimeout);
            var body = RequestJson.Statement(new Statement(TerminateStatement, new Dictionary<string, object?> { ["request"] = tag }));
            var (result, _) = await SendAsync(HttpMethod.Post, QueryPath, body, affinity: null, tag: null, timeout.Token);
            if (result.Rows.Count > 0)
            {
                logger.LogWarning("Ended {Count} Neo4j transaction(s) of an abandoned request.", result.Rows.Count);
            }

            return result.Rows.Count;
        }
        catch (Exception exception) when (exception is Neo4jException or HttpRequestException or OperationCanceledException or TimeoutException)
        {
            logger.LogWarning("Could not end the server-side work of an abandoned Neo4j request: {Error}", exception.Message);
            return 0;
        }
    }

    /// <summary>A request on an open transaction, sent again (the same request, same transaction) while the server answers that the transaction is busy.</summary>
    private async Task<StatementResult> SendToTransactionAsync(HttpMethod method, string path, byte[]? body, string? affinity, string? tag, CancellationToken cancellationToken) =>
        await busyTransactionRetry.ExecuteAsync(
            async token =>
            {
                var (result, _) = await SendAsync(method, path, body, affinity, tag, token);
                return result;
            },
            cancellationToken);

    private static string NewTag() => Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);

    private static Statement Tagged(Statement statement, string tag)
    {
        var parameters = new Dictionary<string, object?>(statement.Parameters ?? new Dictionary<string, object?>(), StringComparer.Ordinal)
        {
            [RequestTagParameter] = tag,
        };
        return statement with { Parameters = parameters };
    }

    private static HttpRequestMessage NewRequest(HttpMethod method, string path, byte[]? body, string? affinity)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        return request;
    }

    /// <summary>
    /// One attempt: waits at most <see cref="Neo4jOptions.RequestTimeout"/>. When it is abandoned without an answer
    /// (timeout, cancellation, lost connection) and the statement was tagged, its server-side work is ended first;
    /// a request that never got a connection (refused, unknown host) started nothing there to end.
    /// </summary>
    private async Task<(StatementResult Result, ResponseInfo Info)> SendAsync(HttpMethod method, string path, byte[]? body, string? affinity, string? tag, CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(options.RequestTimeout);
        try
        {
            using var request = NewRequest(method, path, body, affinity);
            using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, attempt.Token);
            var text = await response.Content.ReadAsStringAsync(attempt.Token);
            var status = (int)response.StatusCode;
            var affinityValue = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            var result = QueryApiJson.ParseResponse(text, status);
            return (result, new ResponseInfo(status, QueryApiJson.TryReadTransactionId(text), affinityValue));
        }
        catch (Exception exception) when (exception is OperationCanceledException or HttpRequestException)
        {
            if (tag is not null && !NeverConnected(exception))
            {
                await TerminateAsync(tag);
            }

            if (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"Neo4j did not answer within {options.RequestTimeout.TotalSeconds:0.###} s ({method} {path}); the statement was ended on the server.",
                    exception);
            }

            throw;
        }
    }

    private static bool NeverConnected(Exception exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError };

    private sealed record ResponseInfo(int Status, string? TransactionId, string? Affinity);
}
