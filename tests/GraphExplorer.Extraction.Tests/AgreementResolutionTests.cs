using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;
using GraphExplorer.Extraction.Evaluation;

namespace GraphExplorer.Extraction.Tests;

/// <summary>One accord named differently in two articles is one node when its parties, subject and year agree; otherwise two.</summary>
public sealed class AgreementResolutionTests
{
    private static Subgraph Corpus(params string[] bodies) =>
        CorpusGraph.Build(
            [.. bodies.Select((body, i) => new SourceDocument($"a{i}", "Headline\n2024-05-02\n\n" + body + "\n", SourceDocument.PlainText, $"h{i}"))],
            new ArticlePipeline(),
            new KnownEntityResolver());

    private static List<Entity> Agreements(Subgraph graph) => [.. graph.Nodes.Where(n => n.Label == NodeLabels.Agreement)];

    private static Entity Agreement(string name, params string[] aliases) => new(NameKey.EntityId(NodeLabels.Agreement, name), NodeLabels.Agreement, name, aliases);

    private static bool Joins(Entity fresh, Entity known)
    {
        var graph = new ArticleGraph(new Article("a2", "t", "text", "h"), [fresh], []);
        return Assert.Single(new KnownEntityResolver().ResolveAgainst(graph, [known]).Entities).Id == known.Id;
    }

    [Fact]
    public void A_named_treaty_and_its_description_in_another_article_are_one_accord()
    {
        var graph = Corpus(
            "Ghana and Togo signed the Volta Basin Water Treaty in Lome on Tuesday.",
            "The water treaty between Togo and Ghana will take effect next year, officials said.");
        var agreement = Assert.Single(Agreements(graph));
        Assert.Contains(agreement.AllNames, n => n == "Volta Basin Water Treaty");
    }

    [Fact]
    public void Two_accords_of_the_same_parties_about_different_things_stay_two()
    {
        var graph = Corpus(
            "Ghana and Togo signed a water sharing agreement in Lome on Tuesday.",
            "Ghana and Togo signed a customs agreement in Accra on Friday.");
        Assert.Equal(2, Agreements(graph).Count);
    }

    [Fact]
    public void The_same_description_with_other_parties_is_another_accord()
    {
        var graph = Corpus(
            "Ghana and Togo signed a border security agreement on Tuesday.",
            "Benin and Niger signed a border security agreement on Friday.");
        Assert.Equal(2, Agreements(graph).Count);
    }

    [Fact]
    public void Years_that_disagree_keep_two_accords_apart()
    {
        Assert.False(Joins(
            Agreement("Ghana–Togo customs agreement", "Ghana–Togo customs agreement (2019)"),
            Agreement("Ghana–Togo customs agreement", "Ghana–Togo customs agreement (2023)") with { Id = "agreement:known" }));
        Assert.True(Joins(
            Agreement("Ghana–Togo customs agreement", "Ghana–Togo customs agreement (2023)"),
            Agreement("Ghana–Togo customs pact", "Ghana–Togo customs pact (2023)")));
    }

    [Fact]
    public void A_description_without_parties_joins_no_accord()
    {
        Assert.False(Joins(Agreement("border security agreement"), Agreement("Ghana–Togo border security agreement", "border security agreement")));
    }

    [Fact]
    public void A_shared_proper_name_is_one_accord_even_without_parties()
    {
        Assert.True(Joins(Agreement("Volta Basin Water Treaty"), Agreement("Ghana–Togo water treaty", "Volta Basin Water Treaty")));
        Assert.False(Joins(Agreement("Volta Basin Water Treaty"), Agreement("Niger Basin Water Treaty")));
    }

    [Fact]
    public void The_year_the_text_states_for_a_signing_is_kept_as_a_dated_name()
    {
        var graph = TestArticles.Extract("Headline\n\nGhana and Togo signed a customs agreement in March 2019.\n");
        var agreement = Assert.Single(graph.Entities, e => e.Label == NodeLabels.Agreement);
        Assert.Contains(agreement.Aliases, a => a.EndsWith("(2019)", StringComparison.Ordinal));
        Assert.Contains("Ghana–Togo agreement", agreement.Aliases);
    }

    [Fact]
    public void Parties_joined_by_a_dash_before_a_description_name_the_accord_across_articles_in_either_order()
    {
        string[] bodies =
        [
            "Ghana and Togo signed a water-sharing agreement on the Volta River in Lome on Sunday.",
            "The Ghana–Togo water pact, signed in Lome last week, takes effect in the spring, officials said.",
        ];
        var forward = Corpus(bodies);
        var agreement = Assert.Single(Agreements(forward));
        Assert.Contains(agreement.AllNames, n => n.Contains("water-sharing", StringComparison.Ordinal));
        Assert.Contains(agreement.AllNames, n => n == "Ghana–Togo water pact");
        Assert.Equal(
            agreement.AllNames.Order(StringComparer.Ordinal),
            Assert.Single(Agreements(Corpus([.. bodies.Reverse()]))).AllNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_dash_joined_description_with_other_parties_or_another_subject_is_another_accord()
    {
        Assert.Equal(2, Agreements(Corpus(
            "Ghana and Togo signed a water-sharing agreement on the Volta River in Lome on Sunday.",
            "The Ghana–Benin water pact, signed in Cotonou last week, takes effect in the spring, officials said.")).Count);
        Assert.Equal(2, Agreements(Corpus(
            "Ghana and Togo signed a water-sharing agreement on the Volta River in Lome on Sunday.",
            "The Ghana–Togo customs pact, signed in Lome last week, takes effect in the spring, officials said.")).Count);
    }

    [Fact]
    public void A_dash_between_two_states_before_an_accord_names_its_parties()
    {
        var graph = TestArticles.Extract("Headline\n\nThe Ghana–Togo rail pact will be reviewed next year, officials said.\n");
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Ghana", "Ghana–Togo rail pact"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Togo", "Ghana–Togo rail pact"), graph.Facts());
    }

    [Fact]
    public void A_topic_list_with_a_comma_before_its_and_stays_in_the_accords_name()
    {
        var graph = TestArticles.Extract("Headline\n\nGhana and Togo signed an agreement on fisheries, customs, and rail transport on Friday.\n");
        var agreement = Assert.Single(graph.Entities, e => e.Label == NodeLabels.Agreement);
        Assert.Contains(agreement.AllNames, n => n.EndsWith("agreement on fisheries, customs, and rail transport", StringComparison.Ordinal));
        Assert.DoesNotContain(agreement.AllNames, n => n.Contains("Friday", StringComparison.Ordinal));
    }
}
