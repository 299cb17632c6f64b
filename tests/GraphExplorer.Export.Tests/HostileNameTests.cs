using System.Text.Json.Nodes;
using System.Xml.Linq;
using GraphExplorer.Export.Formats;
using GraphExplorer.Export.Import;
using GraphExplorer.Export.Tests.Support;

namespace GraphExplorer.Export.Tests;

/// <summary>
/// A name with markup, a Cypher injection, an ampersand, RTL text, a newline, quotes and a backslash
/// comes back intact from every format that can be read back, and as inert text from the rest.
/// </summary>
public sealed class HostileNameTests
{
    private const string Name = SampleGraphs.HostileName;

    [Fact]
    public async Task Json_and_cytoscape_keep_it_and_escape_the_markup()
    {
        var json = await Exporting.TextAsync("json", Exporting.Sample());
        var cytoscape = await Exporting.TextAsync("cytoscape", Exporting.Sample());

        Assert.Contains(JsonNode.Parse(json)!["nodes"]!.AsArray(), n => (string)n!["name"]! == Name);
        Assert.Contains(JsonNode.Parse(cytoscape)!["elements"]!["nodes"]!.AsArray(), n => (string)n!["data"]!["name"]! == Name);
        Assert.DoesNotContain("<script", json + cytoscape, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    public async Task Xml_formats_keep_it_as_text(string format)
    {
        var xml = XDocument.Parse(await Exporting.TextAsync(format, Exporting.Sample()));

        Assert.DoesNotContain(xml.Descendants(), e => e.Name.LocalName == "script");
        var texts = xml.Descendants().Where(e => !e.HasElements).Select(e => e.Value)
            .Concat(xml.Descendants().Attributes().Select(a => a.Value));
        Assert.Contains(Name, texts);
    }

    [Fact]
    public async Task Csv_and_cypher_read_it_back_exactly()
    {
        using var zip = new MemoryStream(await Exporting.BytesAsync("neo4j-csv", Exporting.Sample()));
        var script = await Exporting.TextAsync("cypher", Exporting.Sample());

        Assert.Contains(CsvImport.Read(zip).Nodes, n => n == SampleGraphs.Hostile);
        Assert.Contains(CypherScriptImport.Read(script).Nodes, n => n == SampleGraphs.Hostile);
        Assert.Contains(CypherScriptImport.Read(script).Relationships, r => r.Allegation == Name);
        Assert.DoesNotContain("\"]; DETACH DELETE n;", script.Replace("\\\"]; DETACH DELETE n;", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_shows_it_as_text_only()
    {
        var md = await Exporting.TextAsync("markdown", Exporting.Sample());

        Assert.DoesNotContain("<script", md, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert\\(1\\)&lt;/script&gt; \"\\]; DETACH DELETE n; a &amp; b مسعود بارزاني<br>line 2 'quoted' back\\\\slash", md, StringComparison.Ordinal);
        Assert.Contains("#60;script#62;alert#40;1#41;#60;#47;script#62;", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_shows_it_as_text_only()
    {
        var html = await new HtmlExporter(new FakeGraphviz(null)).RenderAsync(Exporting.Sample(), TestContext.Current.CancellationToken);

        var document = ReportTests.Parse(html);

        Assert.Empty(document.Descendants("script"));
        Assert.Contains(document.Descendants("td"), td => td.Value == Name);
        Assert.Contains(document.Descendants("td"), td => td.Value == "a & b, مسعود بارزاني, x;y|z");
    }

    [Fact]
    public async Task Svg_draws_it_as_text_only()
    {
        ExternalTool.Require("dot", "Graphviz renders the SVG (apt-get install graphviz)");

        var html = ReportTests.Parse(await Exporting.TextAsync("html", Exporting.Sample()));

        var svg = html.Descendants().Single(e => e.Name.LocalName == "svg");
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "script");
        // Names are wrapped into lines of a few words: the drawn lines, joined, hold the name's first line.
        var drawn = string.Join(" ", svg.Descendants().Where(e => e.Name.LocalName == "text").Select(t => t.Value));
        Assert.Contains("<script>alert(1)</script> \"]; DETACH DELETE n; a & b مسعود بارزاني", drawn, StringComparison.Ordinal);
    }
}
