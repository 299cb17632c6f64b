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

    /// <summary>
    /// A fact from its type, endpoint ids and stored properties. Its evidence is held by the <c>:Assertion</c> nodes of the
    /// articles that state it (see <see cref="AssertionReader"/>); only a relationship loaded from an export in the older
    /// shape, not yet rewritten by the schema script, carries it in the lists evidenceArticles, evidenceSentences,
    /// evidenceStarts and evidenceEnds, which are read here.
    /// </summary>
    public static Relationship ToRelationship(string type, string sourceId, string targetId, IReadOnlyDictionary<string, object?> properties) =>
        new(type, sourceId, targetId, ListedEvidence(properties))
        {
            Date = Date(properties, "date"),
            DateKind = DateKinds.Parse(Text(properties, "dateKind")),
            PlaceId = Text(properties, "placeId"),
            Title = Text(properties, "title"),
            Allegation = Text(properties, "allegation"),
            Confidence = Confidence(properties),
        };

    private static List<Evidence> ListedEvidence(IReadOnlyDictionary<string, object?> properties)
    {
        var articles = Strings(properties, "evidenceArticles");
        var sentences = Strings(properties, "evidenceSentences");
        var starts = Numbers(properties, "evidenceStarts");
        var ends = Numbers(properties, "evidenceEnds");
        var count = new[] { articles.Count, sentences.Count, starts.Count, ends.Count }.Min();
        return [.. Enumerable.Range(0, count).Select(i => new Evidence(articles[i], sentences[i], (int)starts[i], (int)ends[i]))];
    }

    /// <summary>The evidence an <c>:Assertion</c> node holds: its parallel <c>sentences</c>, <c>starts</c> and <c>ends</c> lists.</summary>
    public static IReadOnlyList<Evidence> Evidence(string articleId, IReadOnlyDictionary<string, object?> properties)
    {
        var sentences = Strings(properties, "sentences");
        var starts = Numbers(properties, "starts");
        var ends = Numbers(properties, "ends");
        var count = Math.Min(sentences.Count, Math.Min(starts.Count, ends.Count));
        var evidence = new List<Evidence>(count);
        for (var i = 0; i < count; i++)
        {
            evidence.Add(new Evidence(articleId, sentences[i], (int)starts[i], (int)ends[i]));
        }

        return evidence;
    }

    /// <summary>The <c>confidence</c> property (1.0 when absent, as for facts written by hand).</summary>
    public static double Confidence(IReadOnlyDictionary<string, object?> properties) => properties.GetValueOrDefault("confidence") switch
    {
        double d => d,
        long l => l,
        _ => 1.0,
    };

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
