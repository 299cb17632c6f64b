using System.Net;
using System.Net.Sockets;
using GraphExplorer.Storage.Neo4j.Benchmark;
using GraphExplorer.Storage.Neo4j.Tests.Fakes;
using GraphExplorer.Storage.Neo4j.Writing;

namespace GraphExplorer.Storage.Neo4j.Tests;

public sealed class WriteBenchmarkTests
{
    [Fact]
    public async Task Reports_no_server_reachable_when_nothing_listens()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var options = new Neo4jOptions { Uri = new Uri($"http://127.0.0.1:{port}"), Password = "x", MaxRetries = 0 };

        var result = await Neo4jWriteBenchmark.RunAsync(options, 10, cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(result.Reachable);
        Assert.StartsWith("no server reachable at http://127.0.0.1:", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_with_the_ingest_statements_batched_and_one_by_one_then_deletes_its_data()
    {
        await using var server = await FakeQueryApi.StartAsync(new TransactionalFake().Handle);
        var options = new Neo4jOptions { Uri = server.Uri, Password = "x" };

        var result = await Neo4jWriteBenchmark.RunAsync(options, 3000, batchSize: 1000, TestContext.Current.CancellationToken);

        Assert.True(result.Reachable);
        Assert.True(result.FactRowsPerSecond > 0);
        var autoCommitted = server.Requests.Where(r => r.Path == "/db/neo4j/query/v2").Select(r => r.Statement).ToList();
        var factStatements = autoCommitted.Where(s => s.Contains("MERGE (a)-[r:", StringComparison.Ordinal)).ToList();
        Assert.All(factStatements, s => Assert.Contains(s, Types.Select(WriteStatements.WriteFacts)));
        Assert.Equal(3000 + Neo4jWriteBenchmark.MaxSingleRows, server.Requests.Where(r => r.Path == "/db/neo4j/query/v2" && r.Statement.Contains("MERGE (a)-[r:", StringComparison.Ordinal)).Sum(r => r.Parameter("rows")!.Value.GetArrayLength()));
        Assert.Contains(server.Requests, r => r.Path == "/db/neo4j/query/v2/tx"); // whole articles through the store's transaction
        Assert.Contains(Neo4jWriteBenchmark.Marker, server.Requests[^1].Parameter("marker")!.Value.GetString(), StringComparison.Ordinal);
        Assert.Contains("DETACH DELETE", server.Requests[^1].Statement, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Types => Core.Model.EdgeTypes.All.Select(t => t.Name);
}
