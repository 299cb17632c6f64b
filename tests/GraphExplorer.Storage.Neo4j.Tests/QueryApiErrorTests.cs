using GraphExplorer.Storage.Neo4j.QueryApi;
using GraphExplorer.Storage.Neo4j.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Storage.Neo4j.Tests;

/// <summary>The documented error shapes of the Query API and which of them are retried.</summary>
public sealed class QueryApiErrorTests
{
    private static readonly Statement ReturnOne = new("RETURN 1 AS x");

    [Fact]
    public async Task Wrong_credentials_give_401_unauthorized_without_retry()
    {
        await using var server = await FakeQueryApi.StartAsync(request =>
            request.Authorization == Neo4jServices.ExpectedAuthorization() ? Recordings.Response("09-fulltext-query") : Recordings.Response("13-unauthorized"));
        await using var services = Neo4jServices.For(server.Uri, password: "wrong");

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(services).RunAsync(ReturnOne, TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Equal(Neo4jErrorClass.ClientError, error.ErrorClass);
        Assert.Equal(401, error.HttpStatus);
        Assert.Contains("Invalid credential", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Missing_password_sends_no_authorization_header_and_gets_401()
    {
        await using var server = await FakeQueryApi.StartAsync(request =>
            request.Authorization is null ? Recordings.Response("14-no-auth-header") : Recordings.Response("13-unauthorized"));
        await using var services = Neo4jServices.For(server.Uri, password: null);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(services).RunAsync(ReturnOne, TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Contains("No authentication header", error.ServerMessage, StringComparison.Ordinal);
        Assert.Null(Assert.Single(server.Requests).Authorization);
    }

    [Fact]
    public async Task Right_credentials_are_sent_as_basic_auth_to_the_database_path()
    {
        await using var server = await FakeQueryApi.StartAsync(request =>
            request.Authorization == Neo4jServices.ExpectedAuthorization() ? Recordings.Response("09-fulltext-query") : Recordings.Response("13-unauthorized"));
        await using var services = Neo4jServices.For(server.Uri);

        var result = await Client(services).RunAsync(ReturnOne, TestContext.Current.CancellationToken);

        Assert.Equal(["id", "score"], result.Fields);
        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/db/neo4j/query/v2"), (request.Method, request.Path));
    }

    [Fact]
    public async Task Unknown_database_gives_404_database_not_found()
    {
        await using var server = await FakeQueryApi.StartAsync(request =>
            request.Path.StartsWith("/db/neo4j/", StringComparison.Ordinal) ? Recordings.Response("09-fulltext-query") : Recordings.Response("15-unknown-database"));
        await using var services = Neo4jServices.For(server.Uri, database: "nosuchdb");

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(services).RunAsync(ReturnOne, TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", error.Code);
        Assert.Equal(404, error.HttpStatus);
        Assert.Equal("/db/nosuchdb/query/v2", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public async Task Syntax_error_is_a_client_error_and_is_not_retried()
    {
        await using var server = await FakeQueryApi.StartAsync(_ => Recordings.Response("10-syntax-error"));
        await using var services = Neo4jServices.For(server.Uri);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(services).RunAsync(new Statement("MATCH (n RETURN n"), TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.False(error.IsTransient);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Error_inside_a_202_result_is_raised_and_not_retried()
    {
        await using var server = await FakeQueryApi.StartAsync(_ => Recordings.Response("16-arithmetic-error"));
        await using var services = Neo4jServices.For(server.Uri);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(services).RunAsync(new Statement("RETURN 1/0 AS x"), TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
        Assert.Equal(202, error.HttpStatus);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(503)]
    public async Task Transient_error_is_retried_then_succeeds(int status)
    {
        var calls = 0;
        await using var server = await FakeQueryApi.StartAsync(_ => ++calls == 1
            ? FakeResponse.Error(status, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire lock")
            : Recordings.Response("09-fulltext-query"));
        await using var services = Neo4jServices.For(server.Uri);

        var result = await Client(services).RunAsync(ReturnOne, TestContext.Current.CancellationToken);

        Assert.Equal("p1", result.Rows[0][0]);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public void A_transaction_still_busy_is_a_client_error_code_that_is_worth_a_retry()
    {
        var busy = new Neo4jException(Neo4jException.TransactionBusyCode, "Another request is currently accessing this transaction.", 400);
        var otherClientError = new Neo4jException("Neo.ClientError.Transaction.TransactionNotFound", "Unrecognized transaction id.", 404);

        Assert.Equal(Neo4jErrorClass.ClientError, busy.ErrorClass);
        Assert.True(busy.IsTransient);
        Assert.False(otherClientError.IsTransient);
    }

    [Fact]
    public async Task Server_error_without_a_neo4j_body_is_retried()
    {
        var calls = 0;
        await using var server = await FakeQueryApi.StartAsync(_ => ++calls == 1 ? new FakeResponse(503, null) : Recordings.Response("09-fulltext-query"));
        await using var services = Neo4jServices.For(server.Uri);

        await Client(services).RunAsync(ReturnOne, TestContext.Current.CancellationToken);

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Dropped_connection_is_retried_then_succeeds()
    {
        var calls = 0;
        await using var server = await FakeQueryApi.StartAsync(_ => ++calls == 1 ? FakeResponse.Dropped : Recordings.Response("09-fulltext-query"));
        await using var services = Neo4jServices.For(server.Uri);

        var result = await Client(services).RunAsync(ReturnOne, TestContext.Current.CancellationToken);

        Assert.Equal(0.44583145, result.Rows[0][1]);
        // the server may still be running the first attempt: it is ended before the second one starts
        Assert.Equal([ReturnOne.Text, QueryApiClient.TerminateStatement, ReturnOne.Text], server.Requests.Select(r => r.Statement));
        Assert.Equal(Tag(server.Requests[0]), server.Requests[1].Parameter("request")!.Value.GetString());
    }

    [Fact]
    public async Task A_server_that_refuses_the_connection_has_nothing_to_end_and_no_warning_is_logged()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens there now: every connection is refused
        using var log = new WarningLog();
        await using var services = Neo4jServices.For(new Uri($"http://127.0.0.1:{port}"), maxRetries: 2, log: log);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Client(services).RunAsync(ReturnOne, TestContext.Current.CancellationToken));

        Assert.Equal(HttpRequestError.ConnectionError, error.HttpRequestError);
        Assert.Empty(log.Entries);
    }

    [Fact]
    public async Task A_statement_that_runs_past_the_request_timeout_is_ended_on_the_server_and_not_retried()
    {
        await using var server = await FakeQueryApi.StartAsync(request => request.Statement == QueryApiClient.TerminateStatement
            ? FakeResponse.Rows(["transactionId"], ["neo4j-transaction-7"])
            : FakeResponse.Hanging);
        // long enough for the fake to have read the statement on a busy machine (it hangs, so the timeout always fires)
        await using var services = Neo4jServices.For(server.Uri, maxRetries: 3, requestTimeout: "00:00:03");

        var error = await Assert.ThrowsAsync<TimeoutException>(() => Client(services).RunAsync(ReturnOne, TestContext.Current.CancellationToken));

        Assert.Contains("ended on the server", error.Message, StringComparison.Ordinal);
        Assert.Equal([ReturnOne.Text, QueryApiClient.TerminateStatement], server.Requests.Select(r => r.Statement));
        Assert.Equal(Tag(server.Requests[0]), server.Requests[1].Parameter("request")!.Value.GetString());
    }

    [Fact]
    public async Task A_cancelled_statement_is_ended_on_the_server()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        await using var server = await FakeQueryApi.StartAsync(request =>
        {
            if (request.Statement == QueryApiClient.TerminateStatement)
            {
                return FakeResponse.Rows(["transactionId"]);
            }

            cancel.Cancel(); // the caller gives up once the server runs the statement
            return FakeResponse.Hanging;
        });
        await using var services = Neo4jServices.For(server.Uri);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client(services).RunAsync(ReturnOne, cancel.Token));

        Assert.Equal([ReturnOne.Text, QueryApiClient.TerminateStatement], server.Requests.Select(r => r.Statement));
    }

    [Fact]
    public async Task Every_statement_carries_its_own_request_tag()
    {
        await using var server = await FakeQueryApi.StartAsync(_ => Recordings.Response("09-fulltext-query"));
        await using var services = Neo4jServices.For(server.Uri);

        await Client(services).RunAsync(ReturnOne, TestContext.Current.CancellationToken);
        await Client(services).RunAsync(ReturnOne, TestContext.Current.CancellationToken);

        var tags = server.Requests.Select(Tag).ToList();
        Assert.All(tags, tag => Assert.Matches("^[0-9a-f]{32}$", tag));
        Assert.NotEqual(tags[0], tags[1]);
    }

    [Fact]
    public async Task Persistent_transient_errors_give_up_after_the_configured_retries()
    {
        await using var server = await FakeQueryApi.StartAsync(_ => FakeResponse.Error(400, "Neo.TransientError.General.DatabaseUnavailable", "unavailable"));
        await using var services = Neo4jServices.For(server.Uri, maxRetries: 2);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(services).RunAsync(ReturnOne, TestContext.Current.CancellationToken));

        Assert.True(error.IsTransient);
        Assert.Equal(3, server.Requests.Count);
    }

    private static QueryApiClient Client(ServiceProvider services) => services.GetRequiredService<QueryApiClient>();

    private static string? Tag(FakeRequest request) => request.Parameter(QueryApiClient.RequestTagParameter)?.GetString();
}
