using System.Xml.Linq;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
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
        // Names are wrapped into lines of a few words; the drawn lines, joined, read as the names.
        var drawn = string.Join(" ", texts);
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "script");
        // Erbil takes part in no fact (it is a meeting's place), so it is counted, not drawn.
        Assert.All(SampleGraphs.Sample.Nodes.Where(n => n != SampleGraphs.Hostile && n != SampleGraphs.Erbil), n => Assert.Contains(n.Name, drawn, StringComparison.Ordinal));
        Assert.Contains("1 entity without facts not drawn", drawn, StringComparison.Ordinal);
        Assert.All(SampleGraphs.HostileName.Split('\n'), line => Assert.Contains(line, drawn, StringComparison.Ordinal));
        Assert.Contains("MET_WITH", texts);
    }

    [Fact]
    public void Dot_colours_nodes_by_label_and_draws_symmetric_edges_without_arrows()
    {
        var dot = DotExporter.Render(Exporting.Sample());

        Assert.Contains("\"person:rebar-ahmed\" [label=\"Rebar Ahmed\", fillcolor=\"#8DD3C7\"", dot, StringComparison.Ordinal);
        Assert.Contains("\"person:qasim-al-araji\" -> \"person:rebar-ahmed\" [label=\"MET_WITH\\n2024-03-20\", dir=none];", dot, StringComparison.Ordinal);
        Assert.Contains("\"organization:hostile\" -> \"country:iraq\" [label=\"ACCUSED\\n<script>alert(1)</script>", dot, StringComparison.Ordinal);
        Assert.Contains("[label=\"<script>alert(1)</script>\\n\\\"];", dot, StringComparison.Ordinal);
        Assert.Contains("a &amp;", dot, StringComparison.Ordinal);
        Assert.Contains("\\nline 2\\n'quoted'\\nback\\\\slash\"", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Dot_captions_a_role_with_its_title_and_an_accusation_with_its_allegation()
    {
        var dot = DotExporter.Render(Exporting.Sample());

        Assert.Contains("\"person:qasim-al-araji\" -> \"country:iraq\" [label=\"HOLDS_ROLE\\nnational security\\nadviser\"];", dot, StringComparison.Ordinal);
        Assert.Contains("ACCUSED\\n<script>", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Dot_leaves_entities_without_facts_out_of_a_picture_with_facts_and_says_how_many()
    {
        var loose = Enumerable.Range(1, 12).Select(i => new Entity($"place:loose-{i}", NodeLabels.Place, $"Loose {i}", [])).ToList();
        var graph = SampleGraphs.Sample with { Nodes = [.. SampleGraphs.Sample.Nodes, .. loose] };

        var dot = DotExporter.Render(ExportDocument.ForGraph(graph));

        Assert.DoesNotContain("place:loose-", dot, StringComparison.Ordinal);
        Assert.Contains("13 entities without facts not drawn (listed in reports)", dot, StringComparison.Ordinal); // 12 loose ones and Erbil, a place only
        Assert.Contains("\"person:rebar-ahmed\" [label=", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Dot_draws_a_graph_without_facts_as_a_grid_not_a_column()
    {
        var nodes = Enumerable.Range(1, 9).Select(i => new Entity($"person:p-{i}", NodeLabels.Person, $"Person {i}", [])).ToList();

        var dot = DotExporter.Render(ExportDocument.ForGraph(new Subgraph(nodes, [], [])));

        Assert.Contains("\"person:p-1\" -> \"person:p-2\" -> \"person:p-3\" [style=invis];", dot, StringComparison.Ordinal);
        Assert.Contains("\"person:p-7\" -> \"person:p-8\" -> \"person:p-9\" [style=invis];", dot, StringComparison.Ordinal);
        Assert.DoesNotContain("without facts", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Dot_outlines_the_entity_a_query_asked_about_and_dashes_facts_read_only_from_captions()
    {
        const string caption = "Rebar Ahmed (left) meets Qasim al-Araji in Erbil (Handout via Reuters)";
        var graph = SampleGraphs.Sample with
        {
            Relationships = [.. SampleGraphs.Sample.Relationships.Where(r => r.Type != "MET_WITH"),
                new Relationship("MET_WITH", SampleGraphs.Araji.Id, SampleGraphs.Rebar.Id, [new Evidence("art-1", caption, 0, caption.Length)])],
        };
        var result = new QueryResult("ego-network", new Dictionary<string, object?> { ["entity"] = "Araji", ["depth"] = 1L }, [], [], graph);

        var dot = DotExporter.Render(ExportDocument.ForResult(result));

        Assert.Contains("\"person:qasim-al-araji\" [label=\"Qasim al-Araji\", fillcolor=\"#8DD3C7\", tooltip=\"Person: Qasim al-Araji\", penwidth=3", dot, StringComparison.Ordinal);
        Assert.DoesNotContain("\"person:rebar-ahmed\" [label=\"Rebar Ahmed\", fillcolor=\"#8DD3C7\", tooltip=\"Person: Rebar Ahmed\", penwidth", dot, StringComparison.Ordinal);
        Assert.Contains("-> \"person:rebar-ahmed\" [label=\"MET_WITH\", dir=none, style=dashed];", dot, StringComparison.Ordinal);
        Assert.Contains("Ego network: Qasim al-Araji", dot, StringComparison.Ordinal);
        Assert.Contains("asked about", dot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_dot_program_is_reported_as_not_installed()
    {
        var output = await new GraphvizProcess("/nonexistent/graphviz/dot").RenderSvgAsync("digraph { a -> b }", TestContext.Current.CancellationToken);

        Assert.Null(output);
    }

    [Fact]
    public async Task Svg_says_clearly_that_graphviz_is_missing()
    {
        var exporter = new SvgExporter(new FakeGraphviz(null));

        var error = await Assert.ThrowsAsync<ExportException>(() => exporter.WriteAsync(Exporting.Sample(), new MemoryStream(), TestContext.Current.CancellationToken));

        Assert.Contains("Graphviz is not installed", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install graphviz", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal("Graphviz", error.MissingTool);
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
