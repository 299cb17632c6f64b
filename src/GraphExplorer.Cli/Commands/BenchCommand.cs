using System.CommandLine;
using GraphExplorer.Extraction;
using GraphExplorer.Extraction.Benchmark;
using GraphExplorer.Storage.Neo4j;
using GraphExplorer.Storage.Neo4j.Benchmark;
using GraphExplorer.Storage.Sqlite.Benchmark;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>bench extract|queries|neo4j|load</c>: benchmark programs that print figures.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Benchmarks that print figures");
        command.Subcommands.Add(Extract());
        command.Subcommands.Add(Queries());
        command.Subcommands.Add(Neo4j());
        command.Subcommands.Add(LoadBench.Create());
        return command;
    }

    private static Command Extract()
    {
        var megabytes = new Option<int>("--mb") { Description = "Size of the synthetic corpus in MB (at least 10 for a meaningful figure)", DefaultValueFactory = _ => 10 };
        var threads = new Option<int>("--threads") { Description = "Extraction threads", DefaultValueFactory = _ => 1 };
        var command = new Command("extract", "Extraction throughput (MB/s, articles/s) on a synthetic news corpus") { megabytes, threads };
        command.SetAction((parse, cancellationToken) =>
        {
            var corpus = SyntheticCorpus.Generate(parse.GetValue(megabytes) * 1_000_000L);
            var extractor = new ArticlePipeline();
            ExtractionBenchmark.Run(extractor, [.. corpus.Take(20)], 1, cancellationToken); // warm-up: JIT and gazetteer load
            var figures = ExtractionBenchmark.Run(extractor, corpus, Math.Max(1, parse.GetValue(threads)), cancellationToken);
            Console.Out.WriteLine(figures.ToString());
            return Task.FromResult(0);
        });
        return command;
    }

    private static Command Queries()
    {
        var file = new Option<string>("--file") { Description = "SQLite file for the synthetic graph (reused when it already holds it)", DefaultValueFactory = _ => Path.Combine("data", "bench-100k-1m.db") };
        var nodes = new Option<int>("--nodes") { DefaultValueFactory = _ => 100_000 };
        var edges = new Option<int>("--edges") { DefaultValueFactory = _ => 1_000_000 };
        var samples = new Option<int>("--samples") { DefaultValueFactory = _ => 200 };
        var command = new Command("queries", "p50/p95 latency of every curated query on a synthetic graph in the embedded store") { file, nodes, edges, samples };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = Path.GetFullPath(parse.GetRequiredValue(file));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await QueryBenchmark.RunAsync(path, parse.GetValue(nodes), parse.GetValue(edges), parse.GetValue(samples), Console.Out, cancellationToken);
            return 0;
        });
        return command;
    }

    private static Command Neo4j()
    {
        var rows = new Option<int>("--rows") { Description = "Rows to upsert", DefaultValueFactory = _ => 20_000 };
        var command = new Command("neo4j", "Batched UNWIND upserts against one statement per row, on the Neo4j in NEO4J_URI") { rows };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = Neo4jOptions.FromEnvironment();
            if (options is null)
            {
                Console.Out.WriteLine("bench neo4j: no server configured (set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)");
                return 0;
            }

            var result = await Neo4jUpsertBenchmark.RunAsync(options, parse.GetValue(rows), cancellationToken);
            Console.Out.WriteLine(result.Reachable
                ? $"batched: {result.Rows} rows at {result.BatchedRowsPerSecond:N0} rows/s; one per row: {result.SingleRows} rows at {result.SingleRowsPerSecond:N0} rows/s; speed-up x{result.Speedup:N1}"
                : $"bench neo4j: {result.Message}");
            return 0;
        });
        return command;
    }
}
