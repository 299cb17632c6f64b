using GraphExplorer.TestSupport;
using GraphExplorer.TestSupport.Fakes;
using GraphExplorer.Worker.Ingestion;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Worker.Tests;

public sealed class IngestionServiceTests : IDisposable
{
    private readonly TempDirectory folder = new();
    private readonly InMemoryGraphStore store = new();
    private readonly ScriptedExtractor extractor = new();
    private readonly CollectingLogger<IngestionService> logger = new();

    private IngestionService Service(long maxFileBytes = 10 * 1024 * 1024) =>
        new(extractor, extractor, store, store, Options.Create(new IngestionOptions { MaxFileBytes = maxFileBytes }), TimeProvider.System, logger);

    private string Write(string name, string text)
    {
        var path = folder.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = folder.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public async Task Ingests_a_folder_and_counts_new_articles()
    {
        Write("a.txt", "Headline A\nJane Roe (Person)\n");
        Write("b.html", "<p>Headline B</p>\nAcme Corp (Organization)\n");
        Write("notes.md", "not an article");

        var summary = await Service().IngestAsync([folder.Path], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((2, 0, 0, 0), (summary.New, summary.Updated, summary.Unchanged, summary.Failed));
        Assert.Equal(["a", "b"], store.ArticleIds);
        Assert.Equal(2, summary.Nodes);
    }

    [Fact]
    public async Task Unchanged_articles_are_skipped_and_changed_ones_replaced()
    {
        var path = Write("a.txt", "Headline\nJane Roe (Person)\n");
        var service = Service();
        await service.IngestAsync([path], cancellationToken: TestContext.Current.CancellationToken);

        var again = await service.IngestAsync([path], cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(1, again.Unchanged);
        Assert.Equal(1, extractor.Calls);

        File.WriteAllText(path, "Headline\nJohn Doe (Person)\n");
        var changed = await service.IngestAsync([path], cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(1, changed.Updated);
        var graph = await store.ReadGraphAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(["John Doe"], graph.Nodes.Select(n => n.Name));
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "empty", "file is empty" },
        { "blank", "white space" },
        { "binary", "binary" },
        { "bad-bom", "byte order mark but is not valid UTF-8" },
        { "huge", "over the" },
        { "missing", "file not found" },
        { "rejected", "no article" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_fails_with_a_clear_reason_and_loses_nothing(string kind, string reason)
    {
        var good = Write("good.txt", "Headline\nJane Roe (Person)\n");
        var service = Service(maxFileBytes: 1024 * 1024);
        await service.IngestAsync([good], cancellationToken: TestContext.Current.CancellationToken);

        var bad = kind switch
        {
            "empty" => WriteBytes("bad.txt", []),
            "blank" => Write("bad.txt", " \n\t\n"),
            "binary" => WriteBytes("bad.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]),
            "bad-bom" => WriteBytes("bad.txt", [0xEF, 0xBB, 0xBF, .. "Caf"u8, 0xE9, .. " in Mosul\n"u8]),
            "huge" => Write("bad.txt", new string('a', 20 * 1024 * 1024)),
            "missing" => folder.File("bad.txt"),
            "rejected" => Write("bad.txt", "REJECT this\n"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var other = Write("other.txt", "Second\nAcme Corp (Organization)\n");

        var summary = await service.IngestAsync([bad, other, good], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((1, 1, 1), (summary.Failed, summary.New, summary.Unchanged));
        var failure = Assert.Single(store.Failures);
        Assert.Equal("bad.txt", failure.Source);
        Assert.Contains(reason, failure.Reason, StringComparison.Ordinal);
        var line = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains(bad, line.Message, StringComparison.Ordinal);
        Assert.Contains(reason, line.Message, StringComparison.Ordinal);
        Assert.Equal(["good", "other"], store.ArticleIds);
    }

    [Fact]
    public async Task A_store_failure_on_one_article_does_not_stop_the_others()
    {
        var first = Write("a.txt", "A\nJane Roe (Person)\n");
        var second = Write("b.txt", "B\nAcme Corp (Organization)\n");
        store.FailOn = ("a", new InvalidOperationException("disk full"));

        var summary = await Service().IngestAsync([first, second], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((1, 1), (summary.Failed, summary.New));
        Assert.Contains("disk full", Assert.Single(store.Failures).Reason, StringComparison.Ordinal);
        Assert.Equal(["b"], store.ArticleIds);
    }

    [Fact]
    public async Task Two_files_with_the_same_id_in_one_run_keep_the_first()
    {
        var text = Write("same.txt", "Text\nJane Roe (Person)\n");
        var html = Write("same.html", "Html\nAcme Corp (Organization)\n");

        var summary = await Service().IngestAsync([text, html], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((1, 1), (summary.New, summary.Failed));
        Assert.Contains("already taken", Assert.Single(store.Failures).Reason, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Articles_extracted_out_of_order_on_two_threads_are_stored_in_file_order()
    {
        var first = Write("a.txt", "Headline A\nJane Roe (Person)\n");
        var second = Write("b.txt", "Headline B\nAcme Corp (Organization)\n");
        using var secondStarted = new ManualResetEventSlim();
        var gated = new GatedExtractor(extractor, document =>
        {
            if (document.Id == "b")
            {
                secondStarted.Set();
            }
            else
            {
                // a's extraction ends only once b's has begun: b is extracted first whenever two threads run
                Assert.True(secondStarted.Wait(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken), "the second file was not extracted alongside the first");
            }
        });
        var saved = new List<string>();
        store.Saved += saved.Add;
        var service = new IngestionService(gated, extractor, store, store,
            Options.Create(new IngestionOptions { ExtractionThreads = 2 }), TimeProvider.System, logger);

        var summary = await service.IngestAsync([first, second], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, service.ExtractionThreads);
        Assert.Equal(2, summary.New);
        Assert.Equal(["a", "b"], saved);
        Assert.Equal(["a", "b"], summary.Outcomes.Select(o => o.ArticleId));
    }

    private sealed class GatedExtractor(Core.Extraction.IArticleExtractor inner, Action<Core.Model.SourceDocument> before) : Core.Extraction.IArticleExtractor
    {
        public Core.Model.ArticleGraph Extract(Core.Model.SourceDocument document)
        {
            before(document);
            return inner.Extract(document);
        }
    }
}
