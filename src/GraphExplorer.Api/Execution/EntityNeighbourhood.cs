using GraphExplorer.Api.Contracts;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Api.Execution;

/// <summary>
/// Reads one entity and the relationships that touch it. The relationships come from the catalog's
/// <c>ego-network</c> query at depth 1 when it is there (an indexed traversal in every store); without it
/// the whole graph is read and filtered, which is correct but slow on a large graph.
/// </summary>
internal sealed class EntityNeighbourhood(QueryCatalog catalog, IGraphReader reader, IQueryRunner runner, RequestDeadline deadline)
{
    public const string EgoNetworkQuery = "ego-network";

    /// <summary>The entity and its relationships, or null when no entity has this id.</summary>
    public Task<EntityResponse?> ReadAsync(string id, CancellationToken requestAborted) =>
        deadline.RunAsync($"Reading entity '{id}'", token => ReadWithinDeadlineAsync(id, token), requestAborted);

    private async Task<EntityResponse?> ReadWithinDeadlineAsync(string id, CancellationToken cancellationToken)
    {
        var entity = await reader.GetEntityAsync(id, cancellationToken);
        if (entity is null)
        {
            return null;
        }

        var graph = await NeighbourhoodAsync(entity, cancellationToken);
        var relationships = graph.Relationships
            .Where(r => r.SourceId == entity.Id || r.TargetId == entity.Id)
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        var neighbourIds = relationships.SelectMany(r => new[] { r.SourceId, r.TargetId }).Where(n => n != entity.Id).ToHashSet(StringComparer.Ordinal);
        var cited = relationships.SelectMany(r => r.Evidence).Select(e => e.ArticleId).ToHashSet(StringComparer.Ordinal);
        return new EntityResponse(
            NodeResponse.From(entity),
            [.. relationships.Select(RelationshipResponse.From)],
            [.. graph.Nodes.Where(n => neighbourIds.Contains(n.Id)).DistinctBy(n => n.Id).OrderBy(n => n.Id, StringComparer.Ordinal).Select(NodeResponse.From)],
            [.. graph.Articles.Where(a => cited.Contains(a.Id)).DistinctBy(a => a.Id).OrderBy(a => a.Id, StringComparer.Ordinal).Select(ArticleResponse.From)]);
    }

    private async Task<Subgraph> NeighbourhoodAsync(Entity entity, CancellationToken cancellationToken)
    {
        if (catalog.TryGet(EgoNetworkQuery, out var egoNetwork)
            && egoNetwork.Parameters.FirstOrDefault(p => p.Kind == ParameterKind.Entity) is { } centre
            && egoNetwork.Parameters.Any(p => p.Name == "depth"))
        {
            var arguments = egoNetwork.Bind(new Dictionary<string, string?> { [centre.Name] = entity.Id, ["depth"] = "1" });
            return (await runner.RunAsync(egoNetwork, arguments, cancellationToken)).Graph;
        }

        return await reader.ReadGraphAsync(null, cancellationToken);
    }
}
