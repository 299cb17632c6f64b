using System.Text;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.TestSupport;

namespace GraphExplorer.Storage.Sqlite.Tests;

/// <summary>
/// The fast traversals (bidirectional all-shortest-paths, Brandes) against their definitions, computed by brute
/// force on small random multigraphs.
/// </summary>
public sealed class TraversalCrossCheckTests
{
    private static readonly string[] Types = ["MET_WITH", "ACCUSED", "ATTACKED", "COOPERATES_WITH", "BACKED_BY"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<(SqliteStoreFixture Fixture, List<Relationship> Edges, List<string> Ids)> RandomGraphAsync(int seed, int nodes, int edges)
    {
        var random = new Random(seed);
        var ids = Enumerable.Range(0, nodes).Select(i => NameKey(i)).ToList();
        var facts = new List<(string Type, int A, int B)>();
        for (var i = 0; i < edges; i++)
        {
            var a = random.Next(nodes);
            var b = random.Next(nodes);
            if (a != b)
            {
                facts.Add((Types[random.Next(Types.Length)], a, b));
            }
        }

        var text = new StringBuilder();
        foreach (var (type, a, b) in facts)
        {
            text.Append($"Fact {type} from N{a} to N{b}. ");
        }

        var builder = new ArticleGraphBuilder("random", text.ToString());
        for (var i = 0; i < nodes; i++)
        {
            builder.Entity(NodeLabels.Person, $"N{i}");
        }

        foreach (var (type, a, b) in facts)
        {
            builder.Fact(type, ids[a], ids[b], $"Fact {type} from N{a} to N{b}.");
        }

        var fixture = new SqliteStoreFixture();
        await fixture.Store.SaveArticleAsync(builder.Build(), Token);
        var graph = await fixture.Store.ReadGraphAsync(null, Token);
        return (fixture, [.. graph.Relationships], ids);
    }

    private static string NameKey(int i) => Core.Text.NameKey.EntityId(NodeLabels.Person, $"N{i}");

    private static List<List<string>> BruteForceShortest(List<Relationship> edges, string from, string to, int maxHops)
    {
        var found = new List<List<string>>();
        for (var length = 1; length <= maxHops && found.Count == 0; length++)
        {
            Walk(from, [from], [], length);
        }

        return [.. found.OrderBy(p => p, Comparer<List<string>>.Create((a, b) => string.CompareOrdinal(string.Join('\n', a), string.Join('\n', b))))];

        void Walk(string node, List<string> visited, List<string> keys, int length)
        {
            if (keys.Count == length)
            {
                if (node == to)
                {
                    found.Add([.. keys]);
                }

                return;
            }

            foreach (var edge in edges.Where(e => e.SourceId == node || e.TargetId == node))
            {
                var next = edge.SourceId == node ? edge.TargetId : edge.SourceId;
                if (!visited.Contains(next))
                {
                    Walk(next, [.. visited, next], [.. keys, edge.Key], length);
                }
            }
        }
    }

    [Theory]
    [InlineData(1, 10, 14)]
    [InlineData(2, 12, 30)]
    [InlineData(3, 16, 24)]
    public async Task Shortest_paths_are_exactly_the_shortest_simple_paths(int seed, int nodes, int edges)
    {
        var (fixture, graph, ids) = await RandomGraphAsync(seed, nodes, edges);
        using var _ = fixture;
        var query = QueryCatalog.Default.Get("shortest-paths");
        foreach (var from in ids)
        {
            foreach (var to in ids.Where(t => t != from))
            {
                var result = await fixture.Store.RunAsync(query, query.Bind(new Dictionary<string, string?> { ["from"] = from, ["to"] = to, ["limit"] = "1000" }), Token);
                var actual = result.Rows.Select(r => ((IEnumerable<object?>)r[3]!).Cast<string>().ToList()).ToList();
                var expected = BruteForceShortest(graph, from, to, 6);
                Assert.True(
                    expected.Select(p => string.Join(",", p)).SequenceEqual(actual.Select(p => string.Join(",", p))),
                    $"{from} → {to}: expected {expected.Count} paths, got {actual.Count}");
            }
        }
    }

    [Theory]
    [InlineData(4, 10, 16)]
    [InlineData(5, 14, 28)]
    public async Task Betweenness_is_the_share_of_shortest_paths_through_each_node(int seed, int nodes, int edges)
    {
        var (fixture, graph, ids) = await RandomGraphAsync(seed, nodes, edges);
        using var _ = fixture;
        var query = QueryCatalog.Default.Get("key-actors");
        var result = await fixture.Store.RunAsync(query, query.Bind(new Dictionary<string, string?> { ["limit"] = "100" }), Token);
        var names = result.Graph.Nodes.ToDictionary(n => n.Name, n => n.Id);

        var expected = ids.ToDictionary(id => id, _ => 0.0);
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                var paths = BruteForceShortest(graph, ids[i], ids[j], ids.Count);
                foreach (var path in paths)
                {
                    foreach (var inner in Inner(path, ids[i]))
                    {
                        expected[inner] += 1.0 / paths.Count;
                    }
                }
            }
        }

        foreach (var row in result.Rows)
        {
            Assert.Equal(Math.Round(expected[names[(string)row[0]!]], 4), (double)row[3]!, 6);
        }

        Assert.Equal(ids.Count, result.Rows.Count);
    }

    /// <summary>The inner nodes of a path given by its keys, walking from <paramref name="start"/>.</summary>
    private static IEnumerable<string> Inner(List<string> keys, string start)
    {
        var node = start;
        for (var i = 0; i < keys.Count - 1; i++)
        {
            var parts = keys[i].Split('|');
            node = parts[1] == node ? parts[2] : parts[1];
            yield return node;
        }
    }
}
