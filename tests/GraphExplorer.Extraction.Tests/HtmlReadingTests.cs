using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Reading;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// The HTML reader is a single linear pass: hostile pages (two million '&lt;', a hundred thousand unclosed
/// elements, a comment or script that never ends) are read, not choked on, and ordinary pages read as a browser
/// shows them. Speed is measured by the fuzz suite's figures, not asserted here.
/// </summary>
public sealed class HtmlReadingTests
{
    [Fact]
    public void Two_megabytes_of_angle_brackets_are_text()
    {
        var page = HtmlText.Convert(new string('<', 2_000_000));

        Assert.Equal(2_000_000 + 2, page.Text.Length);
        Assert.Null(page.Title);
    }

    [Theory]
    [InlineData("<div>")]
    [InlineData("<b>")]
    [InlineData("<table><tr><td>")]
    [InlineData("<nav>")]
    [InlineData("<b><div>")]
    public void A_hundred_thousand_unclosed_elements_are_read_without_a_tree(string tag)
    {
        var html = "<p>Iraq and Turkey met in Erbil.</p>" + string.Concat(Enumerable.Repeat(tag, 100_000)) + "Tail text.";

        var page = HtmlText.Convert(html);

        Assert.StartsWith("Iraq and Turkey met in Erbil.\n\n", page.Text, StringComparison.Ordinal);
        Assert.Equal(tag == "<nav>", !page.Text.Contains("Tail text.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<p>Before.</p><!-- never closed <p>hidden</p>")]
    [InlineData("<p>Before.</p><script>var a = '<p>hidden</p>';")]
    [InlineData("<p>Before.</p><a href=\"never closed><p>hidden</p>")]
    public void Markup_that_never_ends_hides_only_what_follows_it(string html) =>
        Assert.Equal("Before.\n\n", HtmlText.Convert(html).Text);

    [Fact]
    public void A_page_reads_as_a_browser_shows_it()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>Site &amp; Co</title>
            <meta property="og:site_name" content="Gulf &amp; Levant News"><meta name="author" content="Lina Haddad">
            <style>p { color: red }</style><script>if (a < b) { document.write("<p>no</p>"); }</script></head>
            <body><nav><a href="/">Home</a></nav><header><h1>Talks in <em>Doha</em></h1></header>
            <p>The Emir of Qatar received a delegation from Oman in Ba<b>gh</b>dad&nbsp;on Monday &mdash; officials said.</p>
            <p data-x="a > b">Second   paragraph<br>after a break.</p><table><tr><td>cell one</td><td>cell two</td></tr></table>
            <footer>Related Posts</footer></body></html>
            """;

        var page = HtmlText.Convert(html);

        Assert.Equal("Talks in Doha\n\nThe Emir of Qatar received a delegation from Oman in Baghdad on Monday \u2014 officials said.\n\nSecond paragraph\n\nafter a break.\n\ncell one cell two\n\n", page.Text);
        Assert.Equal(("Talks in Doha", "Lina Haddad", "Gulf & Levant News"), (page.Title, page.Author, page.Publisher));
    }

    [Fact]
    public void Title_falls_back_from_h1_to_og_title_to_the_title_element()
    {
        Assert.Equal("From og", HtmlText.Convert("<head><meta property='og:title' content='From og'><title>From title</title></head><p>x</p>").Title);
        Assert.Equal("From title", HtmlText.Convert("<head><title>From &lt;title&gt;</title></head><p>x</p>").Title?.Replace("<title>", "title", StringComparison.Ordinal));
        Assert.Equal("2024-05-02", HtmlText.Convert("<p>x</p><time datetime=\"2024-05-02\">May 2</time>").Published);
    }

    [Fact]
    public void A_page_without_a_closing_head_ends_its_head_at_the_body()
    {
        var page = HtmlText.Convert("<html><head><title>T</title><body><p>Iraq and Iran met.</p></body></html>");

        Assert.Equal("Iraq and Iran met.\n\n", page.Text);
    }

    [Fact]
    public void Extraction_reads_a_hostile_page_and_keeps_its_facts()
    {
        var html = "<html><body><h1>Border talks</h1><p>Iraq and Turkey signed an agreement in Baghdad on Monday.</p>"
            + string.Concat(Enumerable.Repeat("<div><span>", 50_000)) + "</body></html>";

        var graph = TestArticles.Extract(html, mediaType: SourceDocument.Html);

        Assert.Equal("Border talks", graph.Article.Title);
        Assert.NotNull(graph.Find(NodeLabels.Country, "Turkey"));
    }
}
