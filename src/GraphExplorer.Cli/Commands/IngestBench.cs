using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Core.Storage;
using GraphExplorer.Extraction;
using GraphExplorer.Extraction.Benchmark;
using GraphExplorer.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>bench ingest</c>: MB/s of extraction alone and of <c>ingest</c> into a fresh embedded store, on a generated
/// corpus in which the same people, places and facts come back article after article (as in news), for each number
/// of extraction threads asked for. Also the time at half the articles and at all of them: with a write cost that
/// does not grow with what is stored, the second half takes no longer than the first.
/// </summary>
internal static class IngestBench
{
    public static Command Create()
    {
        var megabytes = new Option<int>("--mb") { Description = "Size of the generated corpus in MB (10 or more for the issue's figures)", DefaultValueFactory = _ => 10 };
        var threads = new Option<string>("--threads") { Description = "Extraction threads to measure, comma-separated", DefaultValueFactory = _ => "1,2" };
        var command = new Command("ingest", "MB/s of ingest into a fresh embedded store and of extraction alone, on a generated corpus whose facts repeat") { megabytes, threads };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var counts = new List<int>();
            foreach (var part in parse.GetValue(threads)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!int.TryParse(part, CultureInfo.InvariantCulture, out var count) || count < 1)
                {
                    await Console.Error.WriteLineAsync($"bench ingest: --threads '{parse.GetValue(threads)}' is not a comma-separated list of positive numbers ('{part}')");
                    return 1;
                }

                counts.Add(count);
            }

            var folder = Directory.CreateTempSubdirectory("graph-explorer-ingest-bench-");
            try
            {
                var corpus = SyntheticCorpus.Generate(Math.Max(1, parse.GetValue(megabytes)) * 1_000_000L);
                var articles = Path.Combine(folder.FullName, "articles");
                Directory.CreateDirectory(articles);
                long bytes = 0;
                foreach (var document in corpus)
                {
                    var content = Encoding.UTF8.GetBytes(document.Content);
                    bytes += content.Length;
                    await File.WriteAllBytesAsync(Path.Combine(articles, document.Id + ".txt"), content, cancellationToken);
                }

                var extractor = new ArticlePipeline();
                ExtractionBenchmark.Run(extractor, [.. corpus.Take(500)], 1, cancellationToken); // warm-up: gazetteers, and enough runs for the JIT to reach optimized code
                await Console.Out.WriteLineAsync(Invariant($"bench ingest: {corpus.Count} generated articles, {bytes / 1e6:F1} MB; {Environment.ProcessorCount} cores"));

                var extraction = new Dictionary<int, double>();
                var ingest = new Dictionary<int, double>();
                foreach (var count in counts)
                {
                    var cpu = ProcessorTime();
                    var figures = ExtractionBenchmark.Run(extractor, corpus, count, cancellationToken);
                    extraction[count] = figures.MegabytesPerSecond;
                    await Console.Out.WriteLineAsync(Invariant(
                        $"  extraction alone, {count} thread(s): {figures.MegabytesPerSecond:F2} MB/s, {figures.ArticlesPerSecond:F0} articles/s ({figures.Elapsed.TotalSeconds:F1} s, {(ProcessorTime() - cpu).TotalSeconds:F1} s CPU); {figures.Relationships} facts stated"));

                    var run = await IngestAsync(parse, articles, Path.Combine(folder.FullName, $"graph-{count}.db"), count, corpus.Count, cancellationToken);
                    ingest[count] = bytes / 1e6 / run.Seconds;
                    await Console.Out.WriteLineAsync(Invariant(
                        $"  ingest, {count} extraction thread(s), one writer: {ingest[count]:F2} MB/s, {corpus.Count / run.Seconds:F0} articles/s ({run.Seconds:F1} s, {run.CpuSeconds:F1} s CPU); {run.Summary}"));
                    await Console.Out.WriteLineAsync(Invariant(
                        $"    first {run.Half} articles {run.HalfSeconds:F1} s ({run.HalfCpuSeconds:F1} s CPU), all {corpus.Count} {run.Seconds:F1} s ({run.CpuSeconds:F1} s CPU): x{run.Seconds / run.HalfSeconds:F2} wall, x{run.CpuSeconds / run.HalfCpuSeconds:F2} CPU for twice the articles"));
                }

                if (counts.Contains(1))
                {
                    await Console.Out.WriteLineAsync(Invariant($"  ingest on one thread / extraction alone on one thread: {ingest[1] / extraction[1]:P0}"));
                    foreach (var count in counts.Where(c => c > 1))
                    {
                        await Console.Out.WriteLineAsync(Invariant($"  ingest on {count} threads / on one: x{ingest[count] / ingest[1]:F2}"));
                    }
                }

                return 0;
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
            }
        });
        return command;
    }

    private static async Task<IngestRun> IngestAsync(ParseResult parse, string articles, string database, int threads, int total, CancellationToken cancellationToken)
    {
        var overrides = new Dictionary<string, string?>
        {
            [StorageRegistration.ProviderKey] = "sqlite",
            [StorageRegistration.SqlitePathKey] = database,
            ["Ingestion:ExtractionThreads"] = threads.ToString(CultureInfo.InvariantCulture),
            ["Inbox:Enabled"] = "false",
        };
        using var host = AppHost.Build(parse, overrides);
        await host.StartAsync(cancellationToken);
        var half = total / 2;
        var done = 0;
        var halfSeconds = 0.0;
        var halfCpuSeconds = 0.0;
        var cpu = ProcessorTime();
        var clock = Stopwatch.StartNew();
        var progress = new Inline(_ =>
        {
            if (++done == half)
            {
                halfSeconds = clock.Elapsed.TotalSeconds;
                halfCpuSeconds = (ProcessorTime() - cpu).TotalSeconds;
            }
        });
        var summary = await host.Services.GetRequiredService<IngestionService>().IngestAsync([articles], progress, cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (ProcessorTime() - cpu).TotalSeconds;
        var stats = await host.Services.GetRequiredService<IGraphReader>().GetStatsAsync(cancellationToken);
        await host.StopAsync(cancellationToken);
        return new IngestRun(seconds, cpuSeconds, half, halfSeconds, halfCpuSeconds,
            Invariant($"{summary.New} new, {summary.Failed} failed; {stats.Entities} entities, {stats.Relationships} distinct facts, {stats.EvidenceSentences} evidence sentences"));
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    private sealed record IngestRun(double Seconds, double CpuSeconds, int Half, double HalfSeconds, double HalfCpuSeconds, string Summary);

    private sealed class Inline(Action<IngestOutcome> report) : IProgress<IngestOutcome>
    {
        public void Report(IngestOutcome value) => report(value);
    }
}
