namespace GraphExplorer.Core.Model;

/// <summary>
/// A piece of the graph: nodes, relationships with evidence, and the articles cited. Query results,
/// article extracts and the whole graph all take this shape, so any of them can be drawn or exported.
/// </summary>
public sealed record Subgraph(IReadOnlyList<Entity> Nodes, IReadOnlyList<Relationship> Relationships, IReadOnlyList<ArticleInfo> Articles)
{
    public static Subgraph Empty { get; } = new([], [], []);

    /// <summary>Sorts nodes, relationships and articles by id so two equal graphs serialize identically.</summary>
    public Subgraph Normalized() => new(
        [.. Nodes.OrderBy(n => n.Id, StringComparer.Ordinal)],
        [.. Relationships.Select(r => r.Canonical()).OrderBy(r => r.Key, StringComparer.Ordinal)],
        [.. Articles.OrderBy(a => a.Id, StringComparer.Ordinal)]);
}
