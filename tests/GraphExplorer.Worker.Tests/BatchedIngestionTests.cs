using GraphExplorer.Storage.Sqlite;
using GraphExplorer.TestSupport;
using GraphExplorer.TestSupport.Fakes;
using GraphExplorer.Worker.Ingestion;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Worker.Tests;

/// <summary>Several articles per store transaction, on the real embedded store.</summary>
public sealed class BatchedIngestionTests : IDisposable
{
    private readonly TempDirectory folder = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static IngestionService Service(SqliteGraphStore store, int batchArticles, TimeSpan? batchTime = null)
    {
        var extractor = new ScriptedExtractor();
        var options = new IngestionOptions { ExtractionThreads = 2, BatchArticles = batchArticles, BatchTime = batchTime ?? TimeSpan.FromMinutes(1) };
        return new(extractor, extractor, store, store, Options.Create(options), TimeProvider.System, new CollectingLogger<IngestionService>());
    }

    private string Corpus(int articles)
    {
        var corpus = Directory.CreateDirectory(folder.File("corpus")).FullName;
        for (var i = 0; i < articles; i++)
        {
            // every article names one shared person and one of its own
            File.WriteAllText(Path.Combine(corpus, $"{i:D2}.txt"), $"Headline {i}\nShared Person (Person)\nOwn Person {i} (Person)\n");
        }

        return corpus;
    }

    [Fact]
    public async Task Each_article_is_reported_once_committed_and_in_file_order()
    {
        var corpus = Corpus(11);
        using var store = SqliteGraphStore.Open(folder.File("graph.db"));
        using var reader = SqliteGraphStore.Open(folder.File("graph.db")); // another set of connections: sees only what is committed
        var reported = new List<(string Id, bool Committed)>();
        var progress = new Inline(outcome => reported.Add((outcome.ArticleId, reader.GetContentHashAsync(outcome.ArticleId, Token).GetAwaiter().GetResult() is not null)));

        var summary = await Service(store, batchArticles: 4).IngestAsync([corpus], progress, Token);

        Assert.Equal((11, 0), (summary.New, summary.Failed));
        Assert.Equal([.. Enumerable.Range(0, 11).Select(i => $"{i:D2}")], reported.Select(r => r.Id));
        Assert.All(reported, r => Assert.True(r.Committed, $"{r.Id} was reported before its transaction was committed"));
        Assert.Equal(12, summary.Nodes);
    }

    [Fact]
    public async Task Batches_give_the_same_graph_as_one_article_per_transaction()
    {
        var corpus = Corpus(9);
        using var batched = SqliteGraphStore.Open(folder.File("batched.db"));
        using var single = SqliteGraphStore.Open(folder.File("single.db"));

        await Service(batched, batchArticles: 64).IngestAsync([corpus], cancellationToken: Token);
        await Service(single, batchArticles: 1).IngestAsync([corpus], cancellationToken: Token);

        var expected = await single.ReadGraphAsync(cancellationToken: Token);
        var actual = await batched.ReadGraphAsync(cancellationToken: Token);
        Assert.Equal(expected.Nodes.Select(n => (n.Id, n.Name)), actual.Nodes.Select(n => (n.Id, n.Name)));
        Assert.Equal(expected.Articles.Select(a => (a.Id, a.Title)), actual.Articles.Select(a => (a.Id, a.Title)));
        Assert.Equal(expected.Relationships.Count, actual.Relationships.Count);
    }

    [Fact]
    public async Task A_bad_file_inside_a_batch_is_recorded_as_failed_and_the_others_are_stored()
    {
        var corpus = Corpus(5);
        File.WriteAllText(Path.Combine(corpus, "02.txt"), "REJECT this one\n");
        using var store = SqliteGraphStore.Open(folder.File("graph.db"));

        var summary = await Service(store, batchArticles: 64).IngestAsync([corpus], cancellationToken: Token);

        Assert.Equal((4, 1), (summary.New, summary.Failed));
        var stats = await store.GetStatsAsync(Token);
        Assert.Equal((4, 1), (stats.Articles, stats.FailedArticles));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private sealed class Inline(Action<IngestOutcome> report) : IProgress<IngestOutcome>
    {
        public void Report(IngestOutcome value) => report(value);
    }
}
