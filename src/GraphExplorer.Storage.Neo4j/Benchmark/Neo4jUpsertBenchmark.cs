using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Storage.Neo4j.QueryApi;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Storage.Neo4j.Benchmark;

/// <summary>What <see cref="Neo4jUpsertBenchmark"/> measured, or why it could not.</summary>
/// <param name="Reachable">False when no server answered; <paramref name="Message"/> says why.</param>
/// <param name="Message">A one-line summary (or the reason nothing was measured).</param>
/// <param name="Rows">Rows upserted with batched UNWIND statements.</param>
/// <param name="BatchedRowsPerSecond">Rows per second with batched UNWIND … MERGE.</param>
/// <param name="SingleRows">Rows upserted with one statement per row (capped, see <see cref="Neo4jUpsertBenchmark.MaxSingleRows"/>).</param>
/// <param name="SingleRowsPerSecond">Rows per second with one statement per row.</param>
public sealed record Neo4jUpsertBenchmarkResult(bool Reachable, string Message, int Rows, double BatchedRowsPerSecond, int SingleRows, double SingleRowsPerSecond)
{
    /// <summary>How many times faster batching was.</summary>
    public double Speedup => SingleRowsPerSecond > 0 ? BatchedRowsPerSecond / SingleRowsPerSecond : 0;

    public override string ToString() => Message;
}

/// <summary>
/// <c>bench neo4j</c>: rows per second of batched UNWIND/MERGE upserts against one statement per row, on
/// throw-away <c>:GraphExplorerBench</c> nodes (deleted before and after; the graph's own data is untouched).
/// </summary>
public static class Neo4jUpsertBenchmark
{
    /// <summary>Rows per UNWIND statement.</summary>
    public const int BatchSize = 1000;

    /// <summary>At most this many rows are written one statement at a time (that path is slow by design).</summary>
    public const int MaxSingleRows = 2000;

    /// <summary>Runs the benchmark; reports "no server reachable" (Reachable = false) instead of throwing when Neo4j does not answer.</summary>
    public static async Task<Neo4jUpsertBenchmarkResult> RunAsync(Neo4jOptions options, int rows, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        await using var services = Build(options);
        var client = services.GetRequiredService<QueryApiClient>();
        try
        {
            await client.RunAsync(new Statement("RETURN 1 AS ok"), cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or Neo4jException or TaskCanceledException)
        {
            return new Neo4jUpsertBenchmarkResult(false, $"no server reachable at {options.Uri} (database '{options.Database}'): {exception.Message}", 0, 0, 0, 0);
        }

        await client.RunAsync(new Statement("CREATE INDEX graph_explorer_bench_id IF NOT EXISTS FOR (n:GraphExplorerBench) ON (n.id)"), cancellationToken);
        await CleanAsync(client, cancellationToken);
        try
        {
            var batched = await TimeAsync(() => UpsertBatchedAsync(client, rows, cancellationToken));
            await CleanAsync(client, cancellationToken);
            var singleRows = Math.Min(rows, MaxSingleRows);
            var single = await TimeAsync(() => UpsertOneByOneAsync(client, singleRows, cancellationToken));
            var batchedRate = rows / batched.TotalSeconds;
            var singleRate = singleRows / single.TotalSeconds;
            var message = string.Create(
                CultureInfo.InvariantCulture,
                $"batched UNWIND ({BatchSize}/statement): {rows} rows in {batched.TotalSeconds:0.00} s = {batchedRate:0} rows/s; one statement per row: {singleRows} rows in {single.TotalSeconds:0.00} s = {singleRate:0} rows/s; speedup x{batchedRate / singleRate:0.0}");
            return new Neo4jUpsertBenchmarkResult(true, message, rows, batchedRate, singleRows, singleRate);
        }
        finally
        {
            await CleanAsync(client, CancellationToken.None);
            await client.RunAsync(new Statement("DROP INDEX graph_explorer_bench_id IF EXISTS"), CancellationToken.None);
        }
    }

    private static ServiceProvider Build(Neo4jOptions options)
    {
        var services = new ServiceCollection();
        services.AddOptions<Neo4jOptions>().Configure(o =>
        {
            o.Uri = options.Uri;
            o.Database = options.Database;
            o.User = options.User;
            o.Password = options.Password;
            o.RequestTimeout = options.RequestTimeout;
            o.MaxRetries = options.MaxRetries;
            o.RetryDelay = options.RetryDelay;
        }).PostConfigure(o => o.Validate());
        services.AddQueryApi();
        return services.BuildServiceProvider();
    }

    private static async Task UpsertBatchedAsync(QueryApiClient client, int rows, CancellationToken cancellationToken)
    {
        const string cypher = "UNWIND $rows AS row MERGE (n:GraphExplorerBench {id: row.id}) SET n.name = row.name, n.value = row.value";
        for (var start = 0; start < rows; start += BatchSize)
        {
            var batch = Enumerable.Range(start, Math.Min(BatchSize, rows - start)).Select(Row).ToList();
            await client.RunAsync(new Statement(cypher, new Dictionary<string, object?> { ["rows"] = batch }), cancellationToken);
        }
    }

    private static async Task UpsertOneByOneAsync(QueryApiClient client, int rows, CancellationToken cancellationToken)
    {
        const string cypher = "MERGE (n:GraphExplorerBench {id: $id}) SET n.name = $name, n.value = $value";
        for (var i = 0; i < rows; i++)
        {
            await client.RunAsync(new Statement(cypher, Row(i)), cancellationToken);
        }
    }

    private static Dictionary<string, object?> Row(int i) => new()
    {
        ["id"] = $"bench:{i}",
        ["name"] = $"Bench item {i}",
        ["value"] = (double)i,
    };

    private static async Task<TimeSpan> TimeAsync(Func<Task> work)
    {
        var watch = Stopwatch.StartNew();
        await work();
        return watch.Elapsed;
    }

    private static async Task CleanAsync(QueryApiClient client, CancellationToken cancellationToken) =>
        await client.RunAsync(new Statement("MATCH (n:GraphExplorerBench) DETACH DELETE n"), cancellationToken);
}
