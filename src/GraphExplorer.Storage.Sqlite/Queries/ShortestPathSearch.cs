namespace GraphExplorer.Storage.Sqlite.Queries;

/// <summary>
/// Bidirectional breadth-first search for all shortest paths between two nodes, expanding the smaller
/// frontier a whole level at a time; paths are then listed in key order straight from the shortest-path DAG.
/// </summary>
internal sealed class ShortestPathSearch(GraphAdjacency adjacency, IReadOnlySet<string>? types, CancellationToken cancellationToken)
{
    /// <summary>One path: node ids from start to end, and the types and keys of its relationships.</summary>
    internal sealed record Path(IReadOnlyList<string> Nodes, IReadOnlyList<string> Types, IReadOnlyList<string> Keys);

    private sealed class Side(string origin)
    {
        public Dictionary<string, int> Distance { get; } = new(StringComparer.Ordinal) { [origin] = 0 };

        /// <summary>For each reached node, the edges back towards the origin (one level nearer).</summary>
        public Dictionary<string, List<Edge>> Back { get; } = new(StringComparer.Ordinal);

        public List<string> Frontier { get; set; } = [origin];

        public int Depth { get; set; }
    }

    public IEnumerable<Path> AllShortest(string start, string end, int maxHops, int limit)
    {
        var forward = new Side(start);
        var backward = new Side(end);
        var middles = new List<string>();
        while (forward.Depth + backward.Depth < maxHops)
        {
            var side = forward.Frontier.Count <= backward.Frontier.Count ? forward : backward;
            if (side.Frontier.Count == 0)
            {
                return [];
            }

            var other = side == forward ? backward : forward;
            if (Meet(side, other))
            {
                middles = side.Frontier;
                break;
            }

            Expand(side);
        }

        if (middles.Count == 0)
        {
            return [];
        }

        // the nodes of the forward half that lie on a shortest path, and their next steps
        var onPath = new HashSet<string>(middles, StringComparer.Ordinal);
        var next = new Dictionary<string, List<Edge>>(StringComparer.Ordinal);
        var level = middles;
        while (level.Count > 0)
        {
            var previous = new List<string>();
            foreach (var node in level)
            {
                foreach (var back in forward.Back.GetValueOrDefault(node) ?? [])
                {
                    if (!next.TryGetValue(back.Neighbor, out var steps))
                    {
                        next[back.Neighbor] = steps = [];
                    }

                    steps.Add(back with { Neighbor = node });
                    if (onPath.Add(back.Neighbor))
                    {
                        previous.Add(back.Neighbor);
                    }
                }
            }

            level = previous;
        }

        var middleSet = middles.ToHashSet(StringComparer.Ordinal);
        var results = new List<Path>();
        var nodes = new List<string> { start };
        var edges = new List<Edge>();
        Walk(start, middleSet.Contains(start));
        return results;

        // before a middle node the steps come from the forward half, from it on from the backward half
        void Walk(string node, bool pastMiddle)
        {
            if (results.Count >= limit)
            {
                return;
            }

            if (node == end)
            {
                results.Add(new Path([.. nodes], [.. edges.Select(e => e.Type)], [.. edges.Select(e => e.Key)]));
                return;
            }

            var steps = (pastMiddle ? backward.Back.GetValueOrDefault(node) : next.GetValueOrDefault(node)) ?? [];
            foreach (var step in steps.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                nodes.Add(step.Neighbor);
                edges.Add(step);
                Walk(step.Neighbor, pastMiddle || middleSet.Contains(step.Neighbor));
                nodes.RemoveAt(nodes.Count - 1);
                edges.RemoveAt(edges.Count - 1);
            }
        }
    }

    /// <summary>
    /// Tries the one step that would join the two frontiers. When edges join them, the side advances onto exactly
    /// those nodes (they are the middles of every shortest path); otherwise nothing changes. No shorter path can
    /// exist: until now no frontier met a node the other side had reached.
    /// </summary>
    private bool Meet(Side side, Side other)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var joining = adjacency.EdgesBetween(side.Frontier, other.Frontier)
            .Where(pair => types is null || types.Contains(pair.Edge.Type))
            .ToList();
        if (joining.Count == 0)
        {
            return false;
        }

        var depth = side.Depth + 1;
        var reached = new List<string>();
        foreach (var (node, edge) in joining)
        {
            if (side.Distance.TryAdd(edge.Neighbor, depth))
            {
                reached.Add(edge.Neighbor);
            }

            if (!side.Back.TryGetValue(edge.Neighbor, out var back))
            {
                side.Back[edge.Neighbor] = back = [];
            }

            back.Add(edge with { Neighbor = node });
        }

        side.Frontier = reached;
        side.Depth = depth;
        return true;
    }

    private void Expand(Side side)
    {
        var frontier = new List<string>();
        var depth = side.Depth + 1;
        adjacency.Prefetch(side.Frontier);
        foreach (var node in side.Frontier)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var edge in adjacency.Edges(node, (IReadOnlyCollection<string>?)types))
            {
                if (!side.Distance.TryGetValue(edge.Neighbor, out var known))
                {
                    side.Distance[edge.Neighbor] = depth;
                    frontier.Add(edge.Neighbor);
                    known = depth;
                }

                if (known == depth)
                {
                    if (!side.Back.TryGetValue(edge.Neighbor, out var back))
                    {
                        side.Back[edge.Neighbor] = back = [];
                    }

                    back.Add(edge with { Neighbor = node });
                }
            }
        }

        side.Frontier = frontier;
        side.Depth = depth;
    }
}
