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

        var result = await Neo4jWriteBenchmark.RunAsync(options, 3000, batchSize: 1000, statementsPerTransaction: 2, TestContext.Current.CancellationToken);

        Assert.True(result.Reachable);
        Assert.True(result.FactRowsPerSecond > 0);
        // the benchmark's own fact rows (whole-article saves, which run the same statement, name their articles -saved- and -repeat-)
        var factStatements = server.Requests.Where(r => r.Statement.Contains("CREATE (a)-[:", StringComparison.Ordinal)
            && r.Parameter("assertionArticle") is { } articles && articles.EnumerateArray().All(a => a.GetString()!.Contains("-article-", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(factStatements);
        Assert.All(factStatements, r => Assert.Contains(r.Statement, Types.Select(WriteStatements.CreateFacts)));
        // 1000 warm-up rows, 3000 timed ones, then the one-per-statement rows, each auto-committed alone
        var keys = factStatements.Select(r => r.Parameter("key")!.Value.GetArrayLength()).ToList();
        Assert.Equal(1000 + 3000 + Neo4jWriteBenchmark.MaxSingleRows, keys.Sum());
        Assert.Equal(Neo4jWriteBenchmark.MaxSingleRows, factStatements.Count(r => r.Path == "/db/neo4j/query/v2" && r.Parameter("key")!.Value.GetArrayLength() == 1));
        Assert.Contains(factStatements, r => r.Path.EndsWith("/commit", StringComparison.Ordinal)); // batches committed several at a time
        Assert.All(factStatements.SelectMany(r => r.Parameter("sentences")!.Value.EnumerateArray()), sentences => Assert.Equal(2, sentences.GetArrayLength())); // each with its evidence
        Assert.Contains(Neo4jWriteBenchmark.Marker, server.Requests[^1].Parameter("marker")!.Value.GetString(), StringComparison.Ordinal);
        Assert.Contains("DELETE s", server.Requests[^1].Statement, StringComparison.Ordinal);
        Assert.Contains(server.Requests, r => r.Path == "/db/neo4j/query/v2/tx"); // whole articles through the store's transaction
        // the floor: as many rows again, each relationship with its key alone
        var floor = server.Requests.Where(r => r.Statement.Contains("{key: $key[i]}]->(b)", StringComparison.Ordinal)).ToList();
        Assert.Equal(3000, floor.Sum(r => r.Parameter("key")!.Value.GetArrayLength()));
        Assert.All(floor, r => Assert.Null(r.Parameter("sentences")));
    }

    private static IEnumerable<string> Types => Core.Model.EdgeTypes.All.Select(t => t.Name);
}
