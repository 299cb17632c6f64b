using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Storage;

/// <summary>The read side of a graph store: whole-graph and per-article reads, entities, counts.</summary>
public interface IGraphReader
{
    /// <summary>The whole graph, or the subgraph extracted from one article when <paramref name="articleId"/> is given.</summary>
    Task<Subgraph> ReadGraphAsync(string? articleId = null, CancellationToken cancellationToken = default);

    /// <summary>One entity by id, or null.</summary>
    Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Counts of what is stored.</summary>
    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default);
}

/// <summary>Counts of what a store holds.</summary>
public sealed record GraphStats(
    int Articles,
    int FailedArticles,
    int Entities,
    int Relationships,
    int EvidenceSentences,
    IReadOnlyDictionary<string, int> EntitiesByLabel,
    IReadOnlyDictionary<string, int> RelationshipsByType);
