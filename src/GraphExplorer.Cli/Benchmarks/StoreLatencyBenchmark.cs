using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Cli.Benchmarks;

/// <summary>One query's latency on both stores, from the same arguments in the same order.</summary>
/// <param name="Label">The query and its distinguishing argument.</param>
/// <param name="Samples">Timed runs per store.</param>
/// <param name="Sqlite">Milliseconds on the embedded store (p50, p95), or why there are none.</param>
/// <param name="Neo4j">Milliseconds on Neo4j (p50, p95), or why there are none.</param>
/// <param name="Same">Runs whose results (rows and subgraph) were equal on both stores.</param>
internal sealed record StoreLatency(string Label, int Samples, Latency Sqlite, Latency Neo4j, int Same);

/// <summary>Percentiles in milliseconds, or the reason the store gave no answer (refused, timed out).</summary>
internal sealed record Latency(double P50, double P95, string? Failure = null)
{
    public override string ToString() => Failure ?? string.Create(CultureInfo.InvariantCulture, $"{P50,8:F1} {P95,8:F1}");
}

/// <summary>
/// p50/p95 of every curated query on the embedded store and on Neo4j holding the same graph: the arguments are drawn
/// from the graph (entities that have facts, their names, articles) with a fixed seed, each run on both stores in
/// turn, and the two results compared. A query that a store refuses or that runs past its timeout is reported as such;
/// a query slower than a second gets fewer samples.
/// </summary>
internal static class StoreLatencyBenchmark
{
    private const int SlowSamples = 5;
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(1);

    /// <summary>Measures every query; <paramref name="graph"/> is the graph both stores hold (read from the embedded one).</summary>
    public static async Task<IReadOnlyList<StoreLatency>> RunAsync(IQueryRunner sqlite, IQueryRunner neo4j, Subgraph graph, int samples, TextWriter progress, CancellationToken cancellationToken)
    {
        var results = new List<StoreLatency>();
        foreach (var (label, query, arguments) in Plan(graph))
        {
            results.Add(await MeasureAsync(sqlite, neo4j, label, query, arguments, samples, cancellationToken));
            progress.WriteLine(Format(results[^1]));
        }

        return results;
    }

    /// <summary>The table: one line per query, p50 and p95 in milliseconds on each store, and how many answers agreed.</summary>
    public static string Table(string title, IReadOnlyList<StoreLatency> results)
    {
        var lines = new List<string>
        {
            title,
            string.Create(CultureInfo.InvariantCulture, $"{"query",-26} {"n",4}  {"SQLite p50",10} {"p95",8}  {"Neo4j p50",10} {"p95",8}  {"same",5}"),
        };
        lines.AddRange(results.Select(Format));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Format(StoreLatency r) => string.Create(
        CultureInfo.InvariantCulture,
        $"{r.Label,-26} {r.Samples,4}  {Cell(r.Sqlite),19}  {Cell(r.Neo4j),19}  {r.Same,5}");

    private static string Cell(Latency latency) => latency.Failure ?? string.Create(CultureInfo.InvariantCulture, $"{latency.P50,10:F1} {latency.P95,8:F1}");

    private static IEnumerable<(string Label, QueryDefinition Query, Func<Random, Dictionary<string, string?>> Arguments)> Plan(Subgraph graph)
    {
        var linked = graph.Relationships.SelectMany(r => new[] { r.SourceId, r.TargetId }).Distinct(StringComparer.Ordinal).ToList();
        var names = graph.Nodes.ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal);
        var articles = graph.Articles.Select(a => a.Id).ToList();
        var agreements = graph.Nodes.Where(n => n.Label == NodeLabels.Agreement).Select(n => n.Id).ToList();
        var borders = graph.Nodes.Where(n => n.Label == NodeLabels.Border).Select(n => n.Id).ToList();
        string Entity(Random random) => linked[random.Next(linked.Count)];
        string Name(Random random) => names[Entity(random)];
        QueryDefinition Q(string name) => QueryCatalog.Default.Get(name);

        yield return ("ego-network depth=1", Q("ego-network"), r => new() { ["entity"] = Entity(r), ["depth"] = "1" });
        yield return ("ego-network depth=2", Q("ego-network"), r => new() { ["entity"] = Entity(r), ["depth"] = "2" });
        yield return ("shortest-paths", Q("shortest-paths"), r => new() { ["from"] = Entity(r), ["to"] = Entity(r) });
        yield return ("search", Q("search"), r => new() { ["text"] = Name(r).Split(' ')[0] });
        yield return ("meetings actor", Q("meetings"), r => new() { ["actor"] = Name(r) });
        yield return ("accusations accuser", Q("accusations"), r => new() { ["accuser"] = Entity(r) });
        yield return ("timeline", Q("timeline"), r => new() { ["entity"] = Entity(r) });
        yield return ("co-mentions", Q("co-mentions"), r => new() { ["entity"] = Name(r) });
        yield return ("evidence a", Q("evidence"), r => new() { ["a"] = Entity(r) });
        yield return ("article", Q("article"), r => new() { ["article"] = articles[r.Next(articles.Count)] });
        yield return ("agreements", Q("agreements"), r => agreements.Count == 0 ? [] : new() { ["agreement"] = agreements[r.Next(agreements.Count)] });
        yield return ("border-actors", Q("border-actors"), r => borders.Count == 0 ? [] : new() { ["border"] = borders[r.Next(borders.Count)] });
        yield return ("key-actors", Q("key-actors"), _ => []);
    }

