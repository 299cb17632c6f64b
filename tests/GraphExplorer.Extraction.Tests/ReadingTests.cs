using GraphExplorer.Core.Extraction;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

public sealed class ReadingTests
{
    [Fact]
    public void Reads_a_bulleted_day_month_year_date_and_the_headline()
    {
        var graph = TestArticles.Extract("• Friday, 8 March 2024\n\nJordan Hosts Regional Water Talks\n\nJordan hosted talks on water sharing in Amman on Thursday.\n");
        Assert.Equal(new DateOnly(2024, 3, 8), graph.Article.Published);
        Assert.Equal("Jordan Hosts Regional Water Talks", graph.Article.Title);
    }

    [Fact]
    public void Prefers_the_publisher_line_date_and_reads_the_publisher()
    {
        var graph = TestArticles.Extract("• Monday, 1 July 2024\n\nFloods hit the south\n\nRiver News March 3, 2023 World\nHeavy rain flooded several villages near Basra on Sunday.\n");
        Assert.Equal(new DateOnly(2023, 3, 3), graph.Article.Published);
        Assert.Equal("River News", graph.Article.Publisher);
    }

    [Theory]
    [InlineData("Published 2022-11-05\n\nHeadline here\n\nBody text about Mosul.\n", 2022, 11, 5)]
    [InlineData("Headline here\n\nJanuary 9, 2021\n\nBody text about Mosul.\n", 2021, 1, 9)]
    public void Reads_iso_and_month_first_dates(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), TestArticles.Extract(text).Article.Published);

    [Fact]
    public void Reads_the_author_from_a_byline_and_makes_no_entity_of_it()
    {
        var graph = TestArticles.Extract("Talks resume in Geneva\n\nBy Lina Haddad\n\nDiplomats from Egypt met in Geneva on Tuesday.\n");
        Assert.Equal("Lina Haddad", graph.Article.Author);
        Assert.Null(graph.Find(NodeLabels.Person, "Lina Haddad"));
    }

    [Fact]
    public void Page_furniture_and_linked_headlines_yield_no_entity()
    {
        const string text = "Oil output rises\n\nKuwait raised oil output on Monday.\n\nPrevious Article\n\nQatar and Oman sign fishing deal\n\nNext Article\n\nChad elects a new parliament\n\nRelated Posts\n\nMorocco wins the cup in Rabat\n";
        var graph = TestArticles.Extract(text);
        Assert.NotNull(graph.Find(NodeLabels.Country, "Kuwait"));
        Assert.Null(graph.Find(NodeLabels.Country, "Qatar"));
        Assert.Null(graph.Find(NodeLabels.Country, "Chad"));
        Assert.Null(graph.Find(NodeLabels.Country, "Morocco"));
        Assert.DoesNotContain("Related Posts", graph.Article.Text, StringComparison.Ordinal);
        Assert.Equal(text.Length, graph.Article.Text.Length);
    }

    [Fact]
    public void A_link_farm_spam_block_yields_no_entity()
    {
        const string spam = "cheap villa rentals ankara escort izmir escort bursa casino slot bonus ankara escort izmir escort bursa escort antalya casino bonus free spins ankara escort";
        var graph = TestArticles.Extract("Market report\n\nTrade between Egypt and Sudan grew last year.\n\nLeave a Comment\n\n" + spam + "\n");
        Assert.DoesNotContain(graph.Entities, e => e.AllNames.Any(n => n.Contains("Ankara", StringComparison.OrdinalIgnoreCase)));
        Assert.NotNull(graph.Find(NodeLabels.Country, "Egypt"));
    }

    [Fact]
    public void Spam_without_a_furniture_marker_is_still_removed()
    {
        const string spam = "istanbul escort ankara escort izmir escort bursa escort istanbul escort ankara escort izmir escort bursa escort";
        var graph = TestArticles.Extract("Market report\n\nTrade between Egypt and Sudan grew last year.\n\n" + spam + "\n");
        Assert.Null(graph.Find(NodeLabels.Place, "Istanbul"));
    }

    [Fact]
    public void Reads_html_title_date_and_text()
    {
        const string html = "<html><head><title>Site</title><meta property=\"article:published_time\" content=\"2024-05-02T08:00:00Z\"></head><body><nav>Home News</nav><h1>Talks in Doha</h1><p>The Emir of Qatar received a delegation from Oman in Doha.</p><footer>Related Posts</footer></body></html>";
        var graph = TestArticles.Extract(html, mediaType: SourceDocument.Html);
        Assert.Equal("Talks in Doha", graph.Article.Title);
        Assert.Equal(new DateOnly(2024, 5, 2), graph.Article.Published);
        Assert.NotNull(graph.Find(NodeLabels.Country, "Oman"));
    }

    [Fact]
    public void Empty_content_is_rejected_with_the_article_id()
    {
        var e = Assert.Throws<ArticleRejectedException>(() => TestArticles.Extract("   \n ", id: "empty_one"));
        Assert.Contains("empty_one", e.Message, StringComparison.Ordinal);
    }
}
