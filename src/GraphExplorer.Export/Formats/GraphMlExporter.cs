using System.Xml;
using GraphExplorer.Core.Model;
using GraphExplorer.Export.Formatting;

namespace GraphExplorer.Export.Formats;

/// <summary>
/// GraphML with a typed <c>&lt;key&gt;</c> for every attribute, readable by Gephi, yEd and graph libraries.
/// Nodes: <c>label</c> (the name; Gephi shows it), <c>kind</c> (the entity label), <c>aliases</c>.
/// Edges: <c>label</c> (the type), <c>key</c>, <c>date</c>, <c>place</c>, <c>title</c>, <c>allegation</c>,
/// <c>confidence</c> (double), <c>evidenceCount</c> (int), <c>evidence</c>. yEd reads its own
/// <c>y:ShapeNode</c>/<c>y:PolyLineEdge</c> graphics, which carry the same labels and the label colours.
/// Symmetric edges are undirected; the rest say <c>directed="true"</c>.
/// </summary>
internal sealed class GraphMlExporter : TextExporter
{
    private const string GraphMlNamespace = "http://graphml.graphdrawing.org/xmlns";
    private const string YNamespace = "http://www.yworks.com/xml/graphml";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("g_title", "graph", "title", "string"),
        ("g_query", "graph", "query", "string"),
        ("g_parameters", "graph", "parameters", "string"),
        ("g_generatedAt", "graph", "generatedAt", "string"),
        ("n_label", "node", "label", "string"),
        ("n_kind", "node", "kind", "string"),
        ("n_aliases", "node", "aliases", "string"),
        ("e_label", "edge", "label", "string"),
        ("e_key", "edge", "key", "string"),
        ("e_date", "edge", "date", "string"),
        ("e_dateKind", "edge", "dateKind", "string"),
        ("e_place", "edge", "place", "string"),
        ("e_title", "edge", "title", "string"),
        ("e_allegation", "edge", "allegation", "string"),
        ("e_confidence", "edge", "confidence", "double"),
        ("e_evidenceCount", "edge", "evidenceCount", "int"),
        ("e_evidence", "edge", "evidence", "string"),
    ];

    public override string Format => "graphml";

    public override string ContentType => "application/graphml+xml";

    public override string FileExtension => "graphml";

    public override Task<string> RenderAsync(ExportDocument document, CancellationToken cancellationToken) =>
        Task.FromResult(XmlOutput.Write(Format, xml => Write(xml, document, new ExportGraph(document.Graph))));

    private static void Write(XmlWriter xml, ExportDocument document, ExportGraph graph)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", GraphMlNamespace);
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        xml.WriteAttributeString("xmlns", "y", null, YNamespace);
        xml.WriteAttributeString("schemaLocation", XsiNamespace, $"{GraphMlNamespace} http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd");
        foreach (var (id, target, name, type) in Keys)
        {
            xml.WriteStartElement("key", GraphMlNamespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", target);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }

        WriteYFilesKey(xml, "n_graphics", "node", "nodegraphics");
        WriteYFilesKey(xml, "e_graphics", "edge", "edgegraphics");

        xml.WriteStartElement("graph", GraphMlNamespace);
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "undirected");
        WriteData(xml, "g_title", document.Title);
        WriteData(xml, "g_query", document.QueryName);
        if (document.Parameters.Count > 0)
        {
            WriteData(xml, "g_parameters", string.Join("\n", document.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Invariant.Value(p.Value)}")));
        }

        WriteData(xml, "g_generatedAt", document.GeneratedAt is { } at ? Invariant.Timestamp(at) : null);
        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            WriteNode(xml, graph.Nodes[i], i, graph.Nodes.Count);
        }

        foreach (var relationship in graph.Relationships)
        {
            WriteEdge(xml, relationship);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteNode(XmlWriter xml, Entity node, int index, int count)
    {
        xml.WriteStartElement("node", GraphMlNamespace);
        xml.WriteAttributeString("id", node.Id);
        WriteData(xml, "n_label", node.Name);
        WriteData(xml, "n_kind", node.Label);
        WriteData(xml, "n_aliases", GraphAttributes.Aliases(node));

        // yEd has no layout on open: start the nodes on a circle rather than all on one spot.
        var radius = 60.0 * Math.Max(count, 3) / Math.PI;
        var angle = 2 * Math.PI * index / Math.Max(count, 1);
        var width = Math.Clamp(node.Name.Length * 7.0 + 20, 60, 320);
        xml.WriteStartElement("data", GraphMlNamespace);
        xml.WriteAttributeString("key", "n_graphics");
        xml.WriteStartElement("y", "ShapeNode", YNamespace);
        xml.WriteStartElement("y", "Geometry", YNamespace);
        xml.WriteAttributeString("height", "30.0");
        xml.WriteAttributeString("width", Invariant.Number(Math.Round(width, 1)));
        xml.WriteAttributeString("x", Invariant.Number(Math.Round(radius * Math.Cos(angle), 1)));
        xml.WriteAttributeString("y", Invariant.Number(Math.Round(radius * Math.Sin(angle), 1)));
        xml.WriteEndElement();
        xml.WriteStartElement("y", "Fill", YNamespace);
        xml.WriteAttributeString("color", Palette.Of(node.Label));
        xml.WriteAttributeString("transparent", "false");
        xml.WriteEndElement();
        xml.WriteStartElement("y", "NodeLabel", YNamespace);
        xml.WriteString(node.Name);
        xml.WriteEndElement();
        xml.WriteStartElement("y", "Shape", YNamespace);
        xml.WriteAttributeString("type", "roundrectangle");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter xml, Relationship relationship)
    {
        var symmetric = ExportGraph.IsSymmetric(relationship.Type);
        xml.WriteStartElement("edge", GraphMlNamespace);
        xml.WriteAttributeString("id", relationship.Key);
        xml.WriteAttributeString("source", relationship.SourceId);
        xml.WriteAttributeString("target", relationship.TargetId);
        xml.WriteAttributeString("directed", symmetric ? "false" : "true");
        WriteData(xml, "e_label", relationship.Type);
        WriteData(xml, "e_key", relationship.Key);
        foreach (var (name, value) in GraphAttributes.OptionalStrings(relationship))
        {
            WriteData(xml, "e_" + name, value);
        }

        WriteData(xml, "e_confidence", Invariant.Number(relationship.Confidence));
        WriteData(xml, "e_evidenceCount", relationship.Evidence.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        WriteData(xml, "e_evidence", GraphAttributes.Evidence(relationship));

        xml.WriteStartElement("data", GraphMlNamespace);
        xml.WriteAttributeString("key", "e_graphics");
        xml.WriteStartElement("y", "PolyLineEdge", YNamespace);
        xml.WriteStartElement("y", "LineStyle", YNamespace);
        xml.WriteAttributeString("color", "#555555");
        xml.WriteAttributeString("type", "line");
        xml.WriteAttributeString("width", "1.0");
        xml.WriteEndElement();
        xml.WriteStartElement("y", "Arrows", YNamespace);
        xml.WriteAttributeString("source", "none");
        xml.WriteAttributeString("target", symmetric ? "none" : "standard");
        xml.WriteEndElement();
        xml.WriteStartElement("y", "EdgeLabel", YNamespace);
        xml.WriteString(relationship.Type);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteYFilesKey(XmlWriter xml, string id, string target, string yFilesType)
    {
        xml.WriteStartElement("key", GraphMlNamespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", target);
        xml.WriteAttributeString("yfiles.type", yFilesType);
        xml.WriteEndElement();
    }

    private static void WriteData(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("data", GraphMlNamespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
