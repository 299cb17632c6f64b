using GraphExplorer.Core.Model;

namespace GraphExplorer.Export.Tests.Support;

/// <summary>Compares subgraphs by content, whatever their order.</summary>
internal static class GraphAssert
{
    public static void Equivalent(Subgraph expected, Subgraph actual)
    {
        var (e, a) = (Normalize(expected), Normalize(actual));
        Assert.Equal(e.Nodes, a.Nodes);
        Assert.Equal(e.Relationships, a.Relationships);
        Assert.Equal(e.Articles, a.Articles);
    }

    private static Subgraph Normalize(Subgraph graph)
    {
        var normalized = graph.Normalized();
        return normalized with
        {
            Relationships = [.. normalized.Relationships.Select(r => r with { Evidence = [.. r.Evidence.OrderBy(v => v.ArticleId, StringComparer.Ordinal).ThenBy(v => v.Start)] })],
        };
    }
}
