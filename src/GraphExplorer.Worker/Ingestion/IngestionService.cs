using System.Threading.Channels;
using GraphExplorer.Core.Extraction;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Text;
using GraphExplorer.Worker.Reading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Worker.Ingestion;

/// <summary>
/// Ingests article files: read → skip if unchanged → extract → resolve against known entities → store.
/// Reading and extraction run in parallel (<see cref="IngestionOptions.ExtractionThreads"/>, every core by default);
/// one writer resolves and stores the articles in the order of the files, so a run gives the same graph on any number
/// of cores. One article is one store transaction, so an interrupted run loses at most the articles in flight, and
/// a run over the same files again finishes the job. A bad file is logged, recorded as failed, and skipped.
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
        try
        {
            await foreach (var work in queue.Reader.ReadAllAsync(cancellationToken))
            {
                var outcome = await StoreAsync(await work, cancellationToken);
                outcomes.Add(outcome);
                progress?.Report(outcome);
            }

            await producer;
        }
        finally
        {
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
    public async Task<IngestOutcome> IngestFileAsync(ArticleFile file, CancellationToken cancellationToken = default) =>
        await StoreAsync(await PrepareAsync(file, cancellationToken), cancellationToken);

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
            var document = await fileReader.ReadAsync(file, cancellationToken);
            var storedHash = await store.GetContentHashAsync(document.Id, cancellationToken);
            if (storedHash == document.ContentHash)
            {
                logger.LogDebug("Unchanged {Path}", path);
                return new Prepared(file, id, null, storedHash, new IngestOutcome(path, id, IngestStatus.Unchanged));
            }

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

    /// <summary>Resolves one extracted article against the store and stores it (the one writer), or records its failure.</summary>
    private async Task<IngestOutcome> StoreAsync(Prepared prepared, CancellationToken cancellationToken)
    {
        var (file, path, id) = (prepared.File, prepared.File.Path, prepared.ArticleId);
        if (prepared.Failure is { } failure)
        {
            return await FailAsync(file, id, failure, cancellationToken, prepared.Logged);
        }

        if (prepared.Done is { } done)
        {
            return done;
        }

        try
        {
            var graph = prepared.Graph!;
            var nameKeys = graph.Entities.SelectMany(e => e.AllNames.SelectMany(n => NameKey.LookupKeys(n, e.Label))).ToHashSet(StringComparer.Ordinal);
            var known = await store.FindEntitiesByNameKeysAsync(nameKeys, cancellationToken);
            var resolved = resolver.ResolveAgainst(graph, known);
            await store.SaveArticleAsync(resolved, cancellationToken);

            var status = prepared.StoredHash is null ? IngestStatus.New : IngestStatus.Updated;
            logger.LogInformation(
                "{Status} {Path}: {Entities} entities, {Relationships} relationships",
                status,
                path,
                resolved.Entities.Count,
                resolved.Relationships.Count);
            return new IngestOutcome(path, id, status, null, resolved.Entities.Count, resolved.Relationships.Count);
        }
        catch (ArticleRejectedException e)
        {
            return await FailAsync(file, id, e.Message, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // One article's unexpected failure (a store error, a resolution bug) must not stop the others.
            logger.LogError(e, "Failed {Path}: {Reason}", path, e.Message);
            return await FailAsync(file, id, $"{e.GetType().Name}: {e.Message}", cancellationToken, logged: true);
        }
    }

    // The log line names the file as the caller gave it; the store keeps only its source (relative, never a server path).
    private async Task<IngestOutcome> FailAsync(ArticleFile file, string id, string reason, CancellationToken cancellationToken, bool logged = false)
    {
        reason = OneLine(reason);
        if (!logged)
        {
            logger.LogWarning("Failed {Path}: {Reason}", file.Path, reason);
        }

        try
        {
            await store.RecordFailureAsync(new IngestFailure(file.Source, reason, clock.GetUtcNow()), cancellationToken);
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

    /// <summary>One file after reading and extraction: its graph to store, or an outcome already settled (unchanged), or why it failed.</summary>
    private sealed record Prepared(ArticleFile File, string ArticleId, ArticleGraph? Graph, string? StoredHash, IngestOutcome? Done)
    {
        public string? Failure { get; init; }

        public bool Logged { get; init; }

        public static Prepared Failed(ArticleFile file, string id, string reason, bool logged = false) =>
            new(file, id, null, null, null) { Failure = reason, Logged = logged };
    }
}
