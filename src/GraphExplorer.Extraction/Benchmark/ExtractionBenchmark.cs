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
        return new BenchmarkFigures(corpus.Count, bytes, stopwatch.Elapsed, threads, entities, relationships, rejected)
        {
            ProcessorTime = Environment.CpuUsage.TotalTime - processor,
            Sentences = sentences,
            ParsedSentences = parsed,
            Steps = steps?.Figures() ?? [],
            ParsingTime = steps?.Parsing ?? TimeSpan.Zero,
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

    /// <summary>Processor time (the whole process: the collector's work counts where it is caused) and bytes allocated per step, summed over articles.</summary>
    private sealed class StepProfile
    {
        private readonly List<(string Step, TimeSpan Processor, long Allocated)> totals = [];
        private int index;
        private TimeSpan processor;
        private long allocated;

        /// <summary>Processor time spent parsing, in whichever steps read the trees first.</summary>
        public TimeSpan Parsing { get; private set; }

        public void Start()
        {
            Syntax.ParseStep.ParsingClock = TimeSpan.Zero;
            index = 0;
            processor = Environment.CpuUsage.TotalTime;
            allocated = GC.GetAllocatedBytesForCurrentThread();
        }

        public void AfterStep(string step)
        {
            var nowProcessor = Environment.CpuUsage.TotalTime;
            var nowAllocated = GC.GetAllocatedBytesForCurrentThread();
            if (totals.Count <= index)
            {
                totals.Add((step, TimeSpan.Zero, 0));
            }

            var (name, spent, bytes) = totals[index];
            totals[index++] = (name, spent + (nowProcessor - processor), bytes + (nowAllocated - allocated));
            processor = nowProcessor;
            allocated = nowAllocated;
            if (step == "graph")
            {
                Parsing += Syntax.ParseStep.ParsingClock ?? TimeSpan.Zero;
                Syntax.ParseStep.ParsingClock = null;
            }
        }

        public IReadOnlyList<StepFigures> Figures() => [.. totals.Select(t => new StepFigures(t.Step, t.Processor, t.Allocated))];
    }
}
