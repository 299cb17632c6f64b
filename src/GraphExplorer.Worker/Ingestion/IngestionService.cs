using GraphExplorer.Core.Extraction;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Text;
using GraphExplorer.Worker.Reading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Worker.Ingestion;

/// <summary>
/// Ingests article files: read → skip if unchanged → extract → resolve against known entities → store.
/// One article is one store transaction, so an interrupted run loses at most the article in flight, and
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

    /// <summary>Ingests files and folders; reports each file through <paramref name="progress"/>.</summary>
    public Task<IngestSummary> IngestAsync(IEnumerable<string> paths, IProgress<IngestOutcome>? progress = null, CancellationToken cancellationToken = default) =>
        IngestAsync(ArticleFiles.Expand(paths, FollowLinks), progress, cancellationToken);

    /// <summary>Ingests files already found (<see cref="ArticleFiles"/>); reports each file through <paramref name="progress"/>.</summary>
    public async Task<IngestSummary> IngestAsync(IReadOnlyList<ArticleFile> files, IProgress<IngestOutcome>? progress = null, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<IngestOutcome>(files.Count);
        var pathById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = ArticleFileReader.ArticleIdOf(file.Path);
            var outcome = file.Refusal is null && pathById.TryGetValue(id, out var first)
                ? await FailAsync(file, id, $"article id '{id}' is already taken by {first} in this run; rename one of them", cancellationToken)
                : await IngestFileAsync(file, cancellationToken);
            if (file.Refusal is null)
            {
                pathById.TryAdd(id, file.Path);
            }

            outcomes.Add(outcome);
            progress?.Report(outcome);
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
        var path = file.Path;
        var id = ArticleFileReader.ArticleIdOf(path);
        try
        {
            var document = await fileReader.ReadAsync(file, cancellationToken);
            var storedHash = await store.GetContentHashAsync(document.Id, cancellationToken);
            if (storedHash == document.ContentHash)
            {
                logger.LogDebug("Unchanged {Path}", path);
                return new IngestOutcome(path, id, IngestStatus.Unchanged);
            }

            var graph = extractor.Extract(document);
            var nameKeys = graph.Entities.SelectMany(e => e.AllNames.SelectMany(n => NameKey.LookupKeys(n, e.Label))).ToHashSet(StringComparer.Ordinal);
            var known = await store.FindEntitiesByNameKeysAsync(nameKeys, cancellationToken);
            var resolved = resolver.ResolveAgainst(graph, known);
            await store.SaveArticleAsync(resolved, cancellationToken);

            var status = storedHash is null ? IngestStatus.New : IngestStatus.Updated;
            logger.LogInformation(
                "{Status} {Path}: {Entities} entities, {Relationships} relationships",
                status,
                path,
                resolved.Entities.Count,
                resolved.Relationships.Count);
            return new IngestOutcome(path, id, status, null, resolved.Entities.Count, resolved.Relationships.Count);
        }
        catch (ArticleReadException e)
        {
            return await FailAsync(file, id, e.Reason, cancellationToken);
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
            // One article's unexpected failure (a store error, an extraction bug) must not stop the others.
            logger.LogError(e, "Failed {Path}: {Reason}", path, e.Message);
            return await FailAsync(file, id, OneLine($"{e.GetType().Name}: {e.Message}"), cancellationToken, logged: true);
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
}
