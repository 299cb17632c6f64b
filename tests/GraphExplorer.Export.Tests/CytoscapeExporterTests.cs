using System.Text.Json.Nodes;
using GraphExplorer.Export.Tests.Support;

namespace GraphExplorer.Export.Tests;

public sealed class CytoscapeExporterTests
{
    [Fact]
    public async Task Writes_cytoscape_elements_with_node_and_edge_data()
    {
        var json = JsonNode.Parse(await Exporting.TextAsync("cytoscape", Exporting.Sample()))!;

        var nodes = json["elements"]!["nodes"]!.AsArray();
        var edges = json["elements"]!["edges"]!.AsArray();
        Assert.Equal(SampleGraphs.Sample.Nodes.Count, nodes.Count);
        Assert.Equal(SampleGraphs.Sample.Relationships.Count, edges.Count);
        var hostile = nodes.Select(n => n!["data"]!).Single(d => (string)d["id"]! == SampleGraphs.Hostile.Id);
        Assert.Equal(SampleGraphs.HostileName, (string)hostile["name"]!);
        Assert.Equal("Organization", (string)hostile["label"]!);

        var met = edges.Select(e => e!["data"]!).Single(d => (string)d["type"]! == "MET_WITH");
        Assert.Equal("MET_WITH|person:qasim-al-araji|person:rebar-ahmed", (string)met["id"]!);
        Assert.True((bool)met["symmetric"]!);
        Assert.Equal("2024-03-20", (string)met["date"]!);
        Assert.Equal("Sample & <graph>", (string)json["data"]!["name"]!);
        Assert.Equal(2, json["data"]!["articles"]!.AsArray().Count);
    }
}
