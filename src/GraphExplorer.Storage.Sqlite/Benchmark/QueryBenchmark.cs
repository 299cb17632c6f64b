using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Benchmark;

/// <summary>
/// Latency of the curated queries on a synthetic graph in the embedded store: builds the graph once into
/// <c>databasePath</c> (or reuses it when the file already holds the same synthetic graph), then times each
/// query over many runs with random arguments and reports p50/p95. key-actors, agreements and border-actors
/// are left out: the synthetic graph has no agreements or borders, and exact betweenness is refused above
/// 20 000 entities.
/// </summary>
public static class QueryBenchmark
{
    /// <summary>Page size of a bulk-built file: fewer, fuller pages for the clustered tables written in key order.</summary>
    private const int BulkPageSize = 8192;

    /// <summary>Builds (or reuses) the synthetic graph and measures every query.</summary>
    /// <param name="databasePath">The SQLite file; must not exist, or must hold this very synthetic graph.</param>
    /// <param name="nodes">Entities in the synthetic graph.</param>
    /// <param name="edges">Fact edges in the synthetic graph.</param>
    /// <param name="samples">Timed runs per query (after 10 % untimed warm-up runs).</param>
    /// <param name="output">Where progress and the result table are written; null for silence.</param>
    /// <param name="cancellationToken">Stops the build or the measurement.</param>
    /// <param name="csvFolder">When set, the same graph is also written there as CSV files (<see cref="SyntheticGraph.WriteCsv"/>), after the timed build.</param>
    /// <param name="observe">When set, sees every timed run: its label, arguments, result and milliseconds (to compare results and times with another database).</param>
    /// <param name="only">When set, only the queries whose label starts with one of these (e.g. <c>ego-network</c>): to profile one.</param>
    /// <param name="settleJit">Run each query until the JIT has settled before timing it (<see cref="SettleAsync"/>); off, only the fixed warm-up runs.</param>
    /// <exception cref="ArgumentException">The file exists and holds something else.</exception>
    public static async Task<IReadOnlyList<QueryLatency>> RunAsync(
        string databasePath,
        int nodes = 100_000,
        int edges = 1_000_000,
        int samples = 200,
        TextWriter? output = null,
        string? csvFolder = null,
        Action<QueryRun>? observe = null,
        IReadOnlyCollection<string>? only = null,
        bool settleJit = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodes, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(edges);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        if ((long)nodes * (nodes - 1) < edges * 2L)
        {
            throw new ArgumentException($"{edges} edges do not fit between {nodes} nodes.", nameof(edges));
        }

        var graph = new SyntheticGraph(nodes, edges);
        using var store = new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = databasePath });
        await EnsureGraphAsync(store, graph, nodes, edges, output, cancellationToken);
        if (csvFolder is not null)
        {
            graph.WriteCsv(csvFolder, cancellationToken);
            output?.WriteLine($"Wrote the same graph as CSV files into {csvFolder}.");
        }

        var results = new List<QueryLatency>();
        foreach (var (label, name, arguments) in Plan(graph, nodes))
        {
            if (only is { Count: > 0 } && !only.Any(prefix => label.StartsWith(prefix, StringComparison.Ordinal)))
            {
                continue;
            }

            results.Add(await MeasureAsync(store, label, name, arguments, samples, observe, settleJit, cancellationToken));
            output?.WriteLine(Format(results[^1]));
        }

        output?.WriteLine("Targets (issue 15): p95 <= 20 ms for 2-hop ego networks and shortest paths (wall time; cpu/run is the process's user + system time)");
        foreach (var latency in results.Where(r => r.Query is "ego-network depth=2" or "shortest-paths"))
        {
            output?.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {latency.Query,-22} p50={latency.P50Milliseconds:F2} ms p95={latency.P95Milliseconds:F2} ms {(latency.P95Milliseconds <= 20 ? "PASS" : "FAIL")}; cpu/run={latency.MeanCpuMilliseconds:F2} ms"));
        }

        return results;
    }

    /// <summary>One line per result: name, samples, p50, p95, max and CPU per run in milliseconds, mean rows.</summary>
    public static string Format(QueryLatency latency) => string.Create(
        CultureInfo.InvariantCulture,
        $"{latency.Query,-28} n={latency.Samples,-5} p50={latency.P50Milliseconds,8:F2} ms  p95={latency.P95Milliseconds,8:F2} ms  max={latency.MaxMilliseconds,8:F2} ms  cpu/run={latency.MeanCpuMilliseconds,7:F2} ms  rows≈{latency.MeanRows:F1}");

    private static async Task EnsureGraphAsync(SqliteGraphStore store, SyntheticGraph graph, int nodes, int edges, TextWriter? output, CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        var stats = await store.GetStatsAsync(cancellationToken);
        if (stats.Entities == nodes && stats.Relationships == edges && await store.GetEntityAsync(SyntheticGraph.EntityId(0), cancellationToken) is { } first && first.Name == graph.Name(0))
        {
            output?.WriteLine($"Reusing the synthetic graph in {store.DatabasePath}.");
            return;
        }

        if (stats.Articles + stats.Entities + stats.Relationships > 0)
        {
            throw new ArgumentException($"'{store.DatabasePath}' already holds a graph that is not this synthetic one ({stats.Entities} entities, {stats.Relationships} relationships); give a new file.");
        }

        output?.WriteLine($"Building {nodes:N0} nodes and {edges:N0} edges into {store.DatabasePath} …");
        var cpu = ProcessorTime();
        var clock = Stopwatch.StartNew();
        await BuildFreshAsync(store, graph, output, cancellationToken);
        output?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Built in {clock.Elapsed.TotalSeconds:F1} s ({(ProcessorTime() - cpu).TotalSeconds:F1} s CPU)."));
    }

    /// <summary>
    /// Writes the graph into a new file beside the store's, with neither journal nor fsync while it fills (a crash leaves
    /// only that scratch file, never a half-built store), flushes it to disk once, and renames it over the empty store.
    /// </summary>
    private static async Task BuildFreshAsync(SqliteGraphStore store, SyntheticGraph graph, TextWriter? output, CancellationToken cancellationToken)
    {
        var building = store.DatabasePath + ".building";
        DeleteDatabaseFiles(building);
        var tail = new Stopwatch();
        try
        {
            var connectionString = new SqliteConnectionStringBuilder { DataSource = building, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
            await using (var connection = new SqliteConnection(connectionString))
            {
                await connection.OpenAsync(cancellationToken);
                using (var pragmas = connection.Command(
                    $"PRAGMA page_size = {BulkPageSize}; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE; PRAGMA temp_store = MEMORY;"))
                {
                    await pragmas.ExecuteNonQueryAsync(cancellationToken);
                }

                await SchemaMigrations.MigrateAsync(connection, cancellationToken, setWal: false);
                await graph.WriteAsync(connection, cancellationToken, output);
            }

            tail.Restart();
            await using (var file = new FileStream(building, FileMode.Open, FileAccess.ReadWrite))
            {
                file.Flush(flushToDisk: true);
            }

            store.Dispose(); // the empty store's pooled connections let go of its file
            DeleteDatabaseFiles(store.DatabasePath);
            File.Move(building, store.DatabasePath);
        }
        finally
        {
            DeleteDatabaseFiles(building);
        }

        output?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"close, flush, rename",-40} {tail.Elapsed.TotalSeconds,5:F1} s"));
        tail.Restart();
        await store.InitializeAsync(cancellationToken); // WAL mode again, as every store file
        output?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"open the store",-40} {tail.Elapsed.TotalSeconds,5:F1} s"));
    }

    private static void DeleteDatabaseFiles(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
        }
    }

    private static IEnumerable<(string Label, string Query, Func<Random, Dictionary<string, string?>> Arguments)> Plan(SyntheticGraph graph, int nodes)
    {
        string Entity(Random random) => SyntheticGraph.EntityId(random.Next(nodes));
        yield return ("ego-network depth=1", "ego-network", r => new() { ["entity"] = Entity(r), ["depth"] = "1" });
        yield return ("ego-network depth=2", "ego-network", r => new() { ["entity"] = Entity(r), ["depth"] = "2" });
        yield return ("shortest-paths", "shortest-paths", r => new() { ["from"] = Entity(r), ["to"] = Entity(r) });
        yield return ("search", "search", r => new() { ["text"] = graph.Name(r.Next(nodes)).Split(' ')[0] });
        yield return ("meetings actor", "meetings", r => new() { ["actor"] = Entity(r) });
        yield return ("accusations accuser", "accusations", r => new() { ["accuser"] = Entity(r) });
        yield return ("timeline", "timeline", r => new() { ["entity"] = Entity(r) });
        yield return ("co-mentions", "co-mentions", r => new() { ["entity"] = Entity(r) });
        yield return ("evidence a", "evidence", r => new() { ["a"] = Entity(r) });
        yield return ("article", "article", r => new() { ["article"] = $"synthetic-{r.Next(graph.Articles):D6}" });
    }

    private static async Task<QueryLatency> MeasureAsync(
        SqliteGraphStore store, string label, string name, Func<Random, Dictionary<string, string?>> arguments, int samples, Action<QueryRun>? observe, bool settleJit, CancellationToken cancellationToken)
    {
        var query = QueryCatalog.Default.Get(name);
        if (settleJit)
        {
            await SettleAsync(store, query, arguments, cancellationToken);
        }

        var random = new Random(7);
        var warmUp = Math.Max(1, samples / 10);
        var times = new List<double>(samples);
        long rows = 0;
        var cpu = TimeSpan.Zero;
        for (var run = 0; run < warmUp + samples; run++)
        {
            var given = arguments(random);
            var bound = query.Bind(given);
            var cpuBefore = ProcessorTime();
            var clock = Stopwatch.StartNew();
            var result = await store.RunAsync(query, bound, cancellationToken);
            clock.Stop();
            if (run >= warmUp)
            {
                cpu += ProcessorTime() - cpuBefore;
                times.Add(clock.Elapsed.TotalMilliseconds);
                rows += result.Rows.Count;
                observe?.Invoke(new QueryRun(label, given, result, clock.Elapsed.TotalMilliseconds));
            }
        }

        times.Sort();
        return new QueryLatency(label, samples, Percentile(times, 0.50), Percentile(times, 0.95), times[^1], (double)rows / samples, cpu.TotalMilliseconds / samples);
    }

    /// <summary>Runs without a new compiled method (and at least this long) before the JIT counts as settled.</summary>
    private const int SettledRuns = 50;

    private static readonly TimeSpan SettledTime = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Runs the query (on arguments of their own, so the timed runs keep theirs) until the JIT has settled: no method
    /// compiled for <see cref="SettledRuns"/> runs and <see cref="SettledTime"/>, at most 2,000 runs or a minute. The
    /// runtime compiles a method three times as it warms (quickly, then with counters, then optimized from them), in the
    /// background and after a delay; a busy machine stretches that over hundreds of runs, which a fixed warm-up of a few
    /// dozen left in the timed runs, so that p95 measured the compiler. The query service runs warm: its latency is
    /// what is timed.
    /// </summary>
    private static async Task SettleAsync(SqliteGraphStore store, QueryDefinition query, Func<Random, Dictionary<string, string?>> arguments, CancellationToken cancellationToken)
    {
        var random = new Random(11);
        var total = Stopwatch.StartNew();
        var quiet = Stopwatch.StartNew();
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        var quietRuns = 0;
        for (var run = 0; run < 2_000 && total.Elapsed < TimeSpan.FromMinutes(1); run++)
        {
            await store.RunAsync(query, query.Bind(arguments(random)), cancellationToken);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now != compiled)
            {
                (compiled, quietRuns) = (now, 0);
                quiet.Restart();
            }
            else if (++quietRuns >= SettledRuns && quiet.Elapsed >= SettledTime)
            {
                return;
            }
        }
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static double Percentile(List<double> sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}
