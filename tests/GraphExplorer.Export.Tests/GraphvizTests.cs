using System.Xml.Linq;
using GraphExplorer.Export.Formats;
using GraphExplorer.Export.Graphviz;
using GraphExplorer.Export.Tests.Support;

namespace GraphExplorer.Export.Tests;

public sealed class GraphvizTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task Graphviz_renders_the_dot_without_warnings_into_well_formed_svg()
    {
        ExternalTool.Require("dot", "Graphviz renders the DOT (apt-get install graphviz)");
        var dot = await Exporting.TextAsync("dot", Exporting.Sample());

        var output = await GraphvizProcess.Default.RenderSvgAsync(dot, TestContext.Current.CancellationToken);

        Assert.NotNull(output);
        Assert.Equal("", output.Warnings);
        var svg = XDocument.Parse(output.Svg);
        Assert.Equal(Svg + "svg", svg.Root!.Name);
    }

    [Fact]
    public async Task The_svg_format_draws_every_name_and_type_as_text()
    {
        ExternalTool.Require("dot", "Graphviz renders the SVG (apt-get install graphviz)");

        var svg = XDocument.Parse(await Exporting.TextAsync("svg", Exporting.Sample()));

        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "script");
        Assert.All(SampleGraphs.Sample.Nodes.Where(n => n != SampleGraphs.Hostile), n => Assert.Contains(n.Name, texts));
        Assert.All(SampleGraphs.HostileName.Split('\n'), line => Assert.Contains(line, texts));
        Assert.Contains("MET_WITH", texts);
    }

    [Fact]
    public void Dot_colours_nodes_by_label_and_draws_symmetric_edges_without_arrows()
    {
        var dot = DotExporter.Render(Exporting.Sample());

        Assert.Contains("\"person:rebar-ahmed\" [label=\"Rebar Ahmed\", fillcolor=\"#8DD3C7\"", dot, StringComparison.Ordinal);
        Assert.Contains("\"person:qasim-al-araji\" -> \"person:rebar-ahmed\" [label=\"MET_WITH\\n2024-03-20\", dir=none];", dot, StringComparison.Ordinal);
        Assert.Contains("\"organization:hostile\" -> \"country:iraq\" [label=\"ACCUSED\\n2023-12-01\"];", dot, StringComparison.Ordinal);
        Assert.Contains("[label=\"<script>alert(1)</script> ", dot, StringComparison.Ordinal);
        Assert.Contains("\\\"]; DETACH DELETE n; a &amp; b", dot, StringComparison.Ordinal);
        Assert.Contains("\\nline 2 'quoted' back\\\\slash\"", dot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Svg_says_clearly_that_graphviz_is_missing()
    {
        var exporter = new SvgExporter(new FakeGraphviz(null));

        var error = await Assert.ThrowsAsync<ExportException>(() => exporter.WriteAsync(Exporting.Sample(), new MemoryStream(), TestContext.Current.CancellationToken));

        Assert.Contains("Graphviz is not installed", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install graphviz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_program_is_reported_as_missing_not_as_a_crash()
    {
        var output = await new GraphvizProcess("graphviz-dot-that-does-not-exist").RenderSvgAsync("digraph { a }", TestContext.Current.CancellationToken);

        Assert.Null(output);
    }

    [Fact]
    public async Task Dot_rejecting_its_input_is_an_export_error_with_its_message()
    {
        ExternalTool.Require("dot", "the test runs Graphviz on bad input");

        var error = await Assert.ThrowsAsync<ExportException>(() => GraphvizProcess.Default.RenderSvgAsync("digraph { a -> ", TestContext.Current.CancellationToken));

        Assert.Contains("syntax error", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
