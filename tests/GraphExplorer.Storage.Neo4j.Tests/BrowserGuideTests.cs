using GraphExplorer.Core.Queries;
using GraphExplorer.Storage.Neo4j.Browser;
using GraphExplorer.TestSupport;

namespace GraphExplorer.Storage.Neo4j.Tests;

public sealed class BrowserGuideTests
{
    private static readonly string[] EdgeTypeList = ["MET_WITH", "SIGNED"];

    [Fact]
    public void The_committed_guide_is_the_one_generated_from_the_catalog()
    {
        var committed = File.ReadAllText(Path.Combine(RepoPaths.Cypher, "browser", "guide.html"));

        Assert.True(
            committed == BrowserGuide.Render(QueryCatalog.Default),
            "cypher/browser/guide.html is stale: run `dotnet run --project src/GraphExplorer.Cli -- browser-guide -o cypher/browser/guide.html`.");
    }

    [Fact]
    public void Every_query_gets_a_slide_with_a_param_line_per_parameter_and_its_statement()
    {
        var guide = BrowserGuide.Render(QueryCatalog.Default);

        Assert.All(QueryCatalog.Default.All, query =>
        {
            Assert.Contains($"<h3>{query.Name}</h3>", guide, StringComparison.Ordinal);
            Assert.All(query.Parameters, p => Assert.Contains($":param {p.Name} =&gt; ", guide, StringComparison.Ordinal));
            Assert.Contains(System.Net.WebUtility.HtmlEncode(query.Statement), guide, StringComparison.Ordinal);
        });
        Assert.Contains(":param entityKey =&gt; &#39;qasim al araji&#39;", guide, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "null")]
    [InlineData("it's a \\ test", "'it\\'s a \\\\ test'")]
    [InlineData(3L, "3")]
    [InlineData(0.5, "0.5")]
    [InlineData(0.0, "0.0")]
    public void Param_values_are_cypher_literals(object? value, string literal) => Assert.Equal(literal, BrowserGuide.Literal(value));

    [Fact]
    public void Lists_and_dates_are_cypher_literals()
    {
        Assert.Equal("['MET_WITH', 'SIGNED']", BrowserGuide.Literal(EdgeTypeList));
        Assert.Equal("'2024-03-01'", BrowserGuide.Literal(new DateOnly(2024, 3, 1)));
    }
}
