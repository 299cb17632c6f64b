using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using GraphExplorer.Core.Model;
using GraphExplorer.Export.Formatting;

namespace GraphExplorer.Export.Formats;

/// <summary>
/// The reference scorer's JSON (shared/eval/README.md): <c>nodes</c> with id, label, name, aliases;
/// <c>relationships</c> with type, source, target, the optional attributes, and evidence (article, text,
/// start, end); <c>articles</c> with their metadata. No timestamp, so an unchanged graph exports identically.
/// </summary>
internal sealed class JsonExporter : IGraphExporter
{
    /// <summary>Letters of every script stay readable; HTML-significant characters and controls are escaped.</summary>
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public string Format => "json";

    public string ContentType => "application/json";

    public string FileExtension => "json";

    public async Task WriteAsync(ExportDocument document, Stream output, CancellationToken cancellationToken = default)
    {
        var graph = new ExportGraph(document.Graph);
        await using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();
        json.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            WriteNode(json, node);
        }

        json.WriteEndArray();
        json.WriteStartArray("relationships");
        foreach (var relationship in graph.Relationships)
        {
            WriteRelationship(json, relationship);
        }

        json.WriteEndArray();
        json.WriteStartArray("articles");
        foreach (var article in graph.Articles)
        {
            WriteArticle(json, article);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteNode(Utf8JsonWriter json, Entity node)
    {
        json.WriteStartObject();
        json.WriteString("id", node.Id);
        json.WriteString("label", node.Label);
        json.WriteString("name", node.Name);
        WriteStrings(json, "aliases", node.Aliases);
        json.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter json, Relationship relationship)
    {
        json.WriteStartObject();
        json.WriteString("type", relationship.Type);
        json.WriteString("source", relationship.SourceId);
        json.WriteString("target", relationship.TargetId);
        if (relationship.Date is { } date)
        {
            json.WriteString("date", Invariant.Date(date));
            json.WriteString("dateKind", relationship.DateKind.Name());
        }

        WriteOptional(json, "place", relationship.PlaceId);
        WriteOptional(json, "title", relationship.Title);
        WriteOptional(json, "allegation", relationship.Allegation);
        json.WriteNumber("confidence", relationship.Confidence);
        WriteEvidence(json, relationship);
        json.WriteEndObject();
    }

    /// <summary>The evidence array in the scorer's shape (article, text) with offsets; shared with the cytoscape format.</summary>
    internal static void WriteEvidence(Utf8JsonWriter json, Relationship relationship)
    {
        json.WriteStartArray("evidence");
        foreach (var evidence in relationship.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("article", evidence.ArticleId);
            json.WriteString("text", evidence.Sentence);
            json.WriteNumber("start", evidence.Start);
            json.WriteNumber("end", evidence.End);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteArticle(Utf8JsonWriter json, ArticleInfo article)
    {
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        json.WriteString("title", article.Title);
        if (article.Published is { } published)
        {
            json.WriteString("published", Invariant.Date(published));
        }

        WriteOptional(json, "publisher", article.Publisher);
        WriteOptional(json, "author", article.Author);
        WriteOptional(json, "source", article.Source);
        json.WriteEndObject();
    }

    internal static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    internal static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
