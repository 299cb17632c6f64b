using GraphExplorer.Storage.Neo4j.QueryApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Storage.Neo4j.Tests.Integration;

/// <summary>
/// Work the client abandons ends on the real server too: a statement past the request timeout or cancelled is
/// terminated there, and an explicit transaction ends at its own server-side timeout whatever the client does.
/// The slow statement counts through billions of numbers, so only its ending can make these tests pass.
/// </summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class ServerSideEndTests(Neo4jServer server)
{
    private const string Slow = "UNWIND range(1, 4000000000) AS x WITH x WHERE x % 7 = $never AND $marker IS NOT NULL RETURN count(x) AS n";

    [Fact]
    public async Task A_statement_past_the_request_timeout_is_terminated_on_the_server()
    {
        var token = TestContext.Current.CancellationToken;
        await using var services = Services(("Neo4j:RequestTimeout", "00:00:02"), ("Neo4j:MaxRetries", "3"));
        var client = services.GetRequiredService<QueryApiClient>();
        var marker = Guid.NewGuid().ToString("N");

        await Assert.ThrowsAsync<TimeoutException>(() => client.RunAsync(SlowStatement(marker), token));

        Assert.Equal(0, await RunningCountAsync(client, marker, token));
    }

    [Fact]
    public async Task A_cancelled_statement_is_terminated_on_the_server()
    {
        var token = TestContext.Current.CancellationToken;
        await using var services = Services();
        var client = services.GetRequiredService<QueryApiClient>();
        var marker = Guid.NewGuid().ToString("N");
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(token);
        cancel.CancelAfter(TimeSpan.FromSeconds(2));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.RunAsync(SlowStatement(marker), cancel.Token));

        Assert.Equal(0, await RunningCountAsync(client, marker, token));
    }

    [Fact]
    public async Task An_explicit_transaction_ends_at_its_server_side_timeout_while_the_client_still_waits()
    {
        var token = TestContext.Current.CancellationToken;
        await using var services = Services(("Neo4j:RequestTimeout", "00:05:00"), ("Neo4j:TransactionTimeout", "00:00:02"));
        var client = services.GetRequiredService<QueryApiClient>();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.BeginAsync(SlowStatement(Guid.NewGuid().ToString("N")), token));

        Assert.Equal("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", error.Code);
    }

    private static Statement SlowStatement(string marker) => new(Slow, new Dictionary<string, object?> { ["never"] = -1L, ["marker"] = marker });

    /// <summary>
    /// How many transactions still run the marked statement. Termination is asynchronous on the server (the statement
    /// stops at its next check), so this waits up to 30 s for the count to reach zero and returns the last count.
    /// </summary>
    private static async Task<int> RunningCountAsync(QueryApiClient client, string marker, CancellationToken cancellationToken)
    {
        var show = new Statement(
            "SHOW TRANSACTIONS YIELD transactionId, parameters, status WHERE parameters.marker = $m RETURN count(*) AS n",
            new Dictionary<string, object?> { ["m"] = marker });
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var running = (int)(long)(await client.RunAsync(show, cancellationToken)).Single("n")!;
            if (running == 0 || DateTime.UtcNow > deadline)
            {
                return running;
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    private ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var options = server.Require();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = options.Uri.ToString(),
            ["Neo4j:User"] = options.User,
            ["Neo4j:Password"] = options.Password,
            ["Neo4j:Database"] = options.Database,
        }.Concat(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))).Build();
        return new ServiceCollection().AddNeo4jStorage(configuration).BuildServiceProvider();
    }
}
