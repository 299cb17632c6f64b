using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphExplorer.Cli.Benchmarks;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction;
using GraphExplorer.Extraction.Benchmark;
using GraphExplorer.Storage.Neo4j;
using GraphExplorer.Storage.Neo4j.Benchmark;
using GraphExplorer.Storage.Sqlite.Benchmark;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>bench extract|queries|neo4j|neo4j-queries|load</c>: benchmark programs that print figures.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Benchmarks that print figures");
        command.Subcommands.Add(Extract());
        command.Subcommands.Add(Queries());
        command.Subcommands.Add(Neo4j());
        command.Subcommands.Add(Neo4jQueries());
        command.Subcommands.Add(LoadBench.Create());
        command.Subcommands.Add(IngestBench.Create());
        return command;
    }

    private static Command Extract()
    {
        var megabytes = new Option<int>("--mb") { Description = "Size of the synthetic corpus in MB (at least 10 for a meaningful figure)", DefaultValueFactory = _ => 10 };
        var threads = new Option<int>("--threads") { Description = "Extraction threads", DefaultValueFactory = _ => 1 };
        var sentences = new Option<string?>("--sentences")
        {
            Description = "Instead: the time of one generated article per length, e.g. 1000,2000,5000,10000,20000 (ratios against 2000 show whether extraction is linear)",
        };
        var repeats = new Option<int>("--repeats") { Description = "Runs per article length (medians are reported)", DefaultValueFactory = _ => 3 };
        var steps = new Option<bool>("--steps") { Description = "Also print the processor time and allocations of each pipeline step (one thread)" };
        var articles = new Option<string[]>("--articles")
        {
            Description = "Instead of the synthetic corpus: these plain-text files, each extracted --repeats times (a text that extracts slowly, profiled with --steps)",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("extract", "Extraction throughput (MB/s, articles/s) on a synthetic news corpus") { megabytes, threads, sentences, repeats, steps, articles };
        command.SetAction((parse, cancellationToken) =>
        {
            if (parse.GetValue(sentences) is { } lengths)
            {
                return Task.FromResult(ArticleLengths(lengths, parse.GetValue(repeats), cancellationToken));
            }

            IReadOnlyList<SourceDocument> corpus;
            if (parse.GetValue(articles) is { Length: > 0 } files)
            {
                try
                {
                    corpus = [.. Enumerable.Range(0, Math.Max(1, parse.GetValue(repeats))).SelectMany(round => files.Select(file => PlainText(file, round)))];
                }
                catch (IOException e)
                {
                    Console.Error.WriteLine("bench extract: " + e.Message);
                    return Task.FromResult(1);
                }
            }
            else
            {
                corpus = SyntheticCorpus.Generate(parse.GetValue(megabytes) * 1_000_000L);
            }

            var extractor = new ArticlePipeline();
            ExtractionBenchmark.Run(extractor, [.. corpus.Take(20)], 1, cancellationToken: cancellationToken); // warm-up: JIT and gazetteer load
            var figures = ExtractionBenchmark.Run(extractor, corpus, Math.Max(1, parse.GetValue(threads)), parse.GetValue(steps), cancellationToken);
            Console.Out.WriteLine(figures.ToString());
            if (figures.Steps.Count > 0)
            {
                Console.Out.WriteLine(figures.FormatSteps());
            }
            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>A plain-text file as an article (the round makes each repeat a document of its own).</summary>
    private static SourceDocument PlainText(string file, int round)
    {
        var text = File.ReadAllText(file);
        var id = $"{Path.GetFileNameWithoutExtension(file)}_{round}";
        return new SourceDocument(id, text, SourceDocument.PlainText, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), Path.GetFileName(file));
    }

    private static int ArticleLengths(string lengths, int repeats, CancellationToken cancellationToken)
    {
        var sizes = new List<int>();
        foreach (var part in lengths.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, System.Globalization.CultureInfo.InvariantCulture, out var size) || size < 1)
            {
                Console.Error.WriteLine($"bench extract: --sentences '{lengths}' is not a comma-separated list of positive numbers ('{part}')");
                return 1;
            }

            sizes.Add(size);
        }

        var all = ArticleLengthBenchmark.Run(new ArticlePipeline(), sizes, Math.Max(1, repeats), cancellationToken).ToList();
        var reference = all.FirstOrDefault(f => f.Sentences == 2_000) ?? all[0];
        foreach (var figures in all)
        {
            Console.Out.WriteLine(ArticleLengthBenchmark.Format(figures, figures == reference ? null : reference));
            if (figures.StepSeconds.Count > 0)
            {
                Console.Out.WriteLine(ArticleLengthBenchmark.FormatSteps(figures, figures == reference ? null : reference));
            }
        }

        if (all.FirstOrDefault(f => f.Sentences == 10_000) is { } longest && reference.Sentences == 2_000)
        {
            var wall = longest.MedianSeconds / reference.MedianSeconds;
            var cpu = longest.MedianCpuSeconds / Math.Max(reference.MedianCpuSeconds, 1e-9);
            Console.Out.WriteLine(FormattableString.Invariant(
                $"Target (issue 15): 10,000 sentences / 2,000: x{wall:F2} wall {(wall <= 6 ? "PASS" : "FAIL")}, x{cpu:F2} CPU {(cpu <= 6 ? "PASS" : "FAIL")} (target <= x6; CPU = process user + system time)"));
        }

        return 0;
    }

    private static Command Queries()
    {
        var file = new Option<string>("--file") { Description = "SQLite file for the synthetic graph (reused when it already holds it)", DefaultValueFactory = _ => Path.Combine("data", "bench-100k-1m.db") };
        var nodes = new Option<int>("--nodes") { DefaultValueFactory = _ => 100_000 };
        var edges = new Option<int>("--edges") { DefaultValueFactory = _ => 1_000_000 };
        var samples = new Option<int>("--samples") { DefaultValueFactory = _ => 200 };
        var csv = new Option<string?>("--csv") { Description = "Also write the synthetic graph as CSV files into this folder (after the timed build), for another database's bulk loader" };
        var runs = new Option<string?>("--runs") { Description = "Write every timed run (query, arguments, milliseconds, rows) to this file as JSON lines, to compare with another database" };
        var only = new Option<string[]>("--only") { Description = "Time only the queries whose label starts with one of these (e.g. ego-network), to profile one", AllowMultipleArgumentsPerToken = true };
        var settle = new Option<bool>("--settle")
        {
            Description = "Run each query until the JIT has settled before timing it (false: only the fixed warm-up of a tenth of the samples, as before)",
            DefaultValueFactory = _ => true,
        };
        var command = new Command("queries", "p50/p95 latency of every curated query on a synthetic graph in the embedded store") { file, nodes, edges, samples, csv, runs, only, settle };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = Path.GetFullPath(parse.GetRequiredValue(file));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var runLog = parse.GetValue(runs) is { } runsPath ? new StreamWriter(runsPath) : null;
            await QueryBenchmark.RunAsync(
                path, parse.GetValue(nodes), parse.GetValue(edges), parse.GetValue(samples), Console.Out, parse.GetValue(csv),
                runLog is null ? null : run => runLog.WriteLine(JsonSerializer.Serialize(new { query = run.Label, arguments = run.Arguments, milliseconds = run.Milliseconds, rows = run.Result.Rows })),
                parse.GetValue(only),
                parse.GetValue(settle),
                cancellationToken);
            return 0;
        });
        return command;
    }

    private static Command Neo4j()
    {
        var rows = new Option<int>("--rows") { Description = "Fact rows written in batches (a quarter as many entities)", DefaultValueFactory = _ => 50_000 };
        var batch = new Option<int>("--batch") { Description = "Rows per UNWIND statement", DefaultValueFactory = _ => Neo4jWriteBenchmark.DefaultBatchSize };
        var perTransaction = new Option<int>("--per-transaction") { Description = "Batched statements per explicit transaction", DefaultValueFactory = _ => Neo4jWriteBenchmark.DefaultStatementsPerTransaction };
        var command = new Command("neo4j", "Fact rows per second written as ingest writes them, batched and not, on the Neo4j in NEO4J_URI (synthetic data, deleted afterwards)") { rows, batch, perTransaction };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = Neo4jOptions.FromEnvironment();
            if (options is null)
            {
                Console.Out.WriteLine("bench neo4j: no server configured (set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)");
                return 0;
            }

            var result = await Neo4jWriteBenchmark.RunAsync(options, parse.GetValue(rows), parse.GetValue(batch), parse.GetValue(perTransaction), cancellationToken);
            Console.Out.WriteLine(result.Reachable ? result.ToString() : "bench neo4j: " + result);
            return 0;
        });
        return command;
    }

    private static Command Neo4jQueries()
    {
        var articles = new Option<string[]>("--articles") { Description = "Ingest these files or folders into a fresh embedded store and into Neo4j first", AllowMultipleArgumentsPerToken = true };
        var empty = new Option<bool>("--empty-neo4j") { Description = "With --articles: delete everything in the Neo4j database first" };
        var sqlite = new Option<FileInfo?>("--sqlite") { Description = "An embedded store that Neo4j already holds the same graph as (e.g. the synthetic graph of 'bench queries', loaded with import --neo4j-admin-dir)" };
        var samples = new Option<int>("--samples") { Description = "Timed runs per query and store", DefaultValueFactory = _ => 50 };
        var command = new Command("neo4j-queries", "p50/p95 of every curated query on the embedded store and on the Neo4j in NEO4J_URI, side by side, on the same graph") { articles, empty, sqlite, samples };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = Neo4jOptions.FromEnvironment();
            if (options is null)
            {
                Console.Error.WriteLine("bench neo4j-queries: no server configured (set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)");
                return 2;
            }

            try
            {
                return await StoreLatencyCommand.RunAsync(options, parse.GetValue(articles) ?? [], parse.GetValue(empty), parse.GetValue(sqlite), parse.GetValue(samples), cancellationToken);
            }
            catch (InvalidOperationException e)
            {
                Console.Error.WriteLine("bench neo4j-queries: " + e.Message);
                return 2;
            }
        });
        return command;
    }
}
