using System.Net;
using System.Net.Sockets;
using GraphExplorer.Storage.Neo4j.Benchmark;
using GraphExplorer.Storage.Neo4j.Tests.Fakes;

namespace GraphExplorer.Storage.Neo4j.Tests;

public sealed class UpsertBenchmarkTests
{
    [Fact]
    public async Task Reports_no_server_reachable_when_nothing_listens()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var options = new Neo4jOptions { Uri = new Uri($"http://127.0.0.1:{port}"), Password = "x", MaxRetries = 0 };

        var result = await Neo4jUpsertBenchmark.RunAsync(options, 10, TestContext.Current.CancellationToken);

        Assert.False(result.Reachable);
        Assert.StartsWith("no server reachable at http://127.0.0.1:", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Measures_batched_and_one_by_one_upserts_and_cleans_up()
    {
        await using var server = await FakeQueryApi.StartAsync(_ => FakeResponse.Rows([]));
        var options = new Neo4jOptions { Uri = server.Uri, Password = "x" };

        var result = await Neo4jUpsertBenchmark.RunAsync(options, 1500, TestContext.Current.CancellationToken);

        Assert.True(result.Reachable);
        Assert.True(result.BatchedRowsPerSecond > 0 && result.SingleRowsPerSecond > 0);
        var statements = server.Requests.Select(r => r.Statement).ToList();
        Assert.Equal(2, statements.Count(s => s.StartsWith("UNWIND $rows", StringComparison.Ordinal)));
        Assert.Equal(1500, statements.Count(s => s.StartsWith("MERGE (n:GraphExplorerBench {id: $id})", StringComparison.Ordinal)));
        Assert.StartsWith("DROP INDEX", statements[^1], StringComparison.Ordinal);
    }
}
