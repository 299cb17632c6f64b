using System.Globalization;
using System.Xml.Linq;
using GraphExplorer.Core.Model;
using GraphExplorer.Export.Tests.Support;

namespace GraphExplorer.Export.Tests;

public sealed class XmlFormatsTests
{
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";

    [Fact]
    public async Task GraphML_declares_a_typed_key_for_every_data_element_and_carries_yed_labels()
    {
        var xml = XDocument.Parse(await Exporting.TextAsync("graphml", Exporting.Sample()));

        var keys = xml.Root!.Elements(GraphMl + "key").ToDictionary(k => (string)k.Attribute("id")!);
        var used = xml.Descendants(GraphMl + "data").Select(d => (string)d.Attribute("key")!).Distinct();
        Assert.All(used, key => Assert.True(keys.ContainsKey(key), $"data key '{key}' is not declared"));
        Assert.All(keys.Values.Where(k => k.Attribute("yfiles.type") is null), k => Assert.NotNull(k.Attribute("attr.type")));
        XNamespace y = "http://www.yworks.com/xml/graphml";
        Assert.Contains(SampleGraphs.HostileName, xml.Descendants(y + "NodeLabel").Select(l => l.Value));
        Assert.Contains("MET_WITH", xml.Descendants(y + "EdgeLabel").Select(l => l.Value));
    }

    [Fact]
    public async Task GEXF_is_dynamic_with_dated_edges_as_time_intervals()
    {
        var xml = XDocument.Parse(await Exporting.TextAsync("gexf", Exporting.Sample()));

        Assert.Equal("1.3", (string?)xml.Root!.Attribute("version"));
        var graph = xml.Root.Element(Gexf + "graph")!;
        Assert.Equal("dynamic", (string?)graph.Attribute("mode"));
        Assert.Equal("date", (string?)graph.Attribute("timeformat"));
        var edges = graph.Descendants(Gexf + "edge").ToList();
        var met = edges.Single(e => (string?)e.Attribute("label") == "MET_WITH");
        Assert.Equal("2024-03-20", (string?)met.Attribute("start"));
        Assert.Equal("2024-03-20", (string?)met.Attribute("end"));
        Assert.Equal("undirected", (string?)met.Attribute("type"));
        Assert.Null(edges.Single(e => (string?)e.Attribute("label") == "SIGNED").Attribute("start"));
    }

    [Theory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    public async Task Graphology_reads_the_same_nodes_edges_and_attributes(string format)
    {
        var graph = SampleGraphs.Sample;

        var read = await GraphologyReader.ReadAsync(format, await Exporting.BytesAsync(format, Exporting.Sample()));

        Assert.Equal(graph.Nodes.Count, (int)read["order"]!);
        Assert.Equal(graph.Relationships.Count, (int)read["size"]!);
        var nodes = read["nodes"]!.AsArray().ToDictionary(n => (string)n!["key"]!, n => n!["attributes"]!);
        foreach (var entity in graph.Nodes)
        {
            var attributes = nodes[entity.Id];
            Assert.Equal(entity.Name, (string)attributes["label"]!);
            Assert.Equal(entity.Label, (string)attributes["kind"]!);
            Assert.Equal(string.Join(" | ", entity.Aliases), (string?)attributes["aliases"] ?? "");
        }

        var edges = read["edges"]!.AsArray().ToDictionary(e => (string)e!["key"]!);
        foreach (var relationship in graph.Relationships.Select(r => r.Canonical()))
        {
            var edge = edges[relationship.Key]!;
            var attributes = edge["attributes"]!;
            Assert.Equal(relationship.SourceId, (string)edge["source"]!);
            Assert.Equal(relationship.TargetId, (string)edge["target"]!);
            Assert.Equal(EdgeTypes.Get(relationship.Type).Symmetric, (bool)edge["undirected"]!);
            Assert.Equal(relationship.Type, (string)attributes["label"]!);
            Assert.Equal(relationship.Key, (string)attributes["key"]!);
            Assert.Equal(relationship.Confidence, (double)attributes["confidence"]!);
            Assert.Equal(relationship.Evidence.Count, (int)attributes["evidenceCount"]!);
            Assert.Equal(relationship.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (string?)attributes["date"]);
            Assert.Equal(relationship.PlaceId, (string?)attributes["place"]);
            Assert.Equal(relationship.Title, (string?)attributes["title"]);
            Assert.Equal(relationship.Allegation, (string?)attributes["allegation"]);
            foreach (var evidence in relationship.Evidence)
            {
                Assert.Contains(evidence.Sentence, (string)attributes["evidence"]!, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    public async Task A_character_XML_cannot_carry_is_a_clear_export_error(string format)
    {
        var graph = new Subgraph([new Entity("person:x", NodeLabels.Person, "bell\u0007", [])], [], []);

        var error = await Assert.ThrowsAsync<ExportException>(() => Exporting.BytesAsync(format, ExportDocument.ForGraph(graph)));

        Assert.Contains(format, error.Message, StringComparison.Ordinal);
        Assert.Contains("XML 1.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graphology_reads_the_graph_title_from_GraphML()
    {
        var read = await GraphologyReader.ReadAsync("graphml", await Exporting.BytesAsync("graphml", Exporting.Sample()));

        Assert.Equal("Sample & <graph>", (string)read["attributes"]!["title"]!);
    }
}
