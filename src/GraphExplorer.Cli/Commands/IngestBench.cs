using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Core.Extraction;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Storage;
using GraphExplorer.Extraction;
using GraphExplorer.Extraction.Benchmark;
using GraphExplorer.Worker.Ingestion;
using GraphExplorer.Worker.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>bench ingest</c>: MB/s of extraction alone and of <c>ingest</c> into a fresh embedded store, on a generated
/// corpus in which the same people, places and facts come back article after article (as in news), for each number
/// of cores asked for (the process is pinned to that many processors and extracts on as many threads). Also the time
/// at 2,000 articles and at 4,000 (or at half and all of a smaller corpus): with a write cost that does not grow with
/// what is stored, twice the articles take twice the time. Wall and processor (user + system) time are both printed,
/// and each target of issue 15 gets a pass/fail line on each: on a shared machine the wall time measures the neighbours.
/// </summary>
internal static class IngestBench
{
    private const int FirstMark = 2_000;

    /// <summary>Articles extraction alone, and ingest, run before they are timed.</summary>
    private const int WarmUpArticles = 500;

    public static Command Create()
    {
        var megabytes = new Option<int>("--mb") { Description = "Size of the generated corpus in MB (14 MB holds 4,000 articles)", DefaultValueFactory = _ => 14 };
        var threads = new Option<string>("--threads") { Description = "Cores to measure on, comma-separated: the process is pinned to that many processors and extracts on as many threads", DefaultValueFactory = _ => "1,2" };
        var pin = new Option<bool>("--pin") { Description = "Pin the process to as many processors as threads (off: threads only)", DefaultValueFactory = _ => true };
        var phases = new Option<bool>("--phases") { Description = "Also print the processor time of each ingestion step per article (the writer's lookup, resolution and store steps; reading and extraction)" };
        var writerOnly = new Option<bool>("--writer-only")
        {
            Description = "Extract the corpus once beforehand and time ingest with those graphs: the writer's cost without extraction (no extraction-alone run, no ratio to it)",
        };
        var warmUp = new Option<int>("--warm-up")
        {
            Description = "Articles ingested into a throwaway store before the timed runs, as extraction alone is warmed up on 500: the timed runs then measure compiled code, not the JIT compiling the writer (0: cold, as before)",
            DefaultValueFactory = _ => WarmUpArticles,
        };
        var command = new Command("ingest", "MB/s of ingest into a fresh embedded store and of extraction alone, on a generated corpus whose facts repeat, per number of cores")
        {
            megabytes, threads, pin, phases, writerOnly, warmUp,
        };
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
            var affinity = Affinity.Current();
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
                ExtractionBenchmark.Run(extractor, [.. corpus.Take(WarmUpArticles)], 1, cancellationToken: cancellationToken); // warm-up: gazetteers, and enough runs for the JIT to reach optimized code
                await Console.Out.WriteLineAsync(Invariant($"bench ingest: {corpus.Count} generated articles, {bytes / 1e6:F1} MB; {Environment.ProcessorCount} cores; CPU = process user + system time"));
                var writerOnlyRun = parse.GetValue(writerOnly);
                IArticleExtractor ingestExtractor = writerOnlyRun ? await PreExtracted.ExtractAsync(extractor, articles, cancellationToken) : extractor;
                var (early, late) = corpus.Count >= 2 * FirstMark ? (FirstMark, 2 * FirstMark) : (corpus.Count / 2, corpus.Count);
                var warm = Math.Clamp(parse.GetValue(warmUp), 0, corpus.Count);
                if (warm > 0)
                {
                    // The ingestion and store code (the writer, ADO.NET, the host) compiled and tiered up as extraction's is
                    // above, so that the ratio to extraction alone compares compiled code with compiled code.
                    var warmFolder = Path.Combine(folder.FullName, "warm-up");
                    Directory.CreateDirectory(warmFolder);
                    foreach (var document in corpus.Take(warm))
                    {
                        File.Copy(Path.Combine(articles, document.Id + ".txt"), Path.Combine(warmFolder, document.Id + ".txt"));
                    }

                    var warmRun = await IngestAsync(parse, ingestExtractor, warmFolder, Path.Combine(folder.FullName, "warm-up.db"), counts[0], warm, warm, null, cancellationToken);
                    await Console.Out.WriteLineAsync(Invariant(
                        $"  warm-up: the first {warm} articles ingested into a throwaway store ({warmRun.Seconds:F1} s, {warmRun.CpuSeconds:F1} s CPU, untimed; --warm-up 0 times a cold ingest)"));
                }

                using var profile = parse.GetValue(phases) ? new IngestPhases() : null;

                var extraction = new Dictionary<int, Figures>();
                var ingest = new Dictionary<int, IngestRun>();
                foreach (var count in counts)
                {
                    var pinned = parse.GetValue(pin) && affinity.PinTo(count);
                    try
                    {
                        var where = pinned ? $"{count} core(s) (pinned)" : $"{count} thread(s)";
                        if (!writerOnlyRun)
                        {
                            var settled = await SettleJitAsync(cancellationToken);
                            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
                            var cpu = ProcessorTime();
                            var collector = Collector.Now();
                            var figures = ExtractionBenchmark.Run(extractor, corpus, count, cancellationToken: cancellationToken);
                            extraction[count] = new Figures(figures.Elapsed.TotalSeconds, (ProcessorTime() - cpu).TotalSeconds);
                            compiled = System.Runtime.JitInfo.GetCompiledMethodCount() - compiled;
                            await Console.Out.WriteLineAsync(Invariant(
                                $"  extraction alone, {where}: {bytes / 1e6 / extraction[count].Seconds:F2} MB/s, {figures.ArticlesPerSecond:F0} articles/s ({extraction[count].Seconds:F1} s, {extraction[count].CpuSeconds:F1} s CPU: {bytes / 1e6 / extraction[count].CpuSeconds:F2} MB per CPU second); {figures.Relationships} facts stated; JIT {settled}, {compiled} methods compiled in the run; {Collector.Now() - collector}"));
                        }

                        profile?.Reset();
                        var jit = await SettleJitAsync(cancellationToken);
                        var collected = Collector.Now();
                        var run = await IngestAsync(parse, ingestExtractor, articles, Path.Combine(folder.FullName, $"graph-{count}.db"), count, early, late, profile, cancellationToken);
                        ingest[count] = run;
                        var what = writerOnlyRun ? "ingest of graphs extracted beforehand (the writer's cost)" : "ingest";
                        await Console.Out.WriteLineAsync(Invariant(
                            $"  {what}, {where}, {count} extraction thread(s), one writer: {bytes / 1e6 / run.Seconds:F2} MB/s, {corpus.Count / run.Seconds:F0} articles/s ({run.Seconds:F1} s, {run.CpuSeconds:F1} s CPU: {bytes / 1e6 / run.CpuSeconds:F2} MB per CPU second, {run.CpuSeconds * 1e3 / corpus.Count:F2} ms CPU per article); {run.Summary}; JIT {jit}, {run.Compiled} methods compiled in the run; {Collector.Now() - collected}"));
                        await Console.Out.WriteLineAsync(Invariant(
                            $"    first {early} articles {run.Early.Seconds:F1} s ({run.Early.CpuSeconds:F1} s CPU), first {late} {run.Late.Seconds:F1} s ({run.Late.CpuSeconds:F1} s CPU)"));
                        foreach (var line in run.Phases)
                        {
                            await Console.Out.WriteLineAsync(line);
                        }
                    }
                    finally
                    {
                        affinity.Restore();
                    }
                }

                await Console.Out.WriteLineAsync("Targets (issue 15):");
                if (ingest.TryGetValue(1, out var one) && extraction.TryGetValue(1, out var alone))
                {
                    await Console.Out.WriteLineAsync(Invariant(
                        $"  ingest on one core / extraction alone on one core: {alone.Seconds / one.Seconds:P0} wall {Verdict(alone.Seconds / one.Seconds >= 0.70)}, {alone.CpuSeconds / one.CpuSeconds:P0} CPU {Verdict(alone.CpuSeconds / one.CpuSeconds >= 0.70)} (target >= 70 %)"));
                    foreach (var (count, run) in ingest.Where(i => i.Key > 1))
                    {
                        // Without neighbours, the run on more cores takes at least its CPU time spread over them, and at least the
                        // writer's share of the one-core run (the writer is one thread): the speed-up that CPU time allows.
                        var writer = Math.Max(one.CpuSeconds - alone.CpuSeconds, 0);
                        var bound = one.CpuSeconds / Math.Max(run.CpuSeconds / count, writer);
                        await Console.Out.WriteLineAsync(Invariant(
                            $"  ingest on {count} cores / on one: x{one.Seconds / run.Seconds:F2} wall {Verdict(one.Seconds / run.Seconds >= 1.6)}; x{bound:F2} from CPU time, on cores of our own (one-core CPU {one.CpuSeconds:F1} s / max({count}-core CPU {run.CpuSeconds:F1} s / {count}, writer {writer:F1} s)) {Verdict(bound >= 1.6)} (target >= x1.6)"));
                    }
                }

                foreach (var (count, run) in ingest)
                {
                    await Console.Out.WriteLineAsync(Invariant(
                        $"  {late} articles / {early}, {count} core(s): x{run.Late.Seconds / run.Early.Seconds:F2} wall {Verdict(run.Late.Seconds / run.Early.Seconds <= 2.3)}, x{run.Late.CpuSeconds / run.Early.CpuSeconds:F2} CPU {Verdict(run.Late.CpuSeconds / run.Early.CpuSeconds <= 2.3)} (target <= x2.3)"));
                }

                return 0;
            }
            finally
            {
                affinity.Restore();
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
            }
        });
        return command;
    }

    private static string Verdict(bool pass) => pass ? "PASS" : "FAIL";

    private static async Task<IngestRun> IngestAsync(
        ParseResult parse, IArticleExtractor extractor, string articles, string database, int threads, int early, int late, IngestPhases? profile, CancellationToken cancellationToken)
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
        var done = 0;
        Figures earlyFigures = new(0, 0), lateFigures = new(0, 0);
        IReadOnlyDictionary<string, (double, double, long, long)>? earlyPhases = null;
        var cpu = ProcessorTime();
        var clock = Stopwatch.StartNew();
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        var progress = new Inline(_ =>
        {
            // outcomes come once their transaction is committed: the articles counted are stored
            ++done;
            if (done == early)
            {
                earlyFigures = new(clock.Elapsed.TotalSeconds, (ProcessorTime() - cpu).TotalSeconds);
                earlyPhases = profile?.Snapshot();
            }

            if (done == late)
            {
                lateFigures = new(clock.Elapsed.TotalSeconds, (ProcessorTime() - cpu).TotalSeconds);
            }
        });
        var service = ActivatorUtilities.CreateInstance<IngestionService>(host.Services, extractor);
        var summary = await service.IngestAsync([articles], progress, cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (ProcessorTime() - cpu).TotalSeconds;
        compiled = System.Runtime.JitInfo.GetCompiledMethodCount() - compiled;
        var stats = await host.Services.GetRequiredService<IGraphReader>().GetStatsAsync(cancellationToken);
        await host.StopAsync(cancellationToken);
        var phases = profile is null ? [] : IngestPhases.Report(earlyPhases ?? profile.Snapshot(), profile.Snapshot(), early, done).ToList();
        return new IngestRun(seconds, cpuSeconds, earlyFigures, lateFigures,
            Invariant($"{summary.New} new, {summary.Failed} failed; {stats.Entities} entities, {stats.Relationships} distinct facts, {stats.EvidenceSentences} evidence sentences"), phases, compiled);
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    private sealed record IngestRun(double Seconds, double CpuSeconds, Figures Early, Figures Late, string Summary, IReadOnlyList<string> Phases, long Compiled);

    /// <summary>
    /// Waits, idle, until the JIT has compiled no method for <see cref="SettledTime"/> (at most <see cref="SettleLimit"/>):
    /// the runtime compiles the methods a warm-up made hot again, optimized, on a background thread and after a delay, and
    /// on a busy machine that queue was still being worked through in the timed run that followed (a quarter of the
    /// process's CPU in a writer-only run under load), so that the run timed the compiler. Done before each timed run, of
    /// extraction alone as of ingest. Returns what it waited, for the output.
    /// </summary>
    private static async Task<string> SettleJitAsync(CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var quiet = Stopwatch.StartNew();
        var first = System.Runtime.JitInfo.GetCompiledMethodCount();
        var compiled = first;
        while (quiet.Elapsed < SettledTime && total.Elapsed < SettleLimit)
        {
            await Task.Delay(50, cancellationToken);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now != compiled)
            {
                compiled = now;
                quiet.Restart();
            }
        }

        return Invariant($"settled in {total.Elapsed.TotalSeconds:F1} s ({compiled - first} methods)");
    }

    /// <summary>How long the JIT compiles nothing before a timed run starts (<see cref="SettleJitAsync"/>).</summary>
    private static readonly TimeSpan SettledTime = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(30);

    private sealed record Figures(double Seconds, double CpuSeconds);

    /// <summary>
    /// The collector's work so far: collections of each generation, bytes allocated, time paused. Printed beside each timed
    /// run as the difference of two of these: objects that outlive a collection (the writer's caches, a batch's articles
    /// until its commit) make ingest's collections dearer than extraction alone's, and a blocking collection is done by the
    /// thread that triggered it, mostly the extracting one: the ratio of the two runs counts it there.
    /// </summary>
    private readonly record struct Collector(int Gen0, int Gen1, int Gen2, long Allocated, TimeSpan Paused)
    {
        public static Collector Now() =>
            new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration());

        public static Collector operator -(Collector after, Collector before) =>
            new(after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Allocated - before.Allocated, after.Paused - before.Paused);

        public override string ToString() =>
            Invariant($"GC {Gen0}/{Gen1}/{Gen2} collections of gen 0/1/2, {Allocated / 1e6:F0} MB allocated, {Paused.TotalSeconds:F2} s paused");
    }

    /// <summary>The processors the process may run on, and pinning it to the first few of them.</summary>
    private sealed class Affinity
    {
        private readonly long original;
        private readonly bool supported;

        private Affinity(long original, bool supported) => (this.original, this.supported) = (original, supported);

        public static Affinity Current()
        {
            if (!(OperatingSystem.IsLinux() || OperatingSystem.IsWindows()))
            {
                return new Affinity(0, false);
            }

            using var process = Process.GetCurrentProcess();
            return new Affinity((long)process.ProcessorAffinity, true);
        }

        /// <summary>Pins the process to its first <paramref name="count"/> allowed processors; false when it cannot.</summary>
        public bool PinTo(int count)
        {
            if (!supported || System.Numerics.BitOperations.PopCount((ulong)original) < count)
            {
                return false;
            }

            long mask = 0;
            for (var bit = 0; bit < 64 && System.Numerics.BitOperations.PopCount((ulong)mask) < count; bit++)
            {
                mask |= original & (1L << bit);
            }

            Set(mask);
            return true;
        }

        public void Restore()
        {
            if (supported)
            {
                Set(original);
            }
        }

        private static void Set(long mask)
        {
            if (OperatingSystem.IsWindows())
            {
                using var process = Process.GetCurrentProcess();
                process.ProcessorAffinity = (nint)mask;
            }
            else if (OperatingSystem.IsLinux())
            {
                // On Linux an affinity belongs to a thread (the process's setter pins the main thread only): every thread
                // there is now is pinned, and threads started later inherit the mask of the thread that starts them.
                var bits = (ulong)mask;
                foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
                {
                    if (int.TryParse(Path.GetFileName(task), CultureInfo.InvariantCulture, out var thread))
                    {
                        _ = SchedSetAffinity(thread, sizeof(ulong), ref bits); // a thread that just ended is no matter
                    }
                }
            }
        }

#pragma warning disable SYSLIB1054 // DllImport: a ref to a blittable value needs no unsafe code this way
        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "sched_setaffinity", SetLastError = true)]
        private static extern int SchedSetAffinity(int thread, nint size, ref ulong mask);
