using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Bodies that an anaphor or a bare body noun before a title stands for: "the group"/"the faction" never for a news outlet or
/// an international body the article names; "its" before a title for the body the sentence names before a state; "commission
/// spokesman X" for the one commission the article names. Every sentence is written for these tests.
/// </summary>
public sealed class BodyReferenceTests
{
    private static ArticleGraph Read(string body) => TestArticles.Extract("Report\n\n" + body + "\n");

    [Theory]
    [InlineData("Fighters of the Dasht Lions Brigade ambushed a convoy near Makhmour, Rudaw reported. The group's spokesman, Karwan Bali, said two men died.")]
    [InlineData("The Dasht Lions Brigade shelled a post near Makhmour, the United Nations said. The faction's commander, Karwan Bali, denied it.")]
    public void A_group_noun_stands_for_the_group_not_for_the_outlet_or_body_reporting_on_it(string body)
    {
        var graph = Read(body);
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Karwan Bali", "Dasht Lions Brigade"), graph.Facts());
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.HoldsRole.Name && (r.TargetId.Contains("rudaw", StringComparison.Ordinal) || r.TargetId.Contains("united", StringComparison.Ordinal)));
    }

    [Fact]
    public void Its_before_a_title_stands_for_the_body_named_before_a_state()
    {
        var graph = Read("Iran shelled a camp of the Sardasht Free Youth Front on Sunday. Its spokesman Hemin Sardashti called on Baghdad to act.");
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Hemin Sardashti", "Sardasht Free Youth Front"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.HoldsRole, "Hemin Sardashti", "Iran"), graph.Facts());
    }

    [Theory]
    [InlineData("Trucks crossed at Rabia on Sunday, the Nineveh Border Crossings Commission said. Two hundred more are due, commission spokesman Layth Dabbagh told reporters.", "Layth Dabbagh", "Nineveh Border Crossings Commission")]
    [InlineData("The Garmiyan Farmers Council met in Kalar. The council's chairman Rebwar Kalari said wheat prices had fallen.", "Rebwar Kalari", "Garmiyan Farmers Council")]
    public void A_bare_body_noun_before_a_title_is_the_one_body_of_that_noun_the_article_names(string body, string person, string office)
    {
        var graph = Read(body);
        Assert.True(graph.Has(EdgeTypes.HoldsRole, person, office), graph.Facts());
    }

    [Fact]
    public void A_bare_body_noun_with_two_such_bodies_named_is_neither()
    {
        var graph = Read("The Nineveh Border Crossings Commission and the Anbar Border Crossings Commission met. Commission spokesman Layth Dabbagh said trucks would cross.");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.HoldsRole.Name && r.TargetId.Contains("commission", StringComparison.Ordinal));
    }
}
