using System.Text.Json;
using GraphExplorer.Core.Model;
using GraphExplorer.Export.Formatting;

namespace GraphExplorer.Export.Formats;

/// <summary>
/// Cytoscape.js elements JSON (<c>cy.json()</c> / Cytoscape desktop <c>.cyjs</c>):
/// <c>{"data": {...}, "elements": {"nodes": [{"data": {...}}], "edges": [{"data": {...}}]}}</c>.
/// Node data: id, label (the entity label), name, aliases, color. Edge data: id (the relationship key),
/// source, target, type, symmetric, the optional attributes, confidence and evidence.
/// </summary>
internal sealed class CytoscapeExporter : IGraphExporter
{
    public string Format => "cytoscape";

    public string ContentType => "application/json";

    public string FileExtension => "cyjs";

    public async Task WriteAsync(ExportDocument document, Stream output, CancellationToken cancellationToken = default)
    {
        var graph = new ExportGraph(document.Graph);
        await using var json = new Utf8JsonWriter(output, JsonExporter.WriterOptions);
        json.WriteStartObject();
        WriteGraphData(json, document, graph);
        json.WriteStartObject("elements");
        json.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            WriteNode(json, node);
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (var relationship in graph.Relationships)
        {
            WriteEdge(json, relationship);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteGraphData(Utf8JsonWriter json, ExportDocument document, ExportGraph graph)
    {
        json.WriteStartObject("data");
        json.WriteString("name", document.Title);
        JsonExporter.WriteOptional(json, "query", document.QueryName);
        json.WriteStartObject("parameters");
        foreach (var (name, value) in document.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteString(name, Invariant.Value(value));
        }

        json.WriteEndObject();
        if (document.GeneratedAt is { } generatedAt)
        {
            json.WriteString("generatedAt", Invariant.Timestamp(generatedAt));
        }

        json.WriteStartArray("articles");
        foreach (var article in graph.Articles)
        {
            json.WriteStartObject();
            json.WriteString("id", article.Id);
            json.WriteString("title", article.Title);
            JsonExporter.WriteOptional(json, "published", article.Published is { } published ? Invariant.Date(published) : null);
            JsonExporter.WriteOptional(json, "publisher", article.Publisher);
            JsonExporter.WriteOptional(json, "source", article.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter json, Entity node)
    {
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteString("id", node.Id);
        json.WriteString("label", node.Label);
        json.WriteString("name", node.Name);
        JsonExporter.WriteStrings(json, "aliases", node.Aliases);
        json.WriteString("color", Palette.Of(node.Label));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter json, Relationship relationship)
    {
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteString("id", relationship.Key);
        json.WriteString("source", relationship.SourceId);
        json.WriteString("target", relationship.TargetId);
        json.WriteString("type", relationship.Type);
        json.WriteBoolean("symmetric", ExportGraph.IsSymmetric(relationship.Type));
        JsonExporter.WriteOptional(json, "date", relationship.Date is { } date ? Invariant.Date(date) : null);
        JsonExporter.WriteOptional(json, "dateKind", relationship.Date is null ? null : relationship.DateKind.Name());
        JsonExporter.WriteOptional(json, "place", relationship.PlaceId);
        JsonExporter.WriteOptional(json, "title", relationship.Title);
        JsonExporter.WriteOptional(json, "allegation", relationship.Allegation);
        json.WriteNumber("confidence", relationship.Confidence);
        JsonExporter.WriteEvidence(json, relationship);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
