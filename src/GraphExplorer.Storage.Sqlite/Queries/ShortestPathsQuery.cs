namespace GraphExplorer.Storage.Sqlite.Queries;

/// <summary>
/// shortest-paths: every shortest undirected path (relationship-distinct) of at most <c>maxHops</c> between
/// the two entities over the allowed edge types, ordered by length then relationship keys.
/// </summary>
internal sealed class ShortestPathsQuery : ISqliteQuery
{
    private static readonly string[] Columns = ["hops", "names", "types", "keys"];

    public string Name => "shortest-paths";

    public async Task<QueryResult> RunAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var arguments = context.Arguments;
        var from = await context.ResolveAsync(arguments.GetString("from")!, cancellationToken);
        var to = await context.ResolveAsync(arguments.GetString("to")!, cancellationToken);
        var maxHops = (int)arguments.GetInt("maxHops");
        var types = arguments.GetList("edgeTypes")?.ToHashSet(StringComparer.Ordinal);

        var paths = new List<ShortestPathSearch.Path>();
        foreach (var start in from.Order(StringComparer.Ordinal))
        {
            foreach (var end in to.Order(StringComparer.Ordinal).Where(e => e != start))
            {
                var search = new ShortestPathSearch(context.Adjacency, types, cancellationToken);
                paths.AddRange(search.AllShortest(start, end, maxHops, context.Limit));
            }
        }

        var rows = paths.OrderBy(p => p.Keys.Count).ThenBy(p => p.Keys, Comparer<IReadOnlyList<string>>.Create(Values.CompareLists)).Take(context.Limit).ToList();
        var nodeIds = rows.SelectMany(p => p.Nodes).ToList();
        var graph = await context.Loader.SubgraphAsync(nodeIds, rows.SelectMany(p => p.Keys), cancellationToken);
        var names = graph.Nodes.ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal);
        return context.Result(Columns, rows.Select(p => (IReadOnlyList<object?>)
        [
            (long)p.Keys.Count, Values.List(p.Nodes.Select(n => names[n])), Values.List(p.Types), Values.List(p.Keys),
        ]), graph);
    }
}
