using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Storage;

/// <summary>
/// The write side of a graph store. Contract: <see cref="SaveArticleAsync"/> is one transaction that
/// replaces everything the article stated before (its mentions, aliases, relationships and evidence)
/// and keeps every other article's facts; saving the same graph twice changes nothing. Saving also clears the
/// failures recorded for the article's source, so "failed" counts files whose last attempt failed.
/// </summary>
public interface IArticleStore
{
    /// <summary>Creates or migrates the schema; safe to call at every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>The content hash stored for an article, or null when it was never stored.</summary>
    Task<string?> GetContentHashAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>Entities whose name or an alias has one of these keys (<see cref="Text.NameKey.LookupKeys"/>: the normalized name and its sound keys).</summary>
    Task<IReadOnlyList<Entity>> FindEntitiesByNameKeysAsync(IReadOnlyCollection<string> nameKeys, CancellationToken cancellationToken = default);

    /// <summary>As <see cref="IArticleBatch.FindCandidatesAsync"/>: the known entities an article's entities are resolved against.</summary>
    Task<IReadOnlyList<Entity>> FindCandidatesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken = default) =>
        FindEntitiesByNameKeysAsync(IArticleBatch.LookupKeysOf(entities), cancellationToken);

    /// <summary>Stores one article's graph atomically, replacing that article's previous facts.</summary>
    Task SaveArticleAsync(ArticleGraph graph, CancellationToken cancellationToken = default);

    /// <summary>Records that a file could not be ingested, and why; nothing else is touched.</summary>
    Task RecordFailureAsync(IngestFailure failure, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a batch of saves committed together (<see cref="IArticleBatch"/>). A store whose transactions cannot span
    /// articles keeps the default: every save its own transaction, as <see cref="SaveArticleAsync"/>.
    /// </summary>
    Task<IArticleBatch> BeginBatchAsync(CancellationToken cancellationToken = default) => Task.FromResult<IArticleBatch>(new UnbatchedArticles(this));
}

/// <summary>A file that could not be ingested.</summary>
/// <param name="Source">The path or URL.</param>
/// <param name="Reason">Why, in words an analyst understands.</param>
/// <param name="At">When it was tried.</param>
public sealed record IngestFailure(string Source, string Reason, DateTimeOffset At);
