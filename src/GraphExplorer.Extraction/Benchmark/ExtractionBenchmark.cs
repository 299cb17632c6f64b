using System.Diagnostics;
using System.Text;
using GraphExplorer.Core.Extraction;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Benchmark;

/// <summary>Measures extraction throughput (MB/s, articles/s) over a corpus, e.g. <see cref="SyntheticCorpus.Generate"/>.</summary>
public static class ExtractionBenchmark
{
    /// <summary>
    /// Extracts every document once (after one warm-up article) and reports the throughput.
    /// <paramref name="threads"/> above 1 extracts in parallel with one shared extractor.
    /// </summary>
    /// <paramref name="profileSteps"/> (one thread, this assembly's pipeline) also measures the processor time and the
    /// allocations of each pipeline step (<see cref="BenchmarkFigures.Steps"/>).
    public static BenchmarkFigures Run(IArticleExtractor extractor, IReadOnlyList<SourceDocument> corpus, int threads = 1, bool profileSteps = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        if (corpus.Count > 0)
        {
            TryExtract(extractor, corpus[0]);
        }

        var steps = profileSteps && threads == 1 && extractor is ArticlePipeline ? new StepProfile() : null;
        long bytes = 0, entities = 0, relationships = 0, sentences = 0, parsed = 0;
        var rejected = 0;
        var processor = Environment.CpuUsage.TotalTime;
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var paused = GC.GetTotalPauseDuration();
        var stopwatch = Stopwatch.StartNew();
        Parallel.ForEach(
            corpus,
            new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken },
            document =>
            {
                var graph = TryExtract(extractor, document, out var counts, steps);
                Interlocked.Add(ref bytes, Encoding.UTF8.GetByteCount(document.Content));
                Interlocked.Add(ref sentences, counts.Sentences);
                Interlocked.Add(ref parsed, counts.Parsed);
                if (graph is null)
                {
                    Interlocked.Increment(ref rejected);
                    return;
                }

                Interlocked.Add(ref entities, graph.Entities.Count);
                Interlocked.Add(ref relationships, graph.Relationships.Count);
            });
        stopwatch.Stop();
        PartClock.Stop();
        return new BenchmarkFigures(corpus.Count, bytes, stopwatch.Elapsed, threads, entities, relationships, rejected)
        {
            ProcessorTime = Environment.CpuUsage.TotalTime - processor,
            Sentences = sentences,
            ParsedSentences = parsed,
            Steps = steps?.Figures() ?? [],
            Parts = steps?.Parts() ?? [],
            OtherThreadsTime = steps?.OtherThreads ?? TimeSpan.Zero,
            Collections = (GC.CollectionCount(0) - collections[0], GC.CollectionCount(1) - collections[1], GC.CollectionCount(2) - collections[2]),
            CollectorPause = GC.GetTotalPauseDuration() - paused,
        };
    }

    private static ArticleGraph? TryExtract(IArticleExtractor extractor, SourceDocument document) => TryExtract(extractor, document, out _);

    /// <summary>Extracts one document; for the pipeline of this assembly, also counts its sentences and those it parsed.</summary>
    private static ArticleGraph? TryExtract(IArticleExtractor extractor, SourceDocument document, out (int Sentences, int Parsed) counts, StepProfile? steps = null)
    {
        counts = default;
        try
        {
            if (extractor is not ArticlePipeline pipeline)
            {
                return extractor.Extract(document);
            }

            steps?.Start();
            var (graph, context) = pipeline.Run(document, afterStep: steps is null ? null : steps.AfterStep);
            steps?.AfterStep("graph");
            counts = (context.Sentences.Count, context.Sentences.Count(s => s.IsParsed));
            return graph;
        }
        catch (ArticleRejectedException)
        {
            return null;
        }
    }

    /// <summary>
    /// Processor time of the extracting thread and bytes it allocated per step, summed over articles, with the named parts
    /// of the steps' work (<see cref="PartClock"/>: tagging, parsing, tree repairs, rules) apart from the steps that ran
    /// them, and the processor time of the process's other threads (the runtime's compiler and collector).
    /// </summary>
    private sealed class StepProfile
    {
        private readonly List<(string Step, double Seconds, long Allocated)> totals = [];
        private readonly Dictionary<string, (double Seconds, long Bytes, long Count)> parts = new(StringComparer.Ordinal);
        private PartClock? clock;
        private int index;
        private double thread;
        private long allocated;
        private TimeSpan process;
        private double threadTotal;
        private TimeSpan processTotal;

        public void Start()
        {
            clock ??= new PartClock();
            clock.UseOnThisThread();
            index = 0;
            thread = PartClock.Now();
            process = Environment.CpuUsage.TotalTime;
            allocated = GC.GetAllocatedBytesForCurrentThread();
        }

        public void AfterStep(string step)
        {
            var nowThread = PartClock.Now();
            var nowAllocated = GC.GetAllocatedBytesForCurrentThread();
            if (totals.Count <= index)
            {
                totals.Add((step, 0, 0));
            }

            // the parts that ran in this step are the step's work, shown apart from its own
            double partSeconds = 0;
            long partBytes = 0;
            foreach (var (name, (seconds, bytes, count)) in clock!.Take())
            {
                var (s, b, c) = parts.GetValueOrDefault(name);
                parts[name] = (s + seconds, b + bytes, c + count);
                partSeconds += seconds;
                partBytes += bytes;
            }

            var (known, spent, allocatedSoFar) = totals[index];
            totals[index++] = (known, spent + (nowThread - thread) - partSeconds, allocatedSoFar + (nowAllocated - allocated) - partBytes);
            threadTotal += nowThread - thread;
            thread = nowThread;
            allocated = nowAllocated;
            if (step == "graph")
            {
                var nowProcess = Environment.CpuUsage.TotalTime;
                processTotal += nowProcess - process;
                process = nowProcess;
            }
        }

        /// <summary>The processor time the process spent beyond the extracting thread while articles were extracted.</summary>
        public TimeSpan OtherThreads => processTotal - TimeSpan.FromSeconds(threadTotal);

        public IReadOnlyList<StepFigures> Figures() => [.. totals.Select(t => new StepFigures(t.Step, TimeSpan.FromSeconds(t.Seconds), t.Allocated))];

        public IReadOnlyList<StepFigures> Parts() =>
            [.. parts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new StepFigures(p.Key, TimeSpan.FromSeconds(p.Value.Seconds), p.Value.Bytes) { Count = p.Value.Count })];
    }
}
