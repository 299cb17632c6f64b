using GraphExplorer.Core.Model;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Core.Curation;

/// <summary>
/// The article store as ingestion sees it: every article is kept as extracted and stored as curated
/// (<see cref="CurationOverrides"/> with the log in force), so re-ingesting or rebuilding keeps the curations.
/// An article counts as stored only when both its graph and its extracted form are there with the same hash.
/// </summary>
public sealed class CuratedArticleStore(IArticleStore inner, ICurationStore curation) : IArticleStore
{
    /// <summary>Serializes saves with curation changes in this process, so no save applies a log that just changed.</summary>
    internal SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>The store underneath.</summary>
    public IArticleStore Inner => inner;

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await inner.InitializeAsync(cancellationToken);
        await curation.InitializeCurationAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<string?> GetContentHashAsync(string articleId, CancellationToken cancellationToken = default)
    {
        var stored = await inner.GetContentHashAsync(articleId, cancellationToken);
        return stored is not null && stored == await curation.GetExtractedHashAsync(articleId, cancellationToken) ? stored : null;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Entity>> FindEntitiesByNameKeysAsync(IReadOnlyCollection<string> nameKeys, CancellationToken cancellationToken = default) =>
        inner.FindEntitiesByNameKeysAsync(nameKeys, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Entity>> FindCandidatesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken = default) =>
        inner.FindCandidatesAsync(entities, cancellationToken);

    /// <inheritdoc />
    public async Task SaveArticleAsync(ArticleGraph graph, CancellationToken cancellationToken = default)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            await SaveCuratedAsync(graph, await curation.ReadLogAsync(cancellationToken), cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <inheritdoc />
    public Task RecordFailureAsync(IngestFailure failure, CancellationToken cancellationToken = default) => inner.RecordFailureAsync(failure, cancellationToken);

    /// <inheritdoc />
    /// <remarks>
    /// The batch holds <see cref="Gate"/> until it is disposed and applies the curation log read when it began: a
    /// curation made meanwhile waits for the batch, then stores the articles it touches again.
    /// </remarks>
    public async Task<IArticleBatch> BeginBatchAsync(CancellationToken cancellationToken = default)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            var log = await curation.ReadLogAsync(cancellationToken);
            return new CuratedBatch(await inner.BeginBatchAsync(cancellationToken), curation, log, Gate);
        }
        catch
        {
            Gate.Release();
            throw;
        }
    }

    /// <summary>Stores the extracted graph as curated by <paramref name="log"/>; the caller holds <see cref="Gate"/>.</summary>
    internal async Task SaveCuratedAsync(ArticleGraph extracted, IReadOnlyList<CurationRecord> log, CancellationToken cancellationToken)
    {
        var curated = CurationOverrides.Apply(extracted, log);
        await inner.SaveArticleAsync(curated, cancellationToken);
        await curation.SaveExtractedAsync(extracted, [.. curated.Entities.Select(e => e.Id).Distinct()], cancellationToken);
    }

    /// <summary>A batch of the store underneath, each article stored as curated and kept as extracted in it.</summary>
    private sealed class CuratedBatch(IArticleBatch inner, ICurationStore curation, IReadOnlyList<CurationRecord> log, SemaphoreSlim gate) : IArticleBatch
    {
        private bool disposed;

        public Task<IReadOnlyList<Entity>> FindEntitiesByNameKeysAsync(IReadOnlyCollection<string> nameKeys, CancellationToken cancellationToken = default) =>
            inner.FindEntitiesByNameKeysAsync(nameKeys, cancellationToken);

        public Task<IReadOnlyList<Entity>> FindCandidatesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken = default) =>
            inner.FindCandidatesAsync(entities, cancellationToken);

        public async Task SaveArticleAsync(ArticleGraph graph, CancellationToken cancellationToken = default)
        {
            var curated = CurationOverrides.Apply(graph, log);
            await inner.SaveArticleAsync(curated, cancellationToken);
            await curation.SaveExtractedAsync(graph, [.. curated.Entities.Select(e => e.Id).Distinct()], inner, cancellationToken);
        }

        public Task RecordFailureAsync(IngestFailure failure, CancellationToken cancellationToken = default) => inner.RecordFailureAsync(failure, cancellationToken);

        public Task CommitAsync(CancellationToken cancellationToken = default) => inner.CommitAsync(cancellationToken);

        public async ValueTask DisposeAsync()
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            try
            {
                await inner.DisposeAsync();
            }
            finally
            {
                gate.Release();
            }
        }
    }
}
