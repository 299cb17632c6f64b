using System.Xml;
using System.Xml.Linq;
using GraphExplorer.Core.Queries;
using GraphExplorer.Export.Formats;
using GraphExplorer.Export.Tests.Support;

namespace GraphExplorer.Export.Tests;

public sealed class ReportTests
{
    private const string FakeSvg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>drawn</text></svg>\n";

    private static ExportDocument QueryDocument()
    {
        var arguments = new Dictionary<string, object?> { ["entity"] = "Qasim al-Araji", ["since"] = new DateOnly(2024, 1, 1), ["types"] = new[] { "MET_WITH", "SIGNED" } };
        var result = new QueryResult("meetings", arguments, ["who", "when"], [["Rebar <b>Ahmed</b>", "2024-03-20"], [null, 3L]], SampleGraphs.Sample);
        return ExportDocument.ForResult(result, new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Markdown_has_title_query_picture_tables_and_numbered_citations()
    {
        var md = await Exporting.TextAsync("markdown", QueryDocument());

        Assert.StartsWith("# Meetings\n", md, StringComparison.Ordinal);
        Assert.Contains("Query **Meetings** (`meetings`): Who met whom", md, StringComparison.Ordinal);
        Assert.Contains("| since | 2024-01-01 |", md, StringComparison.Ordinal);
        Assert.Contains("| types | MET\\_WITH, SIGNED |", md, StringComparison.Ordinal);
        Assert.Contains("```mermaid\nflowchart LR\n", md, StringComparison.Ordinal);
        Assert.Contains("| Rebar &lt;b&gt;Ahmed&lt;/b&gt; | 2024-03-20 |", md, StringComparison.Ordinal);
        Assert.Contains("| Qasim al-Araji | MET\\_WITH | Rebar Ahmed | 2024-03-20 | Erbil |  | 0.9 | [3] |", md, StringComparison.Ordinal);
        Assert.Contains("3. Talks in Erbil (Rudaw, 2024-03-20, art-1): “Rebar Ahmed met Qasim al-Araji in Erbil on Wednesday.”", md, StringComparison.Ordinal);
        Assert.Contains("5. Claims &amp; &lt;counter-claims&gt; \"today\" (art-2): “Iraq signed the Border Security Pact.”", md, StringComparison.Ordinal);
        Assert.Contains("| Iraq | SIGNED | Border Security Pact |  |  |  | 0.75 | [4] [5] |", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_is_one_well_formed_file_with_inline_svg_and_linked_citations()
    {
        var exporter = new HtmlExporter(new FakeGraphviz(FakeSvg));

        var html = Parse(await exporter.RenderAsync(QueryDocument(), TestContext.Current.CancellationToken));

        Assert.Equal("Meetings", html.Descendants("title").Single().Value);
        Assert.Single(html.Descendants("style"));
        Assert.DoesNotContain(html.Descendants(), e => e.Name.LocalName is "script" or "link" or "img" or "iframe");
        Assert.Equal("drawn", html.Descendants().Single(e => e.Name.LocalName == "svg").Value);
        var anchors = html.Descendants("a").Select(a => (string)a.Attribute("href")!).ToList();
        var citations = html.Descendants("li").Select(li => "#" + (string)li.Attribute("id")!).ToList();
        Assert.NotEmpty(anchors);
        Assert.All(anchors, href => Assert.Contains(href, citations));
        Assert.Contains(html.Descendants("td"), td => td.Value == "Rebar <b>Ahmed</b>");
        Assert.Contains(html.Descendants("q"), q => q.Value == "Iraq signed the Border Security Pact.");
    }

    [Fact]
    public async Task Html_without_graphviz_says_so_instead_of_the_picture()
    {
        var exporter = new HtmlExporter(new FakeGraphviz(null));

        var html = Parse(await exporter.RenderAsync(QueryDocument(), TestContext.Current.CancellationToken));

        Assert.DoesNotContain(html.Descendants(), e => e.Name.LocalName == "svg");
        Assert.Contains("Graphviz is not installed", html.Descendants("p").Single(p => (string?)p.Attribute("class") == "note").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_with_real_graphviz_inlines_its_svg()
    {
        ExternalTool.Require("dot", "the picture is drawn by Graphviz (apt-get install graphviz)");

        var html = Parse(await Exporting.TextAsync("html", QueryDocument()));

        var svg = html.Descendants().Single(e => e.Name.LocalName == "svg");
        Assert.Contains("MET_WITH", svg.Value, StringComparison.Ordinal);
    }

    /// <summary>The report is written as well-formed markup, so an XML parser checks every escape.</summary>
    internal static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var document = XDocument.Load(reader);
        foreach (var element in document.Descendants().Where(e => e.Name.Namespace == XNamespace.None || e.Name.Namespace.NamespaceName.Length == 0))
        {
            element.Name = element.Name.LocalName;
        }

        return document;
    }
}
