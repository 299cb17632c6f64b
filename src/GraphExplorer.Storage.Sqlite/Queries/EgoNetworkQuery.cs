namespace GraphExplorer.Storage.Sqlite.Queries;

/// <summary>
/// ego-network: every fact edge on a walk of at most <c>depth</c> hops from the entity (allowed types,
/// confidence at least <c>minConfidence</c>), i.e. the edges at nodes nearer than <c>depth</c>; one row per edge.
/// </summary>
internal sealed class EgoNetworkQuery : ISqliteQuery
{
    private static readonly string[] Columns = ["source", "type", "target", "confidence", "edge"];

    public string Name => "ego-network";

    public async Task<QueryResult> RunAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var arguments = context.Arguments;
        var centers = await context.ResolveAsync(arguments.GetString("entity")!, cancellationToken);
        var depth = (int)arguments.GetInt("depth");
        var types = arguments.GetList("edgeTypes")?.ToHashSet(StringComparer.Ordinal);
        var minConfidence = arguments.GetFloat("minConfidence");

        var distance = centers.ToDictionary(c => c, _ => 0, StringComparer.Ordinal);
        var edges = new Dictionary<string, (string Node, Edge Edge)>(StringComparer.Ordinal);
        var frontier = centers.Order(StringComparer.Ordinal).ToList();
        for (var level = 0; level < depth && frontier.Count > 0; level++)
        {
            var next = new List<string>();
            context.FullAdjacency.Prefetch(frontier);
            foreach (var node in frontier)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var edge in context.FullAdjacency.Edges(node, types, minConfidence))
                {
                    edges.TryAdd(edge.Key, (node, edge));
                    if (distance.TryAdd(edge.Neighbor, level + 1))
                    {
                        next.Add(edge.Neighbor);
                    }
                }
            }

            frontier = next;
        }

        // the evidence is read by EdgeRows for the rows within the limit only
        return await EdgeRows.BuildAsync(context, Columns, edges.Values, cancellationToken);
    }
}
