using GraphExplorer.Core.Model;
using GraphExplorer.Storage.Sqlite.Schema;

namespace GraphExplorer.Storage.Sqlite.Queries;

/// <summary>
/// border-actors: persons, organizations and countries one or two fact edges away from a Border; the
/// shortest connections are the subgraph, the middle nodes of two-hop ones are <c>via</c>.
/// </summary>
internal sealed class BorderActorsQuery : ISqliteQuery
{
    private static readonly string[] Columns = ["border", "actor", "label", "hops", "via"];

    public string Name => "border-actors";

    public async Task<QueryResult> RunAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var named = await context.ResolveOptionalAsync("border", cancellationToken);
        using var select = context.Connection.Command(
            "SELECT id FROM entities WHERE label = 'Border' AND (@ids IS NULL OR id IN (SELECT value FROM json_each(@ids)))")
            .With("@ids", named is null ? null : CommandExtensions.JsonList(named));
        var borders = await select.ReadStringsAsync(cancellationToken);

        var found = new List<(string Border, string Actor, int Hops, List<string> Via, List<string> Keys)>();
        foreach (var border in borders)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var first = context.Adjacency.Edges(border).Where(e => e.Neighbor != border).ToList();
            var direct = first.GroupBy(e => e.Neighbor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Key).ToList(), StringComparer.Ordinal);
            var twoHop = new Dictionary<string, (SortedSet<string> Via, HashSet<string> Keys)>(StringComparer.Ordinal);
            foreach (var (middle, toMiddle) in direct)
            {
                foreach (var second in context.Adjacency.Edges(middle).Where(e => e.Neighbor != border && e.Neighbor != middle && !direct.ContainsKey(e.Neighbor)))
                {
                    if (!twoHop.TryGetValue(second.Neighbor, out var entry))
                    {
                        twoHop[second.Neighbor] = entry = (new SortedSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
                    }

                    entry.Via.Add(middle);
                    entry.Keys.UnionWith(toMiddle);
                    entry.Keys.Add(second.Key);
                }
            }

            found.AddRange(direct.Select(d => (border, d.Key, 1, new List<string>(), d.Value)));
            found.AddRange(twoHop.Select(t => (border, t.Key, 2, t.Value.Via.ToList(), t.Value.Keys.ToList())));
        }

        var entities = await context.EntitiesByIdAsync(found.SelectMany(f => f.Via.Append(f.Border).Append(f.Actor)), cancellationToken);
        var rows = found
            .Where(f => NodeLabels.Actors.Contains(entities[f.Actor].Label))
            .Select(f => (Found: f, Border: entities[f.Border], Actor: entities[f.Actor]))
            .OrderBy(r => r.Border.Name, StringComparer.Ordinal).ThenBy(r => r.Found.Hops).ThenBy(r => r.Actor.Name, StringComparer.Ordinal)
            .ThenBy(r => r.Border.Id, StringComparer.Ordinal).ThenBy(r => r.Actor.Id, StringComparer.Ordinal)
            .Take(context.Limit).ToList();
        var graph = await context.Loader.SubgraphAsync(rows.Select(r => r.Border.Id), rows.SelectMany(r => r.Found.Keys), cancellationToken);
        return context.Result(Columns, rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Border.Name, r.Actor.Name, r.Actor.Label, (long)r.Found.Hops,
            Values.List(r.Found.Via.Select(v => entities[v].Name).Distinct().Order(StringComparer.Ordinal)),
        ]), graph);
    }
}
