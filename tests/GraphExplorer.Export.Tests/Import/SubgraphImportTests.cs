using GraphExplorer.Core.Model;
using GraphExplorer.Export.Import;

namespace GraphExplorer.Export.Tests.Import;

public sealed class SubgraphImportTests
{
    private static readonly Entity Ada = new("person:ada", NodeLabels.Person, "Ada", ["A."]);
    private static readonly Entity Bo = new("person:bo", NodeLabels.Person, "Bo", []);
    private static readonly Entity Cy = new("person:cy", NodeLabels.Person, "Cy", []);
    private static readonly Entity Town = new("place:town", NodeLabels.Place, "Town", []);
    private static readonly ArticleInfo Zeta = new("zeta", "Zeta", new DateOnly(2024, 1, 2), "Pub", "Au", "src");
    private static readonly ArticleInfo Alpha = new("alpha", "Alpha", null, null, null, null);

    [Fact]
    public void Each_article_gets_its_own_evidence_at_the_exact_offsets_and_a_deterministic_import_hash()
    {
        var met = new Relationship("MET_WITH", Bo.Id, Ada.Id, [new("alpha", "Ada met Bo.", 4, 15), new("zeta", "Bo and\nAda met.", 0, 15)])
        {
            PlaceId = Town.Id,
            Confidence = 0.4,
        };
        var graph = new Subgraph([Town, Bo, Ada], [met], [Zeta, Alpha]);

        var articles = SubgraphImport.ToArticleGraphs(graph);

        Assert.Equal(["alpha", "zeta"], articles.Select(a => a.Article.Id));
        Assert.Equal("    Ada met Bo.", articles[0].Article.Text);
        Assert.Equal("Bo and\nAda met.", articles[1].Article.Text);
        Assert.Equal(["person:ada", "person:bo", "place:town"], articles[0].Entities.Select(e => e.Id));
        var stated = Assert.Single(articles[1].Relationships);
        Assert.Equal(("person:ada", "person:bo", Town.Id, 0.4), (stated.SourceId, stated.TargetId, stated.PlaceId, stated.Confidence));
        Assert.Equal([new Evidence("zeta", "Bo and\nAda met.", 0, 15)], stated.Evidence);
        Assert.Equal((Zeta.Published, Zeta.Publisher, Zeta.Author, Zeta.Source), (articles[1].Article.Published, articles[1].Article.Publisher, articles[1].Article.Author, articles[1].Article.Source));
        Assert.StartsWith("import:", articles[0].Article.ContentHash, StringComparison.Ordinal);
        Assert.NotEqual(articles[0].Article.ContentHash, articles[1].Article.ContentHash);
        Assert.Equal(articles.Select(a => a.Article), SubgraphImport.ToArticleGraphs(graph with { Nodes = [Ada, Town, Bo] }).Select(a => a.Article));
    }

    [Fact]
    public void Entities_no_relationship_uses_go_to_the_first_article_by_id()
    {
        var graph = new Subgraph([Cy, Ada, Bo], [new Relationship("FOUGHT", Ada.Id, Bo.Id, [new("zeta", "x", 0, 1)])], [Zeta, Alpha]);

        var articles = SubgraphImport.ToArticleGraphs(graph);

        Assert.Equal([Cy], articles[0].Entities);
        Assert.Empty(articles[0].Relationships);
        Assert.Equal("", articles[0].Article.Text);
        Assert.Equal([Ada, Bo], articles[1].Entities);
    }

    [Fact]
    public void Overlapping_evidence_with_different_text_names_the_article()
    {
        var graph = new Subgraph(
            [Ada, Bo],
            [
                new Relationship("MET_WITH", Ada.Id, Bo.Id, [new("zeta", "Ada met Bo.", 0, 11)]),
                new Relationship("FOUGHT", Ada.Id, Bo.Id, [new("zeta", "Bo fought.", 4, 14)]),
            ],
            [Zeta]);

        var error = Assert.Throws<FormatException>(() => SubgraphImport.ToArticleGraphs(graph));

        Assert.Contains("Article 'zeta'", error.Message, StringComparison.Ordinal);
        Assert.Contains("overlap", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_evidence_that_agrees_is_fine()
    {
        var graph = new Subgraph(
            [Ada, Bo],
            [
                new Relationship("MET_WITH", Ada.Id, Bo.Id, [new("zeta", "Ada met Bo.", 0, 11)]),
                new Relationship("FOUGHT", Ada.Id, Bo.Id, [new("zeta", "met Bo. Then", 4, 16)]),
            ],
            [Zeta]);

        Assert.Equal("Ada met Bo. Then", Assert.Single(SubgraphImport.ToArticleGraphs(graph)).Article.Text);
    }

    [Theory]
    [InlineData("ghost", "Ada met Bo.", 0, 11, "cites article 'ghost'")]
    [InlineData("zeta", "Ada met Bo.", 0, 12, "has 11 characters, not 12")]
    [InlineData("zeta", "Ada", -1, 2, "offsets -1..2")]
    [InlineData("zeta", "Ada", 2_000_000_000, 2_000_000_003, "offsets 2000000000..2000000003")]
    public void Evidence_that_cannot_be_placed_is_a_clear_error(string articleId, string sentence, int start, int end, string expected)
    {
        var graph = new Subgraph([Ada, Bo], [new Relationship("MET_WITH", Ada.Id, Bo.Id, [new(articleId, sentence, start, end)])], [Zeta]);

        Assert.Contains(expected, Assert.Throws<FormatException>(() => SubgraphImport.ToArticleGraphs(graph)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_endpoints_missing_evidence_and_homeless_entities_are_clear_errors()
    {
        var unknownPlace = new Subgraph([Ada, Bo], [new Relationship("MET_WITH", Ada.Id, Bo.Id, [new("zeta", "x", 0, 1)]) { PlaceId = Town.Id }], [Zeta]);
        var noEvidence = new Subgraph([Ada, Bo], [new Relationship("MET_WITH", Ada.Id, Bo.Id, [])], [Zeta]);
        var noArticles = new Subgraph([Ada], [], []);

        Assert.Contains("entity 'place:town'", Assert.Throws<FormatException>(() => SubgraphImport.ToArticleGraphs(unknownPlace)).Message, StringComparison.Ordinal);
        Assert.Contains("'MET_WITH|person:ada|person:bo' has no evidence", Assert.Throws<FormatException>(() => SubgraphImport.ToArticleGraphs(noEvidence)).Message, StringComparison.Ordinal);
        Assert.Contains("no article", Assert.Throws<FormatException>(() => SubgraphImport.ToArticleGraphs(noArticles)).Message, StringComparison.Ordinal);
        Assert.Empty(SubgraphImport.ToArticleGraphs(Subgraph.Empty));
    }
}
