using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Texts the fuzz suite found slow (minutes to hours for one megabyte): a name repeated thousands of times, a
/// "sentence" that is a list of thousands of names. They are extracted, with the same answers as before.
/// </summary>
public sealed class HostileTextTests
{
    [Fact]
    public void A_name_repeated_in_thousands_of_sentences_is_one_person()
    {
        var text = "Headline\n\n" + string.Concat(Enumerable.Repeat("The minister met Ali Hassan. Hassan said little. ", 5_000)) + "\n";

        var graph = TestArticles.Extract(text);

        var person = Assert.Single(graph.Entities, e => e.Label == NodeLabels.Person);
        Assert.Equal("Ali Hassan", person.Name);
    }

    [Fact]
    public void A_line_of_thousands_of_names_keeps_its_entities_and_seeks_no_relation_in_it()
    {
        var list = string.Join(", ", Enumerable.Range(0, 3_000).Select(i => i % 2 == 0 ? "Iraq" : "Turkey")) + " met in Baghdad";

        var graph = TestArticles.Extract("Headline\n\n" + list + ".\n\nIraq and Turkey signed an agreement in Baghdad on Monday.\n");

        Assert.NotNull(graph.Find(NodeLabels.Country, "Iraq"));
        Assert.DoesNotContain(graph.Relationships, r => r.Evidence.Any(e => e.Sentence.Length > 1_000));
        Assert.Contains(graph.Relationships, r => r.Evidence.Any(e => e.Sentence.StartsWith("Iraq and Turkey signed", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_line_longer_than_the_sentence_bound_is_read_in_pieces_cut_at_spaces()
    {
        var line = string.Concat(Enumerable.Repeat("officials from Turkey and Iraq, ", 3_000)).TrimEnd();
        var text = "Headline\n\n" + line + "\n";

        var pieces = Splitting.SplitStep.Pieces(text, 10, text.Length - 1).ToList();

        Assert.All(pieces, p => Assert.InRange(p.End - p.Start, 1, Splitting.SplitStep.MaxSentenceChars));
        Assert.All(pieces, p => Assert.False(char.IsWhiteSpace(text[p.Start]) || char.IsWhiteSpace(text[p.End - 1])));
        Assert.Equal(line.Split(' ', StringSplitOptions.RemoveEmptyEntries), pieces.SelectMany(p => text[p.Start..p.End].Split(' ')));
        Assert.NotNull(TestArticles.Extract(text).Find(NodeLabels.Country, "Turkey"));
    }

    [Fact]
    public void A_text_longer_than_any_article_is_refused_with_its_length()
    {
        var error = Assert.Throws<Core.Extraction.ArticleRejectedException>(() => TestArticles.Extract(new string('a', 2_000_001), id: "dump"));

        Assert.Equal("Article 'dump' has 2,000,001 characters of text, over the 2,000,000-character limit for one article.", error.Message);
    }

    [Fact]
    public void A_sentence_with_as_many_mentions_as_the_bound_is_still_related()
    {
        var names = string.Join(", ", Enumerable.Range(0, RelateStep.MaxMentionsPerSentence - 3).Select(_ => "Iraq"));

        var graph = TestArticles.Extract($"Headline\n\nTurkey accused Iran of shelling the border, officials from {names} said.\n");

        Assert.True(graph.Has(EdgeTypes.Accused, "Turkey", "Iran"), graph.Facts());
    }
}
