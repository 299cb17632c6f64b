using GraphExplorer.TestSupport;
using GraphExplorer.TestSupport.Fakes;
using GraphExplorer.Worker.Inbox;
using GraphExplorer.Worker.Ingestion;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Worker.Tests;

public sealed class InboxWorkerTests
{
    [Fact]
    public async Task Ingests_the_inbox_at_start_then_new_files_as_they_arrive()
    {
        using var inbox = new TempDirectory();
        File.WriteAllText(inbox.File("first.txt"), "First\nJane Roe (Person)\n");
        var store = new InMemoryGraphStore();
        var extractor = new ScriptedExtractor();
        var saved = new Dictionary<string, TaskCompletionSource>
        {
            ["first"] = new(TaskCreationOptions.RunContinuationsAsynchronously),
            ["second"] = new(TaskCreationOptions.RunContinuationsAsynchronously),
        };
        store.Saved += id => saved[id].TrySetResult();
        var ingestion = new IngestionService(extractor, extractor, store, store, Options.Create(new IngestionOptions()), TimeProvider.System, NullLogger<IngestionService>.Instance);
        var options = Options.Create(new InboxOptions { Path = inbox.Path, Debounce = TimeSpan.FromMilliseconds(50), RescanInterval = TimeSpan.Zero });
        using var worker = new InboxWorker(ingestion, options, TimeProvider.System, NullLogger<InboxWorker>.Instance);
        var timeout = TestContext.Current.CancellationToken;

        await worker.StartAsync(timeout);
        await saved["first"].Task.WaitAsync(TimeSpan.FromSeconds(30), timeout);
        File.WriteAllText(inbox.File("second.txt"), "Second\nAcme Corp (Organization)\n");
        await saved["second"].Task.WaitAsync(TimeSpan.FromSeconds(30), timeout);
        await worker.StopAsync(timeout);

        Assert.Equal(["first", "second"], store.ArticleIds);
    }

    [Fact]
    public async Task A_bad_file_in_the_inbox_is_recorded_and_the_worker_goes_on()
    {
        using var inbox = new TempDirectory();
        File.WriteAllBytes(inbox.File("broken.txt"), [0, 1, 2, 3]);
        File.WriteAllText(inbox.File("fine.txt"), "Fine\nJane Roe (Person)\n");
        var store = new InMemoryGraphStore();
        var extractor = new ScriptedExtractor();
        var fineSaved = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var laterSaved = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        store.Saved += id => (id == "fine" ? fineSaved : laterSaved).TrySetResult();
        var ingestion = new IngestionService(extractor, extractor, store, store, Options.Create(new IngestionOptions()), TimeProvider.System, NullLogger<IngestionService>.Instance);
        var options = Options.Create(new InboxOptions { Path = inbox.Path, Debounce = TimeSpan.FromMilliseconds(50), RescanInterval = TimeSpan.Zero });
        using var worker = new InboxWorker(ingestion, options, TimeProvider.System, NullLogger<InboxWorker>.Instance);
        var timeout = TestContext.Current.CancellationToken;

        await worker.StartAsync(timeout);
        await fineSaved.Task.WaitAsync(TimeSpan.FromSeconds(30), timeout);
        File.WriteAllText(inbox.File("later.txt"), "Later\nAcme Corp (Organization)\n");
        await laterSaved.Task.WaitAsync(TimeSpan.FromSeconds(30), timeout);
        await worker.StopAsync(timeout);

        Assert.Contains(store.Failures, f => f.Source == "broken.txt" && f.Reason.Contains("binary", StringComparison.Ordinal));
        Assert.Equal(["fine", "later"], store.ArticleIds);
    }
}
