using System.Globalization;
using GraphExplorer.Core.Model;
using GraphExplorer.Storage.Neo4j.QueryApi;

namespace GraphExplorer.Storage.Neo4j.Reading;

/// <summary>Maps Query API nodes and relationships onto the Core model (the stored shape of GRAPH-SHAPE.md).</summary>
internal static class GraphMapping
{
    /// <summary>The entity of an <c>:Entity</c> node, or null for any other node.</summary>
    public static Entity? ToEntity(GraphNode node)
    {
        if (!node.Labels.Contains("Entity", StringComparer.Ordinal))
        {
            return null;
        }

        var label = node.Labels.FirstOrDefault(NodeLabels.IsKnown) ?? "Entity";
        return ToEntity(label, node.Properties);
    }

    /// <summary>An entity from its label and stored properties.</summary>
    public static Entity ToEntity(string label, IReadOnlyDictionary<string, object?> properties) => new(
        Text(properties, "id") ?? "",
        label,
        Text(properties, "name") ?? "",
        Strings(properties, "aliases"));

    /// <summary>The article of an <c>:Article</c> node, or null for any other node.</summary>
    public static ArticleInfo? ToArticle(GraphNode node) =>
        node.Labels.Contains(NodeLabels.Article, StringComparer.Ordinal) ? ToArticle(node.Properties) : null;

    /// <summary>An article from its stored properties.</summary>
    public static ArticleInfo ToArticle(IReadOnlyDictionary<string, object?> properties) => new(
        Text(properties, "id") ?? "",
        Text(properties, "title") ?? "",
        Date(properties, "published"),
        Text(properties, "publisher"),
        Text(properties, "author"),
        Text(properties, "source"));

    /// <summary>The fact of a relationship, or null for one without a <c>key</c> (MENTIONS).</summary>
    public static Relationship? ToRelationship(GraphRelationship relationship)
    {
        if (Text(relationship.Properties, "key") is not { } key)
        {
            return null;
        }

        // The key is TYPE|source|target with the endpoints' entity ids, so no endpoint lookup is needed.
        var parts = key.Split('|');
        return parts.Length == 3 ? ToRelationship(relationship.Type, parts[1], parts[2], relationship.Properties) : null;
    }

    /// <summary>A fact from its type, endpoint ids and stored properties.</summary>
    public static Relationship ToRelationship(string type, string sourceId, string targetId, IReadOnlyDictionary<string, object?> properties)
    {
        var articles = Strings(properties, "evidenceArticles");
        var sentences = Strings(properties, "evidenceSentences");
        var starts = Numbers(properties, "evidenceStarts");
        var ends = Numbers(properties, "evidenceEnds");
        var count = new[] { articles.Count, sentences.Count, starts.Count, ends.Count }.Min();
        var evidence = new List<Evidence>(count);
        for (var i = 0; i < count; i++)
        {
            evidence.Add(new Evidence(articles[i], sentences[i], (int)starts[i], (int)ends[i]));
        }

        return new Relationship(type, sourceId, targetId, evidence)
        {
            Date = Date(properties, "date"),
            DateKind = DateKinds.Parse(Text(properties, "dateKind")),
            PlaceId = Text(properties, "placeId"),
            Title = Text(properties, "title"),
            Allegation = Text(properties, "allegation"),
            Confidence = properties.GetValueOrDefault("confidence") switch
            {
                double d => d,
                long l => l,
                _ => 1.0,
            },
        };
    }

    /// <summary>A string property, or null.</summary>
    public static string? Text(IReadOnlyDictionary<string, object?> properties, string name) =>
        properties.GetValueOrDefault(name) as string;

    /// <summary>A list-of-strings property, or empty.</summary>
    public static IReadOnlyList<string> Strings(IReadOnlyDictionary<string, object?> properties, string name) =>
        properties.GetValueOrDefault(name) is IReadOnlyList<object?> list ? [.. list.OfType<string>()] : [];

    /// <summary>A date property (plain JSON carries dates as <c>yyyy-MM-dd</c> strings), or null.</summary>
    public static DateOnly? Date(IReadOnlyDictionary<string, object?> properties, string name) =>
        properties.GetValueOrDefault(name) is string text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static IReadOnlyList<long> Numbers(IReadOnlyDictionary<string, object?> properties, string name) =>
        properties.GetValueOrDefault(name) is IReadOnlyList<object?> list ? [.. list.Select(v => v switch { long l => l, double d => (long)d, _ => 0L })] : [];
}
