using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Trees the relation rules read are repaired where the parse contradicts itself: a possessor read as a second
/// subject, a participle modifier with a subject of its own, a reason clause hung on the speech verb
/// rather than on what is reported.
/// </summary>
public sealed class ContradictoryParseTests
{
    private static ArticleGraph Extract(string body) =>
        TestArticles.Extract($"• Friday, 9 February 2024\n\nHeadline\n\n{body}\n");

    [Fact]
    public void A_possessor_is_not_a_second_subject()
    {
        var graph = Extract("Turkey's Hakan Fidan meets Qatar's foreign minister in Doha.");
        Assert.False(graph.Has(EdgeTypes.MetWith, "Turkey", "Hakan Fidan"), graph.Facts());
    }

    [Fact]
    public void A_verb_read_as_a_modifier_of_its_object_keeps_its_subject()
    {
        var graph = Extract("Turkish President Recep Tayyip Erdogan initiated talks with Qatar in May on the pipeline.");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Recep Tayyip Erdogan", "Qatar"), graph.Facts());
    }
}
