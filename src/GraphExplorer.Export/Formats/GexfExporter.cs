using System.Globalization;
using System.Xml;
using GraphExplorer.Core.Model;
using GraphExplorer.Export.Formatting;

namespace GraphExplorer.Export.Formats;

/// <summary>
/// GEXF 1.3 for Gephi. The graph is <c>mode="dynamic"</c> with <c>timeformat="date"</c>: a dated edge
/// exists on its day (<c>start</c> = <c>end</c> = the date), an undated edge and every node always, so
/// Gephi's timeline plays the facts in order. Nodes: <c>label</c> = the name, attributes <c>kind</c>
/// (the entity label) and <c>aliases</c>, a <c>viz:color</c> per label. Edges: <c>label</c> and
/// <c>kind</c> = the type, <c>type="undirected"</c> for symmetric types, attributes key, date (date),
/// place, title, allegation, confidence (double), evidenceCount (integer), evidence.
/// </summary>
internal sealed class GexfExporter : TextExporter
{
    private const string GexfNamespace = "http://gexf.net/1.3";
    private const string VizNamespace = "http://gexf.net/1.3/viz";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly (string Id, string Type)[] NodeAttributes = [("kind", "string"), ("aliases", "string")];

    private static readonly (string Id, string Type)[] EdgeAttributes =
    [
        ("key", "string"), ("date", "date"), ("dateKind", "string"), ("place", "string"), ("title", "string"), ("allegation", "string"),
        ("confidence", "double"), ("evidenceCount", "integer"), ("evidence", "string"),
    ];

    public override string Format => "gexf";

    public override string ContentType => "application/gexf+xml";

    public override string FileExtension => "gexf";

    public override Task<string> RenderAsync(ExportDocument document, CancellationToken cancellationToken) =>
        Task.FromResult(XmlOutput.Write(Format, xml => Write(xml, document, new ExportGraph(document.Graph))));

    private static void Write(XmlWriter xml, ExportDocument document, ExportGraph graph)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", GexfNamespace);
        xml.WriteAttributeString("xmlns", "viz", null, VizNamespace);
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        xml.WriteAttributeString("schemaLocation", XsiNamespace, $"{GexfNamespace} http://gexf.net/1.3/gexf.xsd");
        xml.WriteAttributeString("version", "1.3");

        xml.WriteStartElement("meta", GexfNamespace);
        if (document.GeneratedAt is { } generatedAt)
        {
            xml.WriteAttributeString("lastmodifieddate", Invariant.Date(DateOnly.FromDateTime(generatedAt.UtcDateTime)));
        }

        xml.WriteElementString("creator", GexfNamespace, "GraphExplorer");
        xml.WriteElementString("description", GexfNamespace, Describe(document));
        xml.WriteEndElement();

        xml.WriteStartElement("graph", GexfNamespace);
        xml.WriteAttributeString("defaultedgetype", "directed");
        xml.WriteAttributeString("mode", "dynamic");
        xml.WriteAttributeString("timeformat", "date");
        WriteAttributeDeclarations(xml, "node", NodeAttributes);
        WriteAttributeDeclarations(xml, "edge", EdgeAttributes);

        xml.WriteStartElement("nodes", GexfNamespace);
        foreach (var node in graph.Nodes)
        {
            WriteNode(xml, node);
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges", GexfNamespace);
        foreach (var relationship in graph.Relationships)
        {
            WriteEdge(xml, relationship);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static string Describe(ExportDocument document)
    {
        var parameters = document.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Invariant.Value(p.Value)}");
        return document.QueryName is null ? document.Title : $"{document.Title} (query {document.QueryName}: {string.Join(", ", parameters)})";
    }

    private static void WriteAttributeDeclarations(XmlWriter xml, string target, IEnumerable<(string Id, string Type)> attributes)
    {
        xml.WriteStartElement("attributes", GexfNamespace);
        xml.WriteAttributeString("class", target);
        foreach (var (id, type) in attributes)
        {
            xml.WriteStartElement("attribute", GexfNamespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("title", id);
            xml.WriteAttributeString("type", type);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteNode(XmlWriter xml, Entity node)
    {
        xml.WriteStartElement("node", GexfNamespace);
        xml.WriteAttributeString("id", node.Id);
        xml.WriteAttributeString("label", node.Name);
        xml.WriteStartElement("attvalues", GexfNamespace);
        WriteValue(xml, "kind", node.Label);
        WriteValue(xml, "aliases", GraphAttributes.Aliases(node));
        xml.WriteEndElement();
        var (red, green, blue) = Palette.RgbOf(node.Label);
        xml.WriteStartElement("viz", "color", VizNamespace);
        xml.WriteAttributeString("r", red.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("g", green.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("b", blue.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter xml, Relationship relationship)
    {
        xml.WriteStartElement("edge", GexfNamespace);
        xml.WriteAttributeString("id", relationship.Key);
        xml.WriteAttributeString("source", relationship.SourceId);
        xml.WriteAttributeString("target", relationship.TargetId);
        if (ExportGraph.IsSymmetric(relationship.Type))
        {
            xml.WriteAttributeString("type", "undirected");
        }

        xml.WriteAttributeString("label", relationship.Type);
        xml.WriteAttributeString("kind", relationship.Type);
        if (relationship.Date is { } date)
        {
            xml.WriteAttributeString("start", Invariant.Date(date));
            xml.WriteAttributeString("end", Invariant.Date(date));
        }

        xml.WriteStartElement("attvalues", GexfNamespace);
        WriteValue(xml, "key", relationship.Key);
        foreach (var (name, value) in GraphAttributes.OptionalStrings(relationship))
        {
            WriteValue(xml, name, value);
        }

        WriteValue(xml, "confidence", Invariant.Number(relationship.Confidence));
        WriteValue(xml, "evidenceCount", relationship.Evidence.Count.ToString(CultureInfo.InvariantCulture));
        WriteValue(xml, "evidence", GraphAttributes.Evidence(relationship));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteValue(XmlWriter xml, string id, string value)
    {
        xml.WriteStartElement("attvalue", GexfNamespace);
        xml.WriteAttributeString("for", id);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }
}