    private static async Task<StoreLatency> MeasureAsync(
        IQueryRunner sqlite, IQueryRunner neo4j, string label, QueryDefinition query, Func<Random, Dictionary<string, string?>> arguments, int samples, CancellationToken cancellationToken)
    {
        var random = new Random(7);
        var warmUp = Math.Max(1, samples / 10);
        var (sqliteTimes, neo4jTimes) = (new List<double>(), new List<double>());
        string? sqliteFailure = null, neo4jFailure = null;
        var same = 0;
        for (var run = 0; run < warmUp + samples; run++)
        {
            var bound = query.Bind(arguments(random));
            var (sqliteResult, sqliteTime) = await TimeAsync(sqlite, query, bound, sqliteFailure, f => sqliteFailure = f, cancellationToken);
            var (neo4jResult, neo4jTime) = await TimeAsync(neo4j, query, bound, neo4jFailure, f => neo4jFailure = f, cancellationToken);
            if (run < warmUp)
            {
                continue;
            }

            if (sqliteResult is not null)
            {
                sqliteTimes.Add(sqliteTime);
            }

            if (neo4jResult is not null)
            {
                neo4jTimes.Add(neo4jTime);
            }

            if (sqliteResult is not null && neo4jResult is not null && JsonSerializer.Serialize(sqliteResult) == JsonSerializer.Serialize(neo4jResult))
            {
                same++;
            }

            var timed = Math.Max(sqliteTimes.Count, neo4jTimes.Count);
            if ((sqliteFailure is not null && neo4jFailure is not null)
                || (timed >= SlowSamples && Math.Max(sqliteTimes.DefaultIfEmpty().Max(), neo4jTimes.DefaultIfEmpty().Max()) > Slow.TotalMilliseconds))
            {
                break;
            }
        }

        return new StoreLatency(label, Math.Max(sqliteTimes.Count, neo4jTimes.Count), Percentiles(sqliteTimes, sqliteFailure), Percentiles(neo4jTimes, neo4jFailure), same);
    }

    /// <summary>One run; a store that refused or timed out once is not asked again.</summary>
    private static async Task<(QueryResult? Result, double Milliseconds)> TimeAsync(
        IQueryRunner store, QueryDefinition query, QueryArgumentDictionary arguments, string? failed, Action<string> fail, CancellationToken cancellationToken)
    {
        if (failed is not null)
        {
            return (null, 0);
        }

        var clock = Stopwatch.StartNew();
        try
        {
            var result = await store.RunAsync(query, arguments, cancellationToken);
            return (result, clock.Elapsed.TotalMilliseconds);
        }
        catch (QueryParameterException e)
        {
            fail("refused");
            Console.Error.WriteLine($"{query.Name}: refused: {e.Message}");
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            fail(string.Create(CultureInfo.InvariantCulture, $"timeout {clock.Elapsed.TotalSeconds:F0} s"));
        }

        return (null, 0);
    }

    private static Latency Percentiles(List<double> times, string? failure)
    {
        if (times.Count == 0)
        {
            return new Latency(0, 0, failure ?? "no runs");
        }

        times.Sort();
        return new Latency(Percentile(times, 0.50), Percentile(times, 0.95));
    }

    private static double Percentile(List<double> sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}
