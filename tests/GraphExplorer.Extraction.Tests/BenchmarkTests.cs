using GraphExplorer.Extraction.Benchmark;

namespace GraphExplorer.Extraction.Tests;

public sealed class BenchmarkTests
{
    [Fact]
    public void The_default_synthetic_corpus_holds_at_least_ten_megabytes_of_varied_articles()
    {
        var corpus = SyntheticCorpus.Generate();
        Assert.True(corpus.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Content)) >= 10_000_000);
        Assert.True(corpus.Select(d => d.Content).Distinct().Count() == corpus.Count, "articles repeat");
        Assert.True(corpus.Select(d => d.Content.Split('\n')[2]).Distinct().Count() > corpus.Count / 2, "headlines barely vary");
    }

    [Fact]
    public void The_corpus_is_deterministic_for_a_seed()
    {
        var a = SyntheticCorpus.Generate(50_000, seed: 7);
        var b = SyntheticCorpus.Generate(50_000, seed: 7);
        var c = SyntheticCorpus.Generate(50_000, seed: 8);
        Assert.Equal(a, b);
        Assert.NotEqual(a[0].Content, c[0].Content);
    }

    [Fact]
    public void The_benchmark_reports_throughput_and_extracted_facts()
    {
        var corpus = SyntheticCorpus.Generate(100_000);
        var figures = ExtractionBenchmark.Run(new ArticlePipeline(), corpus, threads: 2, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(corpus.Count, figures.Articles);
        Assert.True(figures.Bytes >= 100_000);
        Assert.True(figures.MegabytesPerSecond > 0 && figures.ArticlesPerSecond > 0);
        Assert.True(figures.Entities > corpus.Count && figures.Relationships > corpus.Count, figures.ToString());
        Assert.Equal(0, figures.Rejected);
    }

    [Fact]
    public void The_step_profile_times_every_step_and_folding_tagging_and_parsing_apart()
    {
        var corpus = SyntheticCorpus.Generate(30_000);
        var pipeline = new ArticlePipeline();
        var figures = ExtractionBenchmark.Run(pipeline, corpus, threads: 1, profileSteps: true, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal([.. pipeline.StepNames, "graph"], figures.Steps.Select(s => s.Step));
        var parts = figures.Parts.ToDictionary(p => p.Step);
        // each sentence parsed is folded once (when its tree is first read), then tagged and parsed once
        Assert.True(figures.ParsedSentences > 0);
        Assert.Equal(figures.ParsedSentences, parts[PartClock.Fold].Count);
        Assert.Equal(parts[PartClock.Tag].Count, parts[PartClock.Parse].Count);
        Assert.InRange(parts[PartClock.Parse].Count, 1, figures.ParsedSentences);
        Assert.True(parts[PartClock.Parse].ProcessorTime > TimeSpan.Zero && parts[PartClock.Tag].ProcessorTime > TimeSpan.Zero, figures.FormatSteps());
        Assert.True(parts[PartClock.Repairs].Count >= parts["relate: event rule"].Count, figures.FormatSteps());
        Assert.InRange((figures.ParsingTime - (parts[PartClock.Fold].ProcessorTime + parts[PartClock.Tag].ProcessorTime + parts[PartClock.Parse].ProcessorTime)).Duration(), TimeSpan.Zero, TimeSpan.FromMilliseconds(1));
        Assert.Contains("parse: tag", figures.FormatSteps(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parts_are_timed_only_on_a_thread_that_measures_and_count_their_own_time()
    {
        using (PartClock.Start(PartClock.Tag))
        {
            // no clock on this thread: nothing is measured, nothing fails
        }

        var clock = new PartClock();
        clock.UseOnThisThread();
        try
        {
            using (PartClock.Start(PartClock.Fold))
            {
                using (PartClock.Start(PartClock.Tag))
                {
                    Spin(TimeSpan.FromMilliseconds(30));
                }
            }

            var taken = clock.Take();
            Assert.Equal(1, taken[PartClock.Fold].Count);
            Assert.Equal(1, taken[PartClock.Tag].Count);
            // the outer part counts its own time only: the tagging inside it is the tagging's
            Assert.True(taken[PartClock.Tag].Seconds > taken[PartClock.Fold].Seconds, $"{taken[PartClock.Tag].Seconds} vs {taken[PartClock.Fold].Seconds}");
            Assert.Empty(clock.Take());
        }
        finally
        {
            PartClock.Stop();
        }

        static void Spin(TimeSpan processor)
        {
            var until = PartClock.Now() + processor.TotalSeconds;
            var x = 0UL;
            while (PartClock.Now() < until)
            {
                x = (x * 31) + 7;
            }

            GC.KeepAlive(x);
        }
    }

    [Fact]
    public void A_long_article_has_the_sentences_asked_for_and_the_same_text_for_a_seed()
    {
        var article = SyntheticCorpus.LongArticle(300);
        Assert.Equal(article.Content, SyntheticCorpus.LongArticle(300).Content);
        // every body sentence ends in ". " (dateline, headline and byline are the first three paragraphs)
        var body = article.Content.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Skip(3);
        Assert.Equal(300, body.Sum(paragraph => paragraph.Split(". ").Length - 1));
        Assert.True(SyntheticCorpus.LongArticle(600).Content.Length > 1.8 * article.Content.Length);
    }

    [Fact]
    public void The_length_benchmark_extracts_each_size_and_reports_medians()
    {
        var figures = ArticleLengthBenchmark.Run(new ArticlePipeline(), [100, 200], repeats: 1, TestContext.Current.CancellationToken).ToList();
        Assert.Equal([100, 200], figures.Select(f => f.Sentences));
        Assert.All(figures, f => Assert.True(f.Relationships > 0 && f.MedianSeconds > 0, f.ToString()));
        Assert.Contains("x", ArticleLengthBenchmark.Format(figures[1], figures[0]), StringComparison.Ordinal);
    }
}
