using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>Rules added in the fourth generalization round: agreements named by purpose, acronym definitions, particles.</summary>
public sealed class RoundFourTests
{
    private static ArticleGraph Extract(string body) =>
        TestArticles.Extract($"• Wednesday, 8 May 2024\n\nHeadline\n\n{body}\n");

    [Fact]
    public void An_agreement_named_only_by_its_purpose_is_named_from_the_purpose_and_its_parties()
    {
        var graph = Extract("Turkey and Syria reached an agreement to restart electricity supplies through the northern grid.");
        var agreement = Assert.Single(graph.Entities, e => e.Label == NodeLabels.Agreement);
        Assert.Equal("Syria–Turkey electricity supply agreement", agreement.Name);
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Turkey", agreement.Name), graph.Facts());
    }

    [Fact]
    public void A_party_written_as_an_acronym_gives_the_agreement_a_short_alias()
    {
        var graph = Extract("Baghdad officials said the Iraqi government and the KRG signed an agreement to share customs revenues on Monday.");
        var agreement = Assert.Single(graph.Entities, e => e.Label == NodeLabels.Agreement);
        Assert.Contains("Iraq–KRG customs revenue agreement", agreement.Aliases);
    }
}
