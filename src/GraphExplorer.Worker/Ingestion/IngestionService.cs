using System.Diagnostics;
using System.Threading.Channels;
using GraphExplorer.Core.Extraction;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Storage;
using GraphExplorer.Worker.Reading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Worker.Ingestion;

/// <summary>
/// Ingests article files: read → skip if unchanged → extract → resolve against known entities → store.
/// Reading and extraction run in parallel (<see cref="IngestionOptions.ExtractionThreads"/>, every core by default);
/// one writer resolves and stores the articles in the order of the files, so a run gives the same graph on any number
/// of cores. The writer stores several articles per store transaction (<see cref="IngestionOptions.BatchArticles"/>, at
/// most <see cref="IngestionOptions.BatchTime"/> open) and reports and logs each article once its transaction is committed:
/// an interrupted run loses at most the articles not yet reported, and a run over the same files again finishes the job.
/// A bad file is logged, recorded as failed, and skipped.
/// </summary>
public sealed class IngestionService(
    IArticleExtractor extractor,
    IEntityResolver resolver,
    IArticleStore store,
    IGraphReader reader,
    IOptions<IngestionOptions> options,
    TimeProvider clock,
    ILogger<IngestionService> logger)
{
    private readonly ArticleFileReader fileReader = new(options.Value.MaxFileBytes, options.Value.FollowLinks);

    private IngestionOptions Options => options.Value;

    private IArticleStore Store => store;

    private ILogger Logger => logger;

    /// <summary>Whether symbolic links are followed (<see cref="IngestionOptions.FollowLinks"/>).</summary>
    public bool FollowLinks => options.Value.FollowLinks;

    /// <summary>How many files are read and extracted at once.</summary>
    public int ExtractionThreads { get; } = options.Value.ExtractionThreads > 0 ? options.Value.ExtractionThreads : Environment.ProcessorCount;

    /// <summary>Ingests files and folders; reports each file through <paramref name="progress"/>, in the order of the files.</summary>
    public Task<IngestSummary> IngestAsync(IEnumerable<string> paths, IProgress<IngestOutcome>? progress = null, CancellationToken cancellationToken = default) =>
        IngestAsync(ArticleFiles.Expand(paths, FollowLinks), progress, cancellationToken);

    /// <summary>Ingests files already found (<see cref="ArticleFiles"/>); reports each file through <paramref name="progress"/>, in their order.</summary>
    public async Task<IngestSummary> IngestAsync(IReadOnlyList<ArticleFile> files, IProgress<IngestOutcome>? progress = null, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<IngestOutcome>(files.Count);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // In file order: each file's extraction already started (at most ExtractionThreads at once, a few more waiting),
        // so the writer below finds most of them done when it gets to them.
        var queue = Channel.CreateBounded<Task<Prepared>>(new BoundedChannelOptions(ExtractionThreads * 2) { SingleReader = true, SingleWriter = true });
        using var slots = new SemaphoreSlim(ExtractionThreads);
        var producer = Task.Run(() => StartAllAsync(files, queue.Writer, slots, stop.Token), CancellationToken.None);
        var writer = new BatchWriter(this, outcome =>
        {
            outcomes.Add(outcome);
            progress?.Report(outcome);
        });
        try
        {
            while (true)
            {
                // Never wait for extraction past the batch's time with the write transaction open: commit what is there first.
                if (!queue.Reader.TryRead(out var work))
                {
                    var more = queue.Reader.WaitToReadAsync(cancellationToken).AsTask();
                    if (!await writer.WaitWithinBatchTimeAsync(more, cancellationToken))
                    {
                        await writer.FlushAsync(cancellationToken);
                    }

                    if (!await more)
                    {
                        break;
                    }

                    continue;
                }

                if (!await writer.WaitWithinBatchTimeAsync(work, cancellationToken))
                {
                    await writer.FlushAsync(cancellationToken);
                }

                await writer.AddAsync(await work, cancellationToken);
            }

            await writer.FlushAsync(cancellationToken);
            await producer;
        }
        finally
        {
            await writer.DisposeAsync(); // an uncommitted batch is discarded (its articles were not reported)
            await stop.CancelAsync();
            await producer.ContinueWith(_ => { }, TaskScheduler.Default); // stopped, whatever it ended with
        }

        var stats = await reader.GetStatsAsync(cancellationToken);
        return new IngestSummary(
            outcomes.Count(o => o.Status == IngestStatus.New),
            outcomes.Count(o => o.Status == IngestStatus.Updated),
            outcomes.Count(o => o.Status == IngestStatus.Unchanged),
            outcomes.Count(o => o.Status == IngestStatus.Failed),
            stats.Entities,
            stats.Relationships,
            outcomes);
    }

    /// <summary>Ingests one file given by path (its source is its file name). Never throws for a bad file.</summary>
    public Task<IngestOutcome> IngestFileAsync(string path, CancellationToken cancellationToken = default) =>
        IngestFileAsync(new ArticleFile(path, Path.GetFileName(path)), cancellationToken);

    /// <summary>Ingests one file. Never throws for a bad file: the failure is logged, recorded and returned.</summary>
    public async Task<IngestOutcome> IngestFileAsync(ArticleFile file, CancellationToken cancellationToken = default)
    {
        var prepared = await PrepareAsync(file, cancellationToken);
        var outcome = prepared.Done ?? await StoreAloneAsync(prepared, cancellationToken);
        LogStored(outcome);
        return outcome;
    }

    private async Task StartAllAsync(IReadOnlyList<ArticleFile> files, ChannelWriter<Task<Prepared>> queue, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            var pathById = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var id = ArticleFileReader.ArticleIdOf(file.Path);
                if (file.Refusal is null && !pathById.TryAdd(id, file.Path))
                {
                    var duplicate = Prepared.Failed(file, id, $"article id '{id}' is already taken by {pathById[id]} in this run; rename one of them");
                    await queue.WriteAsync(Task.FromResult(duplicate), cancellationToken);
                    continue;
                }

                await slots.WaitAsync(cancellationToken);
                var work = Task.Run(
                    async () =>
                    {
                        try
                        {
                            return await PrepareAsync(file, cancellationToken);
                        }
                        finally
                        {
                            slots.Release();
                        }
                    },
                    cancellationToken);
                await queue.WriteAsync(work, cancellationToken);
            }

            queue.Complete();
        }
        catch (Exception e)
        {
            queue.Complete(e);
        }
    }

    /// <summary>Reads and extracts one file (any thread); nothing is written.</summary>
    private async Task<Prepared> PrepareAsync(ArticleFile file, CancellationToken cancellationToken)
    {
        var path = file.Path;
        var id = ArticleFileReader.ArticleIdOf(path);
        try
        {
            SourceDocument document;
            using (IngestionTrace.Step("read"))
            {
                document = await fileReader.ReadAsync(file, cancellationToken);
            }

            string? storedHash;
            using (IngestionTrace.Step("stored-hash"))
            {
                storedHash = await store.GetContentHashAsync(document.Id, cancellationToken);
            }

            if (storedHash == document.ContentHash)
            {
                logger.LogDebug("Unchanged {Path}", path);
                return new Prepared(file, id, null, storedHash, new IngestOutcome(path, id, IngestStatus.Unchanged));
            }

            using var extraction = IngestionTrace.Step("extract");
            return new Prepared(file, id, extractor.Extract(document), storedHash, null);
        }
        catch (ArticleReadException e)
        {
            return Prepared.Failed(file, id, e.Reason);
        }
        catch (ArticleRejectedException e)
        {
            return Prepared.Failed(file, id, e.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // One article's unexpected failure (an extraction bug, an unreadable store) must not stop the others.
            logger.LogError(e, "Failed {Path}: {Reason}", path, e.Message);
            return Prepared.Failed(file, id, $"{e.GetType().Name}: {e.Message}", logged: true);
        }
    }

    /// <summary>Resolves one extracted article against the store and stores it in <paramref name="batch"/> (the one writer), or records its failure there.</summary>
    private async Task<IngestOutcome> StoreAsync(Prepared prepared, IArticleBatch batch, CancellationToken cancellationToken)
    {
        var (file, path, id) = (prepared.File, prepared.File.Path, prepared.ArticleId);
        if (prepared.Failure is { } failure)
        {
            return await FailAsync(batch, file, id, failure, cancellationToken, prepared.Logged);
        }

        if (prepared.Done is { } done)
        {
            return done;
        }

        try
        {
            var graph = prepared.Graph!;
            IReadOnlyList<Entity> known;
            using (IngestionTrace.Step("lookup"))
            {
                known = await batch.FindCandidatesAsync(graph.Entities, cancellationToken);
            }

            ArticleGraph resolved;
            using (IngestionTrace.Step("resolve"))
            {
                resolved = resolver.ResolveAgainst(graph, known);
            }

            using (IngestionTrace.Step("save"))
            {
                await batch.SaveArticleAsync(resolved, cancellationToken);
            }

            var status = prepared.StoredHash is null ? IngestStatus.New : IngestStatus.Updated;
            return new IngestOutcome(path, id, status, null, resolved.Entities.Count, resolved.Relationships.Count);
        }
        catch (ArticleRejectedException e)
        {
            return await FailAsync(batch, file, id, e.Message, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // One article's unexpected failure (a store error, a resolution bug) must not stop the others.
            logger.LogError(e, "Failed {Path}: {Reason}", path, e.Message);
            return await FailAsync(batch, file, id, $"{e.GetType().Name}: {e.Message}", cancellationToken, logged: true);
        }
    }

    /// <summary>Stores one article in a transaction of its own; a store that cannot even begin one makes it a failure.</summary>
    private async Task<IngestOutcome> StoreAloneAsync(Prepared prepared, CancellationToken cancellationToken)
    {
        try
        {
            await using var batch = await store.BeginBatchAsync(cancellationToken);
            var outcome = await StoreAsync(prepared, batch, cancellationToken);
            await batch.CommitAsync(cancellationToken);
            return outcome;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Failed {Path}: {Reason}", prepared.File.Path, e.Message);
            return new IngestOutcome(prepared.File.Path, prepared.ArticleId, IngestStatus.Failed, OneLine($"{e.GetType().Name}: {e.Message}"));
        }
    }

    /// <summary>The log line of an article once it is committed (a crash before the commit leaves no such line).</summary>
    private void LogStored(IngestOutcome outcome)
    {
        if (outcome.Status is IngestStatus.New or IngestStatus.Updated)
        {
            logger.LogInformation(
                "{Status} {Path}: {Entities} entities, {Relationships} relationships",
                outcome.Status,
                outcome.Path,
                outcome.Entities,
                outcome.Relationships);
        }
    }

    // The log line names the file as the caller gave it; the store keeps only its source (relative, never a server path).
    private async Task<IngestOutcome> FailAsync(IArticleBatch batch, ArticleFile file, string id, string reason, CancellationToken cancellationToken, bool logged = false)
    {
        reason = OneLine(reason);
        if (!logged)
        {
            logger.LogWarning("Failed {Path}: {Reason}", file.Path, reason);
        }

        try
        {
            await batch.RecordFailureAsync(new IngestFailure(file.Source, reason, clock.GetUtcNow()), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not record the failure of {Path}", file.Path);
        }

        return new IngestOutcome(file.Path, id, IngestStatus.Failed, reason);
    }

    private static string OneLine(string reason) =>
        reason.Contains('\n', StringComparison.Ordinal) || reason.Contains('\r', StringComparison.Ordinal)
            ? string.Join(' ', reason.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : reason;

    /// <summary>
    /// The one writer's transactions: articles go into the open batch in file order; the batch is committed when it
    /// holds <see cref="IngestionOptions.BatchArticles"/> articles, has been open <see cref="IngestionOptions.BatchTime"/>,
    /// or the input ends, and only then are its articles reported and logged. A batch whose commit fails is stored
    /// again one article per transaction, so the failure is pinned on the article that causes it.
    /// </summary>
    private sealed class BatchWriter(IngestionService service, Action<IngestOutcome> report) : IAsyncDisposable
    {
        private readonly List<(Prepared Prepared, IngestOutcome Outcome)> pending = [];
        private readonly int maxArticles = Math.Max(1, service.Options.BatchArticles);
        private readonly TimeSpan maxTime = service.Options.BatchTime;
        private IArticleBatch? batch;
        private long openedAt;

        /// <summary>Waits for <paramref name="task"/> while the open batch may stay open; false when the batch must be committed first.</summary>
        public async Task<bool> WaitWithinBatchTimeAsync(Task task, CancellationToken cancellationToken)
        {
            if (task.IsCompleted || pending.Count == 0)
            {
                return true;
            }

            var left = maxTime - Stopwatch.GetElapsedTime(openedAt);
            if (left <= TimeSpan.Zero)
            {
                return false;
            }

            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var first = await Task.WhenAny(task, Task.Delay(left, timer.Token));
            await timer.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
            return first == task;
        }

        public async Task AddAsync(Prepared prepared, CancellationToken cancellationToken)
        {
            if (pending.Count == 0)
            {
                openedAt = Stopwatch.GetTimestamp();
            }

            if (prepared.Done is { } done)
            {
                pending.Add((prepared, done)); // unchanged: nothing to write, reported in its turn
            }
            else
            {
                IngestOutcome outcome;
                try
                {
                    if (batch is null)
                    {
                        using var begin = IngestionTrace.Step("begin");
                        batch = await service.Store.BeginBatchAsync(cancellationToken);
                    }

                    outcome = await service.StoreAsync(prepared, batch, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // the store cannot begin a transaction: what the batch holds is committed, and this article tried alone
                    service.Logger.LogError(e, "Could not begin a store transaction: {Reason}", e.Message);
                    await FlushAsync(cancellationToken);
                    openedAt = Stopwatch.GetTimestamp();
                    outcome = await service.StoreAloneAsync(prepared, cancellationToken);
                }

                pending.Add((prepared, outcome));
            }

            if (pending.Count >= maxArticles || Stopwatch.GetElapsedTime(openedAt) >= maxTime)
            {
                await FlushAsync(cancellationToken);
            }
        }

        /// <summary>Commits the open batch, then reports its articles in order.</summary>
        public async Task FlushAsync(CancellationToken cancellationToken)
        {
            if (batch is { } open)
            {
                batch = null;
                var committed = false;
                try
                {
                    using var commit = IngestionTrace.Step("commit");
                    await open.CommitAsync(cancellationToken);
                    committed = true;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    service.Logger.LogError(e, "Could not commit {Count} articles together ({Reason}); storing them one at a time", pending.Count, e.Message);
                }
                finally
                {
                    await open.DisposeAsync(); // before any retry: it holds the store's write lock
                }

                for (var i = 0; !committed && i < pending.Count; i++)
                {
                    if (pending[i].Prepared.Done is null)
                    {
                        pending[i] = (pending[i].Prepared, await service.StoreAloneAsync(pending[i].Prepared, cancellationToken));
                    }
                }
            }

            foreach (var (_, outcome) in pending)
            {
                service.LogStored(outcome);
                report(outcome);
            }

            pending.Clear();
        }

        public async ValueTask DisposeAsync()
        {
            if (batch is { } open)
            {
                batch = null;
                await open.DisposeAsync();
            }
        }
    }

    /// <summary>One file after reading and extraction: its graph to store, or an outcome already settled (unchanged), or why it failed.</summary>
    private sealed record Prepared(ArticleFile File, string ArticleId, ArticleGraph? Graph, string? StoredHash, IngestOutcome? Done)
    {
        public string? Failure { get; init; }

        public bool Logged { get; init; }

        public static Prepared Failed(ArticleFile file, string id, string reason, bool logged = false) =>
            new(file, id, null, null, null) { Failure = reason, Logged = logged };
    }
}
