using GraphExplorer.Core.Model;

namespace GraphExplorer.Storage.Sqlite.Queries;

/// <summary>
/// key-actors: the top <c>limit</c> entities by degree (fact edges) and the top <c>limit</c> by betweenness,
/// computed exactly (Brandes) on the undirected multigraph of fact edges over shortest paths of at most
/// <see cref="Betweenness.MaxPathLength"/> hops (as the Cypher's bounded allShortestPaths), each unordered pair once.
/// </summary>
internal sealed class KeyActorsQuery : ISqliteQuery
{
    /// <summary>Brandes is O(nodes × edges); beyond this the embedded store refuses rather than run for hours.</summary>
    public const int MaxNodes = 20_000;

    private static readonly string[] Columns = ["name", "label", "degree", "betweenness", "degreeRank", "betweennessRank"];

    public string Name => "key-actors";

    public async Task<QueryResult> RunAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var types = context.Arguments.GetList("edgeTypes")?.ToHashSet(StringComparer.Ordinal);
        using var nodesCommand = Schema.CommandExtensions.Command(context.Connection, "SELECT id FROM entities ORDER BY id");
        var ids = await Schema.CommandExtensions.ReadStringsAsync(nodesCommand, cancellationToken);
        if (ids.Count > MaxNodes)
        {
            throw new QueryParameterException("limit", $"cannot be answered exactly on {ids.Count} entities; the embedded store computes betweenness for at most {MaxNodes}");
        }

        var index = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var adjacency = ids.Select(_ => new List<int>()).ToArray();
        var degree = new long[ids.Count];
        using (var edges = Schema.CommandExtensions.Command(context.Connection, "SELECT source_id, target_id, type FROM relationships"))
        using (var reader = await edges.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                if (types is not null && !types.Contains(reader.GetString(2)))
                {
                    continue;
                }

                int s = index[reader.GetString(0)], t = index[reader.GetString(1)];
                adjacency[s].Add(t);
                adjacency[t].Add(s);
                degree[s]++;
                degree[t]++;
            }
        }

        var betweenness = Betweenness.Compute(adjacency, cancellationToken);
        var entities = await context.EntitiesByIdAsync(ids, cancellationToken);
        var scored = ids.Select((id, i) => (Entity: entities[id], Degree: degree[i], Betweenness: Values.Round(betweenness[i]))).ToList();
        var degreeRank = Ranks(scored.OrderByDescending(s => s.Degree).ThenBy(s => s.Entity.Name, StringComparer.Ordinal).ThenBy(s => s.Entity.Id, StringComparer.Ordinal));
        var betweennessRank = Ranks(scored.OrderByDescending(s => s.Betweenness).ThenBy(s => s.Entity.Name, StringComparer.Ordinal).ThenBy(s => s.Entity.Id, StringComparer.Ordinal));
        var rows = scored
            .Select(s => (Score: s, DegreeRank: degreeRank[s.Entity.Id], BetweennessRank: betweennessRank[s.Entity.Id]))
            .Where(r => r.DegreeRank <= context.Limit || r.BetweennessRank <= context.Limit)
            .OrderBy(r => r.DegreeRank).ThenBy(r => r.BetweennessRank)
            .ToList();
        var graph = await context.Loader.SubgraphAsync(rows.Select(r => r.Score.Entity.Id), Array.Empty<string>(), cancellationToken);
        return context.Result(Columns, rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Score.Entity.Name, r.Score.Entity.Label, r.Score.Degree, r.Score.Betweenness, r.DegreeRank, r.BetweennessRank,
        ]), graph);
    }

    private static Dictionary<string, long> Ranks(IEnumerable<(Entity Entity, long Degree, double Betweenness)> ordered) =>
        ordered.Select((s, i) => (s.Entity.Id, Rank: (long)i + 1)).ToDictionary(p => p.Id, p => p.Rank, StringComparer.Ordinal);
}

/// <summary>Brandes' exact betweenness centrality for an unweighted, undirected multigraph (parallel edges count as distinct paths).</summary>
internal static class Betweenness
{
    /// <summary>Longest shortest path counted, as <c>*..15</c> in cypher/key-actors.cypher.</summary>
    public const int MaxPathLength = 15;

    public static double[] Compute(IReadOnlyList<List<int>> adjacency, CancellationToken cancellationToken)
    {
        var n = adjacency.Count;
        var centrality = new double[n];
        var sigma = new double[n];
        var distance = new int[n];
        var delta = new double[n];
        var stack = new Stack<int>();
        var queue = new Queue<int>();
        for (var s = 0; s < n; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Fill(sigma, 0);
            Array.Fill(distance, -1);
            Array.Fill(delta, 0);
            sigma[s] = 1;
            distance[s] = 0;
            queue.Enqueue(s);
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                stack.Push(v);
                foreach (var w in adjacency[v])
                {
                    if (distance[w] < 0 && distance[v] < MaxPathLength)
                    {
                        distance[w] = distance[v] + 1;
                        queue.Enqueue(w);
                    }

                    if (distance[w] == distance[v] + 1)
                    {
                        sigma[w] += sigma[v];
                    }
                }
            }

            while (stack.Count > 0)
            {
                var w = stack.Pop();
                foreach (var v in adjacency[w])
                {
                    // every edge to a predecessor, parallel ones included, carries its share
                    if (distance[v] == distance[w] - 1)
                    {
                        delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                    }
                }

                if (w != s)
                {
                    centrality[w] += delta[w];
                }
            }
        }

        // each unordered pair was counted from both ends
        for (var i = 0; i < n; i++)
        {
            centrality[i] /= 2;
        }

        return centrality;
    }
}
