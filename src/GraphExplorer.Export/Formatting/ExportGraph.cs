using GraphExplorer.Core.Model;

namespace GraphExplorer.Export.Formatting;

/// <summary>
/// A subgraph in the one stable order every format writes: entity nodes by id (Article-labelled nodes left
/// out), relationships canonical and by key, evidence by article then offset, articles by id.
/// </summary>
internal sealed class ExportGraph
{
    private readonly Dictionary<string, Entity> nodesById;
    private readonly Dictionary<string, ArticleInfo> articlesById;

    public ExportGraph(Subgraph graph)
    {
        Nodes = [.. graph.Nodes.Where(n => n.Label != NodeLabels.Article).DistinctBy(n => n.Id).OrderBy(n => n.Id, StringComparer.Ordinal)];
        Relationships =
        [
            .. graph.Relationships
                .Select(r => r.Canonical() with { Evidence = [.. OrderEvidence(r.Evidence)] })
                .OrderBy(r => r.Key, StringComparer.Ordinal),
        ];
        Articles = [.. graph.Articles.DistinctBy(a => a.Id).OrderBy(a => a.Id, StringComparer.Ordinal)];
        nodesById = Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        articlesById = Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Entity> Nodes { get; }

    public IReadOnlyList<Relationship> Relationships { get; }

    public IReadOnlyList<ArticleInfo> Articles { get; }

    /// <summary>The entity with this id, or null when the subgraph does not carry it.</summary>
    public Entity? Node(string id) => nodesById.GetValueOrDefault(id);

    /// <summary>The entity's name, or its id when the subgraph does not carry it.</summary>
    public string NameOf(string id) => nodesById.TryGetValue(id, out var node) ? node.Name : id;

    /// <summary>The article with this id, or null when the subgraph does not carry it.</summary>
    public ArticleInfo? Article(string id) => articlesById.GetValueOrDefault(id);

    /// <summary>Whether the edge type is symmetric (drawn without an arrow).</summary>
    public static bool IsSymmetric(string type) => EdgeTypes.TryGet(type, out var edgeType) && edgeType.Symmetric;

    private static IEnumerable<Evidence> OrderEvidence(IEnumerable<Evidence> evidence) =>
        evidence.OrderBy(e => e.ArticleId, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.End)
            .ThenBy(e => e.Sentence, StringComparer.Ordinal);
}
