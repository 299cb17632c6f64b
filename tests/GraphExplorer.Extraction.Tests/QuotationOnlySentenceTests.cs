namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Quotation marks are kept out of the parse and hung on the words they open or close; a sentence with no
/// other word (tag soup leaves such lines) once made a word its own head, and the whole article was refused.
/// </summary>
public sealed class QuotationOnlySentenceTests
{
    [Theory]
    [InlineData("\"")]
    [InlineData("“ ”")]
    [InlineData("\" \" \"")]
    [InlineData("ERBIL, Kurdistan Region – “ ”")]
    public void A_sentence_of_quotation_marks_only_is_read_without_facts(string sentence)
    {
        var graph = TestArticles.Extract($"Headline\n\n{sentence}\n\nIraq and Iran signed a security agreement.\n");
        Assert.Equal("test_article", graph.Article.Id);
        Assert.NotEmpty(graph.Relationships);
    }
}
