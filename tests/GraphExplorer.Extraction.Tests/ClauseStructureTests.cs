using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>Subjects across insertions, hyphenated backers, collective actors, counterparts, generic agreements, capitals as actors.</summary>
public sealed class ClauseStructureTests
{
    private static ArticleGraph Extract(string body, string dateLine = "• Friday, 9 February 2024") =>
        TestArticles.Extract($"{dateLine}\n\nHeadline\n\n{body}\n");

    [Fact]
    public void An_apposition_with_a_backer_neither_takes_the_subject_nor_loses_the_backing()
    {
        var graph = Extract("Asaib Ahl al-Haq, a Syria-backed paramilitary group, launched rocket attacks on the Kurdistan Workers' Party near Sinjar.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Asaib Ahl al-Haq", "Kurdistan Workers' Party"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.Attacked, "Syria", "Kurdistan Workers' Party"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.BackedBy, "Asaib Ahl al-Haq", "Syria"), graph.Facts());
    }

    [Fact]
    public void A_copular_description_with_a_backer_backs_the_subject()
    {
        var graph = Extract("The Hamza Brigades is an Iran-backed militia.");
        Assert.True(graph.Has(EdgeTypes.BackedBy, "Hamza Brigades", "Iran"), graph.Facts());
    }

    [Fact]
    public void A_relative_clause_is_skipped_to_find_the_main_subject()
    {
        var graph = Extract("The People's Protection Units, which are supported by France, said they had clashed with the Syrian National Army near Manbij.");
        Assert.True(graph.Has(EdgeTypes.Fought, "People's Protection Units", "Syrian National Army"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.Fought, "France", "Syrian National Army"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.BackedBy, "People's Protection Units", "France"), graph.Facts());
    }

    [Fact]
    public void A_relative_clause_with_no_head_actor_yields_no_subject()
    {
        var graph = Extract("Near the crossing, which Jordan says is used by smugglers, gunmen attacked the Syrian Arab Army.");
        Assert.False(graph.Has(EdgeTypes.Attacked, "Jordan", "Syrian Arab Army"), graph.Facts());
    }

    [Fact]
    public void A_name_used_as_an_adjective_is_no_argument()
    {
        var graph = Extract("Iran-backed gunmen attacked the Peshmerga near Makhmour.");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Attacked.Name);
    }

    [Fact]
    public void A_plural_backed_collective_is_an_organization_and_both_spellings_are_one()
    {
        var graph = Extract("Saudi Arabia blamed Qatari-backed militias for the shelling. Officials said Qatar-backed militias had withdrawn.");
        var militias = graph.Find(NodeLabels.Organization, "Qatari-backed militias");
        Assert.NotNull(militias);
        Assert.Contains("Qatar-backed militias", militias.AllNames);
        Assert.True(graph.Has(EdgeTypes.Accused, "Saudi Arabia", "Qatari-backed militias"), graph.Facts());
        Assert.Equal("the shelling", graph.Relation(EdgeTypes.Accused, "Saudi Arabia", "Qatari-backed militias")!.Allegation);
        Assert.True(graph.Has(EdgeTypes.BackedBy, "Qatari-backed militias", "Qatar"), graph.Facts());
    }

    [Theory]
    [InlineData("Officials met a Qatar-backed militia leader.")]
    [InlineData("Qatari-backed militias of the Free Hills Front shelled the town.")]
    public void Indefinite_or_named_backed_phrases_are_no_collective(string sentence)
    {
        var graph = Extract(sentence);
        Assert.Null(graph.Find(NodeLabels.Organization, "Qatari-backed militias"));
    }

    [Fact]
    public void A_multi_word_title_after_a_state_keeps_the_full_name()
    {
        var graph = Extract("British Defence Secretary Grant Shapps blamed the Houthis for the shipping attacks. Shapps said more ships would come.");
        Assert.NotNull(graph.Find(NodeLabels.Person, "Grant Shapps"));
        Assert.Equal("Defence Secretary", graph.Relation(EdgeTypes.HoldsRole, "Grant Shapps", "United Kingdom")?.Title);
    }

    [Fact]
    public void A_counterpart_holds_the_same_office_in_the_state_named()
    {
        var graph = Extract("Jordanian Interior Minister Mazen al-Faraya received his Syrian counterpart Mohammad al-Rahmoun in Amman.");
        var role = graph.Relation(EdgeTypes.HoldsRole, "Mohammad al-Rahmoun", "Syria");
        Assert.NotNull(role);
        Assert.Equal("Interior Minister", role.Title);
        Assert.True(graph.Has(EdgeTypes.MetWith, "Mazen al-Faraya", "Mohammad al-Rahmoun"), graph.Facts());
    }

    [Fact]
    public void Both_countries_signing_names_the_two_states_the_article_is_about()
    {
        var graph = Extract("Egyptian officials visited Sudan on Monday. Sudan and Egypt have disputed the dam for years, and Egypt raised it again. "
            + "Both countries signed a memorandum of understanding on water sharing in May.");
        var agreement = graph.Entities.Single(e => e.Label == NodeLabels.Agreement);
        Assert.Equal("Egypt–Sudan memorandum of understanding on water sharing", agreement.Name);
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Egypt", agreement.Name), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Sudan", agreement.Name), graph.Facts());
    }

    [Fact]
    public void Both_countries_is_not_resolved_when_no_two_states_lead()
    {
        var graph = Extract("Egypt, Sudan and Ethiopia discussed the dam. Both countries signed a memorandum of understanding on water sharing.");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.PartyTo.Name);
    }

    [Theory]
    [InlineData("Amman accused the Syrian Arab Army of shelling border posts.", "Jordan")]
    [InlineData("Officials said Amman has accused the Syrian Arab Army of shelling border posts.", "Jordan")]
    public void A_capital_as_the_subject_of_an_accusation_is_its_state(string sentence, string state)
    {
        var graph = Extract(sentence);
        Assert.True(graph.Has(EdgeTypes.Accused, state, "Syrian Arab Army"), graph.Facts());
        Assert.Null(graph.Find(NodeLabels.Place, "Amman"));
    }

    [Fact]
    public void A_capital_as_a_location_stays_a_place()
    {
        var graph = Extract("Talks in Amman said little about the border.");
        Assert.NotNull(graph.Find(NodeLabels.Place, "Amman"));
    }
}
