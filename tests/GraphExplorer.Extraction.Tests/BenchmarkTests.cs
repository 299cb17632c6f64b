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
