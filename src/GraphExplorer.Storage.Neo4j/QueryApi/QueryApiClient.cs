using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Storage.Neo4j.QueryApi;

/// <summary>
/// Talks to Neo4j's Query API: auto-committed statements (<c>POST /db/{db}/query/v2</c>, retried on transient
/// failures by the HTTP pipeline) and explicit transactions (<c>…/query/v2/tx</c>, never retried request by
/// request: a transaction is retried whole by its caller, see <see cref="TransactionRetry"/>).
/// </summary>
internal sealed class QueryApiClient(IHttpClientFactory httpClientFactory, IOptions<Neo4jOptions> options)
{
    /// <summary>The named HttpClient with retries, for auto-commit statements and rollbacks.</summary>
    public const string RetryingClientName = "GraphExplorer.Neo4j";

    /// <summary>The named HttpClient without retries, for statements inside a transaction and commits.</summary>
    public const string TransactionClientName = "GraphExplorer.Neo4j.Transaction";

    /// <summary>The header a cluster uses to pin a transaction to one server; echoed back when the server sends it.</summary>
    internal const string AffinityHeader = "neo4j-cluster-affinity";

    private string QueryPath => $"db/{Uri.EscapeDataString(options.Value.Database)}/query/v2";

    /// <summary>Runs one statement in its own auto-committed transaction.</summary>
    public async Task<StatementResult> RunAsync(Statement statement, CancellationToken cancellationToken)
    {
        using var request = NewRequest(HttpMethod.Post, QueryPath, RequestJson.Statement(statement), affinity: null);
        var (result, _) = await SendAsync(RetryingClientName, request, cancellationToken);
        return result;
    }

    /// <summary>Opens an explicit transaction with its first statement.</summary>
    public async Task<(QueryApiTransaction Transaction, StatementResult First)> BeginAsync(Statement first, CancellationToken cancellationToken)
    {
        using var request = NewRequest(HttpMethod.Post, QueryPath + "/tx", RequestJson.Statement(first), affinity: null);
        var (result, response) = await SendAsync(TransactionClientName, request, cancellationToken);
        var id = response.TransactionId
            ?? throw new Neo4jException("Neo.DatabaseError.General.UnknownError", "the server opened no transaction (no transaction id in the answer)", response.Status);
        return (new QueryApiTransaction(this, id, response.Affinity), result);
    }

    internal async Task<StatementResult> RunInTransactionAsync(string id, Statement statement, string? affinity, CancellationToken cancellationToken)
    {
        using var request = NewRequest(HttpMethod.Post, $"{QueryPath}/tx/{Uri.EscapeDataString(id)}", RequestJson.Statement(statement), affinity);
        var (result, _) = await SendAsync(TransactionClientName, request, cancellationToken);
        return result;
    }

    internal async Task<StatementResult> CommitAsync(string id, Statement? last, string? affinity, CancellationToken cancellationToken)
    {
        var body = last is null ? RequestJson.Empty() : RequestJson.Statement(last);
        using var request = NewRequest(HttpMethod.Post, $"{QueryPath}/tx/{Uri.EscapeDataString(id)}/commit", body, affinity);
        var (result, _) = await SendAsync(TransactionClientName, request, cancellationToken);
        return result;
    }

    internal async Task RollbackAsync(string id, string? affinity, CancellationToken cancellationToken)
    {
        using var request = NewRequest(HttpMethod.Delete, $"{QueryPath}/tx/{Uri.EscapeDataString(id)}", body: null, affinity);
        await SendAsync(RetryingClientName, request, cancellationToken);
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

    private async Task<(StatementResult Result, ResponseInfo Info)> SendAsync(string clientName, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(clientName);
        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var status = (int)response.StatusCode;
        var affinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
        var result = QueryApiJson.ParseResponse(body, status);
        return (result, new ResponseInfo(status, QueryApiJson.TryReadTransactionId(body), affinity));
    }

    private sealed record ResponseInfo(int Status, string? TransactionId, string? Affinity);
}
