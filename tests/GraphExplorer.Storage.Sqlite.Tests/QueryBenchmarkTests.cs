using GraphExplorer.Storage.Sqlite.Benchmark;
using GraphExplorer.TestSupport;

namespace GraphExplorer.Storage.Sqlite.Tests;

public sealed class QueryBenchmarkTests
{
    [Fact]
    public async Task A_small_synthetic_graph_is_built_once_and_every_query_is_timed()
    {
        using var folder = new TempDirectory();
        var path = folder.File("bench.db");
        var output = new StringWriter();

        var first = await QueryBenchmark.RunAsync(path, nodes: 300, edges: 2_000, samples: 5, output, TestContext.Current.CancellationToken);
        var second = await QueryBenchmark.RunAsync(path, nodes: 300, edges: 2_000, samples: 5, null, TestContext.Current.CancellationToken);

        Assert.Contains("ego-network depth=2", first.Select(r => r.Query));
        Assert.Contains("shortest-paths", first.Select(r => r.Query));
        Assert.All(first, r => Assert.True(r.P50Milliseconds <= r.P95Milliseconds && r.P95Milliseconds <= r.MaxMilliseconds, r.Query));
        Assert.True(first.Single(r => r.Query == "ego-network depth=1").MeanRows > 0);
        Assert.Contains("Building", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(first.Select(r => r.MeanRows), second.Select(r => r.MeanRows));
    }

    [Fact]
    public async Task The_synthetic_articles_sentences_follow_each_other_without_overlapping()
    {
        using var folder = new TempDirectory();
        var path = folder.File("bench.db");
        await QueryBenchmark.RunAsync(path, nodes: 300, edges: 2_000, samples: 1, null, TestContext.Current.CancellationToken);

        using var store = SqliteGraphStore.Open(path);
        var graph = await store.ReadGraphAsync(null, TestContext.Current.CancellationToken);
        var byArticle = graph.Relationships.SelectMany(r => r.Evidence).GroupBy(e => e.ArticleId).ToList();
        Assert.True(byArticle.Count > 1);
        foreach (var article in byArticle)
        {
            // an export rebuilds each article's text from its sentences at their offsets: they must tile it, one space apart
            var spans = article.OrderBy(e => e.Start).ToList();
            Assert.Equal(0, spans[0].Start);
            Assert.All(spans, e => Assert.Equal(e.Sentence.Length, e.End - e.Start));
            Assert.All(spans.Zip(spans.Skip(1)), pair => Assert.Equal(pair.First.End + 1, pair.Second.Start));
        }
    }

    [Fact]
    public async Task A_database_holding_another_graph_is_refused()
    {
        using var folder = new TempDirectory();
        var path = folder.File("real.db");
        using (var store = SqliteGraphStore.Open(path))
        {
            foreach (var graph in SeedGraphFixture.Load())
            {
                await store.SaveArticleAsync(graph, TestContext.Current.CancellationToken);
            }
        }

        var error = await Assert.ThrowsAsync<ArgumentException>(() => QueryBenchmark.RunAsync(path, 300, 2_000, 5, null, TestContext.Current.CancellationToken));
        Assert.Contains("not this synthetic one", error.Message, StringComparison.Ordinal);
    }
}
