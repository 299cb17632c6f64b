using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;

namespace GraphExplorer.Extraction.Tests;

/// <summary>Runs the pipeline over small hand-written articles and looks facts up by entity name.</summary>
internal static class TestArticles
{
    private static readonly ArticlePipeline Pipeline = new();

    public static ArticleGraph Extract(string text, string id = "test_article", string mediaType = SourceDocument.PlainText) =>
        Pipeline.Extract(new SourceDocument(id, text, mediaType, "hash"));

    /// <summary>Extracts a body of text as an article with a dateline and a plain headline before it.</summary>
    public static ArticleGraph ExtractBody(string body) => Extract($"• Thursday, 14 March 2024\n\nHeadline\n\n{body}\n");

    /// <summary>A relationship of the type between any entity one of whose names contains each part.</summary>
    public static bool HasByNamePart(this ArticleGraph graph, EdgeType type, string sourcePart, string targetPart)
    {
        var sources = graph.Entities.Where(e => e.AllNames.Any(n => n.Contains(sourcePart, StringComparison.Ordinal))).Select(e => e.Id).ToHashSet();
        var targets = graph.Entities.Where(e => e.AllNames.Any(n => n.Contains(targetPart, StringComparison.Ordinal))).Select(e => e.Id).ToHashSet();
        return graph.Relationships.Any(r => r.Type == type.Name && sources.Contains(r.SourceId) && targets.Contains(r.TargetId));
    }

    /// <summary>A relationship of the type from the entity named exactly <paramref name="source"/> to any entity one of whose names contains <paramref name="targetPart"/>.</summary>
    public static bool HasTo(ArticleGraph graph, EdgeType type, string source, string targetPart)
    {
        var sources = graph.Entities.Where(e => e.AllNames.Any(n => n == source)).Select(e => e.Id).ToHashSet();
        var targets = graph.Entities.Where(e => e.AllNames.Any(n => n.Contains(targetPart, StringComparison.Ordinal))).Select(e => e.Id).ToHashSet();
        return graph.Relationships.Any(r => r.Type == type.Name && sources.Contains(r.SourceId) && targets.Contains(r.TargetId));
    }

    /// <summary>Whether <paramref name="party"/> is a party to any agreement of the graph.</summary>
    public static bool PartyToAnAgreement(ArticleGraph graph, string party) =>
        graph.Entities.Where(e => e.Label == NodeLabels.Agreement).Any(a => graph.Has(EdgeTypes.PartyTo, party, a.Name));

    /// <summary>The entity whose name or alias normalizes like <paramref name="name"/>, with the given label.</summary>
    public static Entity? Find(this ArticleGraph graph, string label, string name) =>
        graph.Entities.FirstOrDefault(e => e.Label == label && e.AllNames.Any(n => NameKey.Normalize(n) == NameKey.Normalize(name)));

    public static Relationship? Relation(this ArticleGraph graph, EdgeType type, string sourceName, string targetName)
    {
        var sources = graph.Entities.Where(e => e.AllNames.Any(n => NameKey.Normalize(n) == NameKey.Normalize(sourceName))).Select(e => e.Id).ToHashSet();
        var targets = graph.Entities.Where(e => e.AllNames.Any(n => NameKey.Normalize(n) == NameKey.Normalize(targetName))).Select(e => e.Id).ToHashSet();
        return graph.Relationships.FirstOrDefault(r => r.Type == type.Name
            && ((sources.Contains(r.SourceId) && targets.Contains(r.TargetId)) || (type.Symmetric && sources.Contains(r.TargetId) && targets.Contains(r.SourceId))));
    }

    public static bool Has(this ArticleGraph graph, EdgeType type, string sourceName, string targetName) => graph.Relation(type, sourceName, targetName) is not null;

    public static string Names(this ArticleGraph graph) => string.Join(", ", graph.Entities.Select(e => e.Id));

    public static string Facts(this ArticleGraph graph) => string.Join(", ", graph.Relationships.Select(r => $"{r.Type}({r.SourceId},{r.TargetId})"));
}
