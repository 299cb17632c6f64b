using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;
using GraphExplorer.Extraction.Evaluation;
using GraphExplorer.Extraction.Recognition;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Title qualifiers read from one data class (anaphora-words.tsv, title-qualifier) in every gap of the role rule, and the
/// order-free key of a body's name (a state or region named by demonym or by name, its words in any order). Every
/// sentence is written for these tests.
/// </summary>
public sealed class QualifiersAndContentKeysTests
{
    private static ArticleGraph Read(string body) => TestArticles.Extract("Report\n\n" + body + "\n");

    private static Subgraph Corpus(params string[] bodies) =>
        CorpusGraph.Build(
            [.. bodies.Select((body, i) => new SourceDocument($"a{i}", "Headline\n\n" + body + "\n", SourceDocument.PlainText, $"h{i}"))],
            new ArticlePipeline(),
            new KnownEntityResolver());

    [Theory]
    [InlineData("Rebin Sardar, the outgoing director of the Zakho Water Directorate, handed over his office on Sunday.", "Rebin Sardar", "Zakho Water Directorate")]
    [InlineData("Water was rationed, said Salwa Hamid, the current chair of the Basra Teachers Union.", "Salwa Hamid", "Basra Teachers Union")]
    [InlineData("Lana Aziz, the newly elected head of the Duhok Water Directorate, thanked the staff.", "Lana Aziz", "Duhok Water Directorate")]
    [InlineData("Jordan's newly appointed interior minister Mazen Faraya toured the crossing on Monday.", "Mazen Faraya", "Jordan")]
    [InlineData("Darya Karim, the chair of the Halabja Farmers Union and the outgoing director of the Sirwan Dam Authority, resigned.", "Darya Karim", "Sirwan Dam Authority")]
    public void A_qualifier_of_the_data_class_stands_between_a_name_and_its_title(string body, string person, string office)
    {
        var graph = Read(body);
        Assert.True(graph.Has(EdgeTypes.HoldsRole, person, office), graph.Facts());
    }

    [Fact]
    public void A_word_outside_the_class_between_name_and_title_names_no_office()
    {
        var graph = Read("Rebin Sardar, the noisy neighbour of the director of the Zakho Water Directorate, complained on Sunday.");
        Assert.False(graph.Has(EdgeTypes.HoldsRole, "Rebin Sardar", "Zakho Water Directorate"), graph.Facts());
    }

    [Theory]
    [InlineData("Kurdistan Democratic Party of Iran", "Democratic Party of Iranian Kurdistan")]
    [InlineData("Kurdistan Democratic Party of Iran", "Iranian Kurdish Democratic Party")]
    [InlineData("Syrian Turkmen Democratic Party", "Democratic Party of Syrian Turkmen")]
    [InlineData("Islamic Party of Iraq", "Iraqi Islamic Party")]
    public void Names_with_the_same_content_words_share_the_key(string first, string second)
    {
        var key = Gazetteer.Default.ContentKey(first);
        Assert.NotNull(key);
        Assert.Equal(key, Gazetteer.Default.ContentKey(second));
    }

    [Theory]
    [InlineData("Kurdistan Democratic Party", "Kurdistan Democratic Party of Iran")]
    [InlineData("Iraqi Turkmen Front", "Syrian Turkmen Front")]
    [InlineData("Kurdistan Democratic Party of Iran", "Kurdistan Democratic Party of Syria")]
    public void Names_whose_content_words_differ_do_not_share_the_key(string first, string second) =>
        Assert.NotEqual(Gazetteer.Default.ContentKey(first), Gazetteer.Default.ContentKey(second));

    [Theory]
    [InlineData("National Security Council")]
    [InlineData("Iraqi Army")]
    [InlineData("Kurdistan Iran")]
    public void A_name_without_both_place_and_other_content_words_has_no_key(string name) =>
        Assert.Null(Gazetteer.Default.ContentKey(name));

    [Theory]
    [InlineData("Fighters of the Iranian Kurdish Democratic Party left their camp near Koya on Friday.")]
    [InlineData("Shelling hit a base of the Democratic Party of Iranian Kurdistan, local officials said.")]
    public void A_curated_body_named_in_another_order_is_the_curated_body(string body)
    {
        var graph = Read(body);
        Assert.NotNull(graph.Find(NodeLabels.Organization, "Kurdistan Democratic Party of Iran"));
        Assert.Null(graph.Find(NodeLabels.Organization, "Kurdistan Democratic Party"));
    }

    private static Entity Body(string name) => new(NameKey.EntityId(NodeLabels.Organization, name), NodeLabels.Organization, name, []);

    /// <summary>Whether an article's body named <paramref name="second"/> resolves onto the known body named <paramref name="first"/>.</summary>
    private static bool OneBody(string first, string second)
    {
        var graph = new ArticleGraph(new Article("a2", "t", "text", "h"), [Body(second)], []);
        return Assert.Single(new KnownEntityResolver().ResolveAgainst(graph, [Body(first)]).Entities).Id == Body(first).Id;
    }

    [Theory]
    [InlineData("Yazidi Democratic Party of Iraq", "Iraqi Yazidi Democratic Party")]
    [InlineData("Iraqi Yazidi Democratic Party", "Yazidi Democratic Party of Iraq")]
    [InlineData("Democratic Union of Syrian Assyrians", "Syrian Assyrians Democratic Union")]
    public void One_body_named_two_ways_in_two_articles_is_one_node(string first, string second) => Assert.True(OneBody(first, second));

    [Theory]
    [InlineData("Iraqi Yazidi Democratic Party", "Syrian Yazidi Democratic Party")]
    [InlineData("Yazidi Democratic Party of Iraq", "Yazidi Democratic Party")]
    [InlineData("Kurdistan Democratic Party", "Kurdistan Democratic Party of Iran")]
    public void Two_bodies_whose_words_differ_stay_two_across_articles(string first, string second) => Assert.False(OneBody(first, second));

    [Fact]
    public void An_article_naming_a_body_two_ways_in_either_order_gives_one_graph()
    {
        string[] bodies =
        [
            "Shelling hit a base of the Democratic Party of Iranian Kurdistan near Koya on Friday.",
            "The Iranian Kurdish Democratic Party said two of its fighters were wounded.",
        ];
        foreach (var order in new[] { bodies, [.. bodies.Reverse()] })
        {
            var graph = Corpus(order);
            var party = Assert.Single(graph.Nodes, n => n.Label == NodeLabels.Organization && n.AllNames.Any(a => a.Contains("Democratic", StringComparison.Ordinal)));
            Assert.Equal("Kurdistan Democratic Party of Iran", party.Name);
        }
    }
}
