using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Evaluation;

namespace GraphExplorer.Extraction.Tests;

/// <summary>The graph does not depend on the order articles come in (ids are handles fixed when an entity is first seen; everything else is compared).</summary>
public sealed class IngestOrderTests
{
    private static readonly string[] Bodies =
    [
        "Iraqi Foreign Minister Fouad Hamadi met Turkish Foreign Minister Hakan Yilmaz in Ankara. Hamadi said the talks went well.",
        "Iraq's foreign minister, Fuad Hamadi, visited Tehran on Monday. Ghana and Togo signed the Volta Basin Water Treaty in Lome.",
        "Foreign Minister Fuad Ali Hamadi met Interior Minister Salim Obeidat in Amman. The water treaty between Togo and Ghana takes effect in May.",
    ];

    private static List<string> Shape(IEnumerable<string> bodies)
    {
        var documents = bodies.Select((body, i) => new SourceDocument($"a{Array.IndexOf(Bodies, body)}", "Headline\n2024-05-02\n\n" + body + "\n", SourceDocument.PlainText, $"h{i}")).ToList();
        var graph = CorpusGraph.Build(documents, new ArticlePipeline(), new KnownEntityResolver());
        var names = graph.Nodes.ToDictionary(n => n.Id, n => $"{n.Label}:{n.Name}");
        var nodes = graph.Nodes.Select(n => $"{n.Label}:{n.Name} [{string.Join("; ", n.Aliases)}]");
        var edges = graph.Relationships.Select(r =>
        {
            var ends = new[] { names[r.SourceId], names[r.TargetId] };
            if (EdgeTypes.Get(r.Type).Symmetric)
            {
                Array.Sort(ends, StringComparer.Ordinal);
            }

            return $"{r.Type}({ends[0]}, {ends[1]}) {r.Date} {string.Join(" | ", r.Evidence.Select(e => e.ArticleId + ":" + e.Start).Order(StringComparer.Ordinal))}";
        });
        return [.. nodes.Concat(edges).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void Two_orders_give_one_graph()
    {
        var forward = Shape(Bodies);
        var backward = Shape(Bodies.Reverse());
        var shuffled = Shape([Bodies[1], Bodies[2], Bodies[0]]);
        Assert.Equal(forward, backward);
        Assert.Equal(forward, shuffled);
        Assert.Single(forward, l => l.StartsWith("Person:Fuad", StringComparison.Ordinal) || l.StartsWith("Person:Fouad", StringComparison.Ordinal));
        Assert.Single(forward, l => l.StartsWith("Agreement:", StringComparison.Ordinal));
    }
}
