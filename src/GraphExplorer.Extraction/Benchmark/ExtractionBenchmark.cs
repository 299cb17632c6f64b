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
    public static BenchmarkFigures Run(IArticleExtractor extractor, IReadOnlyList<SourceDocument> corpus, int threads = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        if (corpus.Count > 0)
        {
            TryExtract(extractor, corpus[0]);
        }

        long bytes = 0, entities = 0, relationships = 0, sentences = 0, parsed = 0;
        var rejected = 0;
        var processor = Environment.CpuUsage.TotalTime;
        var stopwatch = Stopwatch.StartNew();
        Parallel.ForEach(
            corpus,
            new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken },
            document =>
            {
                var graph = TryExtract(extractor, document, out var counts);
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
        };
    }

    private static ArticleGraph? TryExtract(IArticleExtractor extractor, SourceDocument document) => TryExtract(extractor, document, out _);

    /// <summary>Extracts one document; for the pipeline of this assembly, also counts its sentences and those it parsed.</summary>
    private static ArticleGraph? TryExtract(IArticleExtractor extractor, SourceDocument document, out (int Sentences, int Parsed) counts)
    {
        counts = default;
        try
        {
            if (extractor is not ArticlePipeline pipeline)
            {
                return extractor.Extract(document);
            }

            var (graph, context) = pipeline.Run(document);
            counts = (context.Sentences.Count, context.Sentences.Count(s => s.Syntax is not null));
            return graph;
        }
        catch (ArticleRejectedException)
        {
            return null;
        }
    }
}
