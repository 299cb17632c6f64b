namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Lists of names are read off the word order backwards from a subject, stepping over an acronym in parentheses
/// ("A (X), B and C met"). A closing parenthesis second in the sentence once sent that step before the first word,
/// and the whole article was refused (found by the fuzz suite).
/// </summary>
public sealed class ListReadingBoundsTests
{
    [Theory]
    [InlineData("a) and Iraq met Turkey on Monday.")]
    [InlineData(") and Iraq met Turkey on Monday.")]
    [InlineData("x ) , Iraq and Iran met Turkey on Monday.")]
    public void A_parenthesis_at_the_start_of_a_sentence_is_read_without_failing(string sentence)
    {
        var graph = TestArticles.Extract($"Headline\n\n{sentence}\n\nIraq and Iran signed a security agreement.\n");
        Assert.Equal("test_article", graph.Article.Id);
        Assert.NotEmpty(graph.Relationships);
    }
}
