using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>Patterns common in regional security news beyond the basic rule families.</summary>
public sealed class GeneralizationTests
{
    [Fact]
    public void A_states_warplanes_striking_are_the_state_attacking()
    {
        var graph = TestArticles.ExtractBody("Jordanian warplanes struck suspected Hezbollah depots near the border on Sunday.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Jordan", "Hezbollah"), graph.Facts());
    }

    [Fact]
    public void A_passive_attack_keeps_its_direction()
    {
        var graph = TestArticles.ExtractBody("The Syrian Democratic Forces were attacked by the Syrian National Army near Manbij.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Syrian National Army", "Syrian Democratic Forces"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.Attacked, "Syrian Democratic Forces", "Syrian National Army"));
    }

    [Fact]
    public void Borders_with_two_neighbours_are_two_borders()
    {
        var graph = TestArticles.ExtractBody("Jordan tightened security along its borders with Syria and Iraq.");
        Assert.NotNull(graph.Find(NodeLabels.Border, "Jordan–Syria border"));
        Assert.NotNull(graph.Find(NodeLabels.Border, "Iraq–Jordan border"));
    }

    [Fact]
    public void Capitals_that_sign_stand_for_their_states()
    {
        var graph = TestArticles.ExtractBody("Amman and Cairo signed an energy agreement in January.");
        var agreement = graph.Entities.Single(e => e.Label == NodeLabels.Agreement);
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Jordan", agreement.Name), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Egypt", agreement.Name), graph.Facts());
    }

    [Fact]
    public void Officials_of_two_states_meeting_is_the_states_meeting()
    {
        var graph = TestArticles.ExtractBody("Lebanese and Syrian officials met in Beirut to discuss refugee returns.");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Lebanon", "Syria"), graph.Facts());
    }

    [Fact]
    public void A_rank_serves_in_the_armed_body_named_before_it()
    {
        var graph = TestArticles.ExtractBody("Syria hosted a delegation of the US-led coalition headed by Brig. Gen. Tom Barrett in Damascus.");
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Tom Barrett", "International Coalition to Defeat ISIS"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.HoldsRole, "Tom Barrett", "Syrian Arab Army"));
    }

    [Fact]
    public void A_verb_whose_subject_is_which_takes_no_earlier_actor()
    {
        var graph = TestArticles.ExtractBody("The Iraqi foreign ministry protested, while Baghdad and Ankara signed a memorandum, which labelled the Kurdistan Workers' Party a banned group.");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Accused.Name);
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Signed.Name);
    }

    [Fact]
    public void Social_share_lines_are_furniture()
    {
        var graph = TestArticles.Extract("Headline\n\nEgypt reopened the crossing.\n\nShare this:\n\nFacebook\n\nTwitter\n");
        Assert.DoesNotContain(graph.Entities, e => e.Label == NodeLabels.Organization);
    }

    [Fact]
    public void Generic_bodies_are_no_people_and_no_organizations()
    {
        var graph = TestArticles.ExtractBody("The Security Media Cell said three soldiers were wounded, according to the Press Office.");
        Assert.DoesNotContain(graph.Entities, e => e.Label is NodeLabels.Person);
        Assert.Null(graph.Find(NodeLabels.Organization, "Press Office"));
    }

    [Fact]
    public void A_second_verb_joined_by_and_keeps_the_first_subject_and_he_is_the_person_named_before()
    {
        var graph = TestArticles.ExtractBody("Egyptian Foreign Minister Badr Abdelatty met with his Jordanian counterpart Ayman Safadi and later held talks with King Abdullah. "
            + "On Friday Abdelatty travelled to Beirut, where he met Prime Minister Nawaf Salam and Speaker Nabih Berri.");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Badr Abdelatty", "Ayman Safadi"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.MetWith, "Badr Abdelatty", "Abdullah"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.MetWith, "Ayman Safadi", "Abdullah"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.MetWith, "Badr Abdelatty", "Nawaf Salam"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.MetWith, "Badr Abdelatty", "Nabih Berri"), graph.Facts());
    }

    [Fact]
    public void Every_accused_gets_the_allegation_after_the_last_one()
    {
        var graph = TestArticles.ExtractBody("Turkey has accused the People's Protection Units (YPG) and the Kurdistan Workers' Party of planning attacks on its soil.");
        Assert.Equal("planning attacks on its soil", graph.Relation(EdgeTypes.Accused, "Turkey", "People's Protection Units")?.Allegation);
        Assert.Equal("planning attacks on its soil", graph.Relation(EdgeTypes.Accused, "Turkey", "Kurdistan Workers' Party")?.Allegation);
    }

    [Fact]
    public void Bodies_that_sign_are_parties_and_the_federal_government_is_the_article_state()
    {
        var graph = TestArticles.ExtractBody("Iraq and its regions argue often. The 2021 Anbar agreement, signed by the federal government and the Kurdistan Regional Government, set new rules for Iraq.");
        var agreement = graph.Entities.Single(e => e.Label == NodeLabels.Agreement);
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Kurdistan Regional Government", agreement.Name), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Iraq", agreement.Name), graph.Facts());
    }

    [Fact]
    public void Receiving_a_delegation_from_a_body_is_meeting_it()
    {
        var graph = TestArticles.ExtractBody("Jordanian Prime Minister Jafar Hassan on Monday received a delegation from the European Union in Amman.");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Jafar Hassan", "European Union"), graph.Facts());
    }
}
