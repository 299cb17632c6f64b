using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Curation;

/// <summary>
/// What a store keeps for curation, beside the graph: the curation log, and each article's graph as extracted
/// (before any curation) with its text, so a curation can be applied to, or taken back from, every article it
/// touches. Both stores implement it; <see cref="CuratedArticleStore"/> and <see cref="CurationService"/> use it.
/// </summary>
public interface ICurationStore
{
    /// <summary>Creates what the store needs (tables, constraints); safe at every start.</summary>
    Task InitializeCurationAsync(CancellationToken cancellationToken = default);

    /// <summary>The whole log, oldest first.</summary>
    Task<IReadOnlyList<CurationRecord>> ReadLogAsync(CancellationToken cancellationToken = default);

    /// <summary>Appends a curation and returns it with its id.</summary>
    Task<CurationRecord> AppendAsync(Curation curation, string by, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Marks a curation undone; false when there is no such curation in force.</summary>
    Task<bool> MarkUndoneAsync(long id, string by, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Keeps an article's extracted graph, and the entity ids it mentions once curated, replacing what was kept for it.</summary>
    Task SaveExtractedAsync(ArticleGraph extracted, IReadOnlyCollection<string> curatedEntityIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// As <see cref="SaveExtractedAsync(ArticleGraph, IReadOnlyCollection{string}, CancellationToken)"/>, in the store's
    /// <paramref name="batch"/> when the store can write there (then it is committed or lost with the article's graph);
    /// by default on its own.
    /// </summary>
    Task SaveExtractedAsync(ArticleGraph extracted, IReadOnlyCollection<string> curatedEntityIds, Storage.IArticleBatch batch, CancellationToken cancellationToken = default) =>
        SaveExtractedAsync(extracted, curatedEntityIds, cancellationToken);

    /// <summary>The article's extracted graph, or null.</summary>
    Task<ArticleGraph?> ReadExtractedAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>The content hash of the extracted graph kept for the article, or null.</summary>
    Task<string?> GetExtractedHashAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>Articles that mention any of these entities, as extracted or as curated.</summary>
    Task<IReadOnlyList<string>> ArticlesMentioningAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets a stored entity's name, for a rename made or undone (articles stored later carry the name themselves;
    /// a store that keeps the first name it saw needs this to change it). The articles touched are stored again after.
    /// </summary>
    Task SetEntityNameAsync(string entityId, string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Empties the graph (articles, entities, facts, failures) and the extracted graphs, and keeps the curation log:
    /// the first step of a rebuild, after which the articles are ingested again and the curations re-applied.
    /// </summary>
    Task ClearGraphAsync(CancellationToken cancellationToken = default);
}
