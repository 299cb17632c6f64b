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
    private readonly ArticleFileReader fileReader = new(options.Value.MaxFileBytes);

    /// <summary>Ingests files and folders; reports each file through <paramref name="progress"/>.</summary>
    public async Task<IngestSummary> IngestAsync(IEnumerable<string> paths, IProgress<IngestOutcome>? progress = null, CancellationToken cancellationToken = default)
    {
        var files = ArticleFiles.Expand(paths);
        var outcomes = new List<IngestOutcome>(files.Count);
        var pathById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = ArticleFileReader.ArticleIdOf(file);
            var outcome = pathById.TryGetValue(id, out var first)
                ? await FailAsync(file, id, $"article id '{id}' is already taken by {first} in this run; rename one of them", cancellationToken)
                : await IngestFileAsync(file, cancellationToken);
            pathById.TryAdd(id, file);
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

    /// <summary>Ingests one file. Never throws for a bad file: the failure is logged, recorded and returned.</summary>
    public async Task<IngestOutcome> IngestFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var id = ArticleFileReader.ArticleIdOf(path);
        try
        {
            var document = await fileReader.ReadAsync(path, cancellationToken);
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
            return await FailAsync(path, id, e.Reason, cancellationToken);
        }
        catch (ArticleRejectedException e)
        {
            return await FailAsync(path, id, e.Message, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // One article's unexpected failure (a store error, an extraction bug) must not stop the others.
            logger.LogError(e, "Failed {Path}: {Reason}", path, e.Message);
            return await FailAsync(path, id, $"{e.GetType().Name}: {e.Message}", cancellationToken, logged: true);
        }
    }

    private async Task<IngestOutcome> FailAsync(string path, string id, string reason, CancellationToken cancellationToken, bool logged = false)
    {
        if (!logged)
        {
            logger.LogWarning("Failed {Path}: {Reason}", path, reason);
        }

        try
        {
            await store.RecordFailureAsync(new IngestFailure(path, reason, clock.GetUtcNow()), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not record the failure of {Path}", path);
        }

        return new IngestOutcome(path, id, IngestStatus.Failed, reason);
    }
}
