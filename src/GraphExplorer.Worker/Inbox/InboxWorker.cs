using System.Threading.Channels;
using GraphExplorer.Worker.Ingestion;
using GraphExplorer.Worker.Reading;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Worker.Inbox;

/// <summary>
/// The hosted ingestion worker: ingests the inbox folder at start, then watches it and ingests new and
/// changed article files after a short quiet period. A failing file or iteration is logged and the loop goes on.
/// </summary>
internal sealed class InboxWorker(IngestionService ingestion, IOptions<InboxOptions> options, TimeProvider clock, ILogger<InboxWorker> logger)
    : BackgroundService
{
    // A null entry asks for a full rescan (start, watcher overflow, periodic safety net).
    private readonly Channel<string?> changes = Channel.CreateUnbounded<string?>(new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var inbox = Path.GetFullPath(settings.Path);
        Directory.CreateDirectory(inbox);
        logger.LogInformation("Watching inbox {Inbox}", inbox);

        using var watcher = new FileSystemWatcher(inbox)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Created += (_, e) => changes.Writer.TryWrite(e.FullPath);
        watcher.Changed += (_, e) => changes.Writer.TryWrite(e.FullPath);
        watcher.Renamed += (_, e) => changes.Writer.TryWrite(e.FullPath);
        watcher.Error += (_, e) =>
        {
            logger.LogWarning(e.GetException(), "Inbox watcher lost events; rescanning {Inbox}", inbox);
            changes.Writer.TryWrite(null);
        };
        watcher.EnableRaisingEvents = true;

        changes.Writer.TryWrite(null);
        using var rescans = settings.RescanInterval > TimeSpan.Zero
            ? new Timer(_ => changes.Writer.TryWrite(null), null, settings.RescanInterval, settings.RescanInterval)
            : null;

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var batch = await NextBatchAsync(settings.Debounce, stoppingToken);
                await IngestBatchAsync(inbox, batch, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Inbox iteration failed; the worker goes on");
            }
        }
    }

    // Waits for one change, then keeps collecting until the folder has been quiet for the debounce time.
    private async Task<HashSet<string?>> NextBatchAsync(TimeSpan debounce, CancellationToken stoppingToken)
    {
        var batch = new HashSet<string?> { await changes.Reader.ReadAsync(stoppingToken) };
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            quiet.CancelAfter(debounce);
            try
            {
                batch.Add(await changes.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                return batch;
            }
        }
    }

    private async Task IngestBatchAsync(string inbox, HashSet<string?> batch, CancellationToken stoppingToken)
    {
        var started = clock.GetTimestamp();
        // Sources are relative to the inbox, whether the whole folder is rescanned or single files changed.
        var files = batch.Contains(null)
            ? ArticleFiles.Expand([inbox], ingestion.FollowLinks)
            : ArticleFiles.Within(inbox, batch.OfType<string>().Where(p => ArticleFileReader.IsArticleFile(p) && Path.Exists(p)), ingestion.FollowLinks);
        if (files.Count == 0)
        {
            return;
        }

        var summary = await ingestion.IngestAsync(files, progress: null, stoppingToken);
        if (summary.New + summary.Updated + summary.Failed > 0)
        {
            logger.LogInformation("Inbox: {Summary} in {Elapsed}", summary.ToString(), clock.GetElapsedTime(started));
        }
    }
}
