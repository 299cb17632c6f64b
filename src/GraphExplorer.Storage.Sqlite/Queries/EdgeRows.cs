namespace GraphExplorer.Storage.Sqlite.Queries;

/// <summary>One row per relationship: source name, type, target name, confidence, key; ordered by those, limited.</summary>
internal static class EdgeRows
{
    /// <summary>
    /// Orders the edges (each as read at one of its endpoints) by the names of their endpoints, keeps the first
    /// <see cref="QueryContext.Limit"/>, and makes relationships of those only, with their evidence and cited articles:
    /// a 2-hop neighbourhood often holds more edges than the answer carries, and evidence is the costly part to read.
    /// </summary>
    public static async Task<QueryResult> BuildAsync(QueryContext context, IReadOnlyList<string> columns, IReadOnlyCollection<(string Node, Edge Edge)> edges, CancellationToken cancellationToken)
    {
        var names = await context.EntitiesByIdAsync(edges.SelectMany(e => new[] { e.Node, e.Edge.Neighbor }), cancellationToken);
        var rows = edges
            .Select(e => (e.Node, e.Edge, Source: names[e.Edge.Outgoing ? e.Node : e.Edge.Neighbor].Name, Target: names[e.Edge.Outgoing ? e.Edge.Neighbor : e.Node].Name))
            .OrderBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Edge.Type, StringComparer.Ordinal)
            .ThenBy(r => r.Target, StringComparer.Ordinal).ThenBy(r => r.Edge.Key, StringComparer.Ordinal)
            .Take(context.Limit)
            .ToList();
        var kept = await context.Loader.WithEvidenceOfKeyedAsync([.. rows.Select(r => (r.Edge.Key, r.Edge.ToRelationship(r.Node)))], cancellationToken);
        var graph = await context.Loader.SubgraphAsync(kept, names, cancellationToken);
        return context.Result(
            columns,
            rows.Select(r => (IReadOnlyList<object?>)[r.Source, r.Edge.Type, r.Target, Values.Round(r.Edge.Confidence), r.Edge.Key]),
            graph);
    }
}
