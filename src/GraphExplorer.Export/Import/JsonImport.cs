using System.Globalization;
using System.Text.Json;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Export.Import;

/// <summary>
/// Reads back the <c>json</c> export (the reference scorer's shape, the project's main exchange format):
/// <c>nodes</c> (id, label, name, aliases), <c>relationships</c> (type, source, target, optional date, place,
/// title and allegation, confidence, evidence of article, text, start, end) and <c>articles</c> (id, title,
/// optional published, publisher, author, source). Members are checked for presence and type; members it does
/// not know are ignored, so a file another tool annotated still loads.
/// </summary>
public static class JsonImport
{
    /// <summary>Parses a <c>json</c> export. Throws <see cref="FormatException"/> naming the element and what is wrong.</summary>
    public static Subgraph Read(ReadOnlyMemory<byte> json, ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = limits.MaxNesting, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            throw new FormatException($"Not a GraphExplorer json export: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("Not a GraphExplorer json export: the document is not an object with nodes, relationships and articles.");
            }

            var nodes = Array(root, "nodes", "the document").Select((node, i) => ReadNode(node, $"nodes[{i}]")).ToList();
            var relationships = Array(root, "relationships", "the document").Select((r, i) => ReadRelationship(r, $"relationships[{i}]")).ToList();
            var articles = Array(root, "articles", "the document").Select((a, i) => ReadArticle(a, $"articles[{i}]")).ToList();
            return new Subgraph(nodes, relationships, articles);
        }
    }

    private static Entity ReadNode(JsonElement node, string where)
    {
        Object(node, where);
        return new Entity(Required(node, "id", where), Required(node, "label", where), Required(node, "name", where), [.. Array(node, "aliases", where).Select((a, i) => Text(a, $"{where}.aliases[{i}]"))]);
    }

    private static Relationship ReadRelationship(JsonElement element, string where)
    {
        Object(element, where);
        var evidence = Array(element, "evidence", where).Select((e, i) =>
        {
            var at = $"{where}.evidence[{i}]";
            Object(e, at);
            return new Evidence(Required(e, "article", at), Required(e, "text", at), Int(e, "start", at), Int(e, "end", at));
        }).ToList();
        return new Relationship(Required(element, "type", where), Required(element, "source", where), Required(element, "target", where), evidence)
        {
            Date = Date(element, "date", where),
            DateKind = Optional(element, "dateKind", where) switch
            {
                null or DateKinds.Stated => DateKind.Stated,
                DateKinds.Reported => DateKind.Reported,
                var other => throw Fail(where, "dateKind", $"is '{other}', not '{DateKinds.Stated}' or '{DateKinds.Reported}'"),
            },
            PlaceId = Optional(element, "place", where),
            Title = Optional(element, "title", where),
            Allegation = Optional(element, "allegation", where),
            Confidence = element.TryGetProperty("confidence", out var confidence) && confidence.ValueKind == JsonValueKind.Number
                ? confidence.GetDouble()
                : throw Fail(where, "confidence", "is missing or not a number"),
        };
    }

    private static ArticleInfo ReadArticle(JsonElement article, string where)
    {
        Object(article, where);
        return new ArticleInfo(
            Required(article, "id", where),
            Required(article, "title", where),
            Date(article, "published", where),
            Optional(article, "publisher", where),
            Optional(article, "author", where),
            Optional(article, "source", where));
    }

    private static void Object(JsonElement element, string where)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"Not a GraphExplorer json export: {where} is not an object.");
        }
    }

    private static JsonElement.ArrayEnumerator Array(JsonElement element, string name, string where) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : throw Fail(where, name, "is missing or not an array");

    private static string Required(JsonElement element, string name, string where) =>
        Optional(element, name, where) ?? throw Fail(where, name, "is missing");

    private static string? Optional(JsonElement element, string name, string where) =>
        !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
            : value.ValueKind == JsonValueKind.String ? value.GetString()
            : throw Fail(where, name, "is not a string");

    private static string Text(JsonElement element, string where) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : throw new FormatException($"Not a GraphExplorer json export: {where} is not a string.");

    private static int Int(JsonElement element, string name, string where) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw Fail(where, name, "is missing or not a whole number");

    private static DateOnly? Date(JsonElement element, string name, string where) =>
        Optional(element, name, where) is not { } text ? null
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
            : throw Fail(where, name, $"'{text}' is not a yyyy-MM-dd date");

    private static FormatException Fail(string where, string name, string reason) =>
        new($"Not a GraphExplorer json export: {where}.{name} {reason}.");
}
