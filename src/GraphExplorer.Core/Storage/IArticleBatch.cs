using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Storage;

/// <summary>
/// Several article saves committed together (<see cref="IArticleStore.BeginBatchAsync"/>): one store transaction for
/// many articles instead of one each. Within the batch each save is still all or nothing (a save that throws leaves
/// the articles saved before it in the batch as they were), reads see the batch's own saves, and nothing of the batch
/// is visible to others, or kept after a crash, before <see cref="CommitAsync"/>. Disposing without committing
/// discards the batch. Used by one writer at a time: not thread-safe.
/// </summary>
public interface IArticleBatch : IAsyncDisposable
{
    /// <summary>As <see cref="IArticleStore.FindEntitiesByNameKeysAsync"/>, seeing the entities saved earlier in this batch.</summary>
    Task<IReadOnlyList<Entity>> FindEntitiesByNameKeysAsync(IReadOnlyCollection<string> nameKeys, CancellationToken cancellationToken = default);

    /// <summary>
    /// The known entities an article's <paramref name="entities"/> are resolved against: those that share a lookup key
    /// (<see cref="Text.NameKey.LookupKeys"/>) with one of them, as <see cref="FindEntitiesByNameKeysAsync"/>. A store
    /// that indexes identity keys (<see cref="IEntityIdentityKeys"/>) leaves out the entities of a label that has them
    /// which share none with the article's entities of that label: the resolver could match them with none of those.
    /// </summary>
    Task<IReadOnlyList<Entity>> FindCandidatesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken = default) =>
        FindEntitiesByNameKeysAsync(LookupKeysOf(entities), cancellationToken);

    /// <summary>The lookup keys of every name of <paramref name="entities"/>.</summary>
    static HashSet<string> LookupKeysOf(IReadOnlyList<Entity> entities) =>
        entities.SelectMany(e => e.AllNames.SelectMany(n => Text.NameKey.LookupKeys(n, e.Label))).ToHashSet(StringComparer.Ordinal);

    /// <summary>As <see cref="IArticleStore.SaveArticleAsync"/>, in the batch.</summary>
    Task SaveArticleAsync(ArticleGraph graph, CancellationToken cancellationToken = default);

    /// <summary>As <see cref="IArticleStore.RecordFailureAsync"/>, in the batch.</summary>
    Task RecordFailureAsync(IngestFailure failure, CancellationToken cancellationToken = default);

    /// <summary>Makes every save of the batch durable and visible at once. A batch is committed at most once.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// The batch of a store without transactions spanning articles: each call goes straight to the store, each save is
/// its own transaction, and committing has nothing left to do.
/// </summary>
public sealed class UnbatchedArticles(IArticleStore store) : IArticleBatch
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Entity>> FindEntitiesByNameKeysAsync(IReadOnlyCollection<string> nameKeys, CancellationToken cancellationToken = default) =>
        store.FindEntitiesByNameKeysAsync(nameKeys, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Entity>> FindCandidatesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken = default) =>
        store.FindCandidatesAsync(entities, cancellationToken);

    /// <inheritdoc />
    public Task SaveArticleAsync(ArticleGraph graph, CancellationToken cancellationToken = default) => store.SaveArticleAsync(graph, cancellationToken);

    /// <inheritdoc />
    public Task RecordFailureAsync(IngestFailure failure, CancellationToken cancellationToken = default) => store.RecordFailureAsync(failure, cancellationToken);

    /// <inheritdoc />
    public Task CommitAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