#pragma warning restore SYSLIB1054
    }

    /// <summary>Graphs extracted beforehand, handed out by content hash: ingest then costs what reading and the writer cost.</summary>
    private sealed class PreExtracted(IReadOnlyDictionary<string, ArticleGraph> graphs, ArticlePipeline fallback) : IArticleExtractor
    {
        public static async Task<PreExtracted> ExtractAsync(ArticlePipeline extractor, string folder, CancellationToken cancellationToken)
        {
            var reader = new ArticleFileReader(new IngestionOptions().MaxFileBytes);
            var graphs = new ConcurrentDictionary<string, ArticleGraph>(StringComparer.Ordinal);
            await Parallel.ForEachAsync(ArticleFiles.Expand([folder]), cancellationToken, async (file, token) =>
            {
                var document = await reader.ReadAsync(file, token);
                graphs[document.ContentHash] = extractor.Extract(document);
            });
            return new PreExtracted(graphs, extractor);
        }

        public ArticleGraph Extract(SourceDocument document) =>
            graphs.TryGetValue(document.ContentHash, out var graph) && graph.Article.Id == document.Id ? graph : fallback.Extract(document);
    }

    private sealed class Inline(Action<IngestOutcome> report) : IProgress<IngestOutcome>
    {
        public void Report(IngestOutcome value) => report(value);
    }
}
