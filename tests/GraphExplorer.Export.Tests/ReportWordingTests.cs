using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Export.Tests.Support;

namespace GraphExplorer.Export.Tests;

/// <summary>Reports in words: human titles, names instead of ids, titles instead of article ids, no empty parameters, captions apart.</summary>
public sealed class ReportWordingTests
{
    private static QueryResult Meetings(Subgraph graph) => new(
        "meetings",
        new Dictionary<string, object?> { ["actor"] = "araji", ["from"] = null, ["to"] = null, ["limit"] = 200L },
        ["participant", "metWith", "date", "place", "articles", "sentences"],
        [["Qasim al-Araji", "Rebar Ahmed", "2024-03-20", "Erbil", (IReadOnlyList<string>)["art-1"], (IReadOnlyList<string>)["Rebar Ahmed met Qasim al-Araji in Erbil on Wednesday."]]],
        graph);

    [Fact]
    public void A_query_report_is_titled_in_words_by_what_it_asked_about()
    {
        var document = ExportDocument.ForResult(Meetings(SampleGraphs.Sample));

        Assert.Equal("Meetings: Qasim al-Araji", document.Title);
        Assert.Equal("Shortest paths: Rebar Ahmed – Iraq", ExportDocument.ForResult(new QueryResult(
            "shortest-paths", new Dictionary<string, object?> { ["from"] = "person:rebar-ahmed", ["to"] = "IRAQI" }, [], [], SampleGraphs.Sample)).Title);
        Assert.Equal("Key actors", ExportDocument.ForResult(new QueryResult("key-actors", new Dictionary<string, object?> { ["limit"] = 10L }, [], [], Subgraph.Empty)).Title);
    }

    [Fact]
    public async Task Result_rows_show_article_titles_and_words_for_headers_and_leave_empty_parameters_out()
    {
        var md = await Exporting.TextAsync("markdown", ExportDocument.ForResult(Meetings(SampleGraphs.Sample)));

        Assert.Contains("| Participant | Met with | Date | Place | Articles | Evidence |", md, StringComparison.Ordinal);
        Assert.Contains("| Qasim al-Araji | Rebar Ahmed | 2024-03-20 | Erbil | Talks in Erbil |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("| art-1 |", md, StringComparison.Ordinal);
        Assert.Contains("| actor | araji |", md, StringComparison.Ordinal);
        Assert.Contains("| limit | 200 |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("| from |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("| to |", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_place_the_graph_does_not_carry_is_named_not_shown_as_an_id()
    {
        var withoutErbil = SampleGraphs.Sample with { Nodes = [.. SampleGraphs.Sample.Nodes.Where(n => n != SampleGraphs.Erbil)] };
        var named = ExportDocument.ForGraph(withoutErbil) with { ReferencedNames = new Dictionary<string, string> { ["place:erbil"] = "Hewlêr" } };

        var fromNames = await Exporting.TextAsync("markdown", named);
        var fromSlug = await Exporting.TextAsync("markdown", ExportDocument.ForGraph(withoutErbil));

        Assert.Contains("| 2024-03-20 | Hewlêr |", fromNames, StringComparison.Ordinal);
        Assert.Contains("| 2024-03-20 | Erbil |", fromSlug, StringComparison.Ordinal);
        Assert.DoesNotContain("place:erbil", fromSlug, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facts_read_only_from_photo_captions_are_listed_apart()
    {
        const string caption = "Rebar Ahmed (left) meets Qasim al-Araji in Erbil (Handout via Reuters)";
        var graph = SampleGraphs.Sample with
        {
            Relationships = [.. SampleGraphs.Sample.Relationships.Where(r => r.Type != "MET_WITH"),
                new Relationship("MET_WITH", SampleGraphs.Araji.Id, SampleGraphs.Rebar.Id, [new Evidence("art-1", caption, 0, caption.Length)]) { Confidence = 0.5 }],
        };

        var md = await Exporting.TextAsync("markdown", ExportDocument.ForGraph(graph));
        var html = ReportTests.Parse(await new Formats.HtmlExporter(new FakeGraphviz(null)).RenderAsync(ExportDocument.ForGraph(graph), TestContext.Current.CancellationToken));

        var apart = md.IndexOf("## From photo captions only (1)", StringComparison.Ordinal);
        Assert.True(apart > md.IndexOf("## Relationships (3)", StringComparison.Ordinal), md);
        Assert.Contains("| Qasim al-Araji | MET\\_WITH | Rebar Ahmed |", md[apart..], StringComparison.Ordinal);
        Assert.Contains("photo caption: “Rebar Ahmed \\(left\\) meets", md, StringComparison.Ordinal);
        Assert.Contains(html.Descendants("h2"), h => h.Value == "From photo captions only (1)");
    }

    [Fact]
    public async Task The_less_obvious_columns_are_explained_below_the_result()
    {
        var result = new QueryResult("key-actors", new Dictionary<string, object?> { ["limit"] = 10L },
            ["name", "label", "degree", "betweenness", "degreeRank", "betweennessRank"], [["Iraq", "Country", 2L, 1.5, 1L, 1L]], SampleGraphs.Sample);

        var md = await Exporting.TextAsync("markdown", ExportDocument.ForResult(result));

        Assert.Contains("- **Betweenness**: how much the entity is a go-between", md, StringComparison.Ordinal);
        Assert.Contains("- **Degree**: ", md, StringComparison.Ordinal);
    }
}
