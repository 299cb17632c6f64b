using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>Practice-article classes: capitals as objects, name-internal places, posted envoys, relative "who", visits "by", group anaphora.</summary>
public sealed class ReferenceTests
{
    private static ArticleGraph Extract(string body, string dateLine = "• Friday, 9 February 2024") =>
        TestArticles.Extract($"{dateLine}\n\nHeadline\n\n{body}\n");

    [Fact]
    public void A_capital_as_the_object_of_an_accusation_is_its_state()
    {
        var graph = Extract("Syria accused Ankara of arming rebels in Idlib.");
        Assert.True(graph.Has(EdgeTypes.Accused, "Syria", "Turkey"), graph.Facts());
    }

    [Fact]
    public void A_state_in_a_based_adjective_is_no_entity()
    {
        var graph = Extract("A France-based monitoring group said the Syrian Arab Army shelled the town.");
        Assert.Null(graph.Find(NodeLabels.Country, "France"));
    }

    [Fact]
    public void A_place_name_inside_a_person_name_is_part_of_the_name()
    {
        var graph = Extract("The governor of the district, Karim Mosul Hassan, told reporters the road was closed.");
        Assert.NotNull(graph.Find(NodeLabels.Person, "Karim Mosul Hassan"));
        Assert.Null(graph.Find(NodeLabels.Place, "Mosul"));
    }

    [Fact]
    public void An_organization_head_first_with_for_is_an_organization_not_a_person()
    {
        var graph = Extract("The Lebanese Center for Policy Studies said the vote was delayed.");
        Assert.DoesNotContain(graph.Entities, e => e.Label == NodeLabels.Person);
        Assert.NotNull(graph.Entities.FirstOrDefault(e => e.Label == NodeLabels.Organization && e.Name.Contains("Center for Policy Studies", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_backed_collective_inside_an_apposition_describes_the_named_group()
    {
        var graph = Extract("Egypt blamed the Sinai Liberation Front, an alliance of Qatar-backed armed factions, for the bombing near Arish.");
        Assert.Null(graph.Find(NodeLabels.Organization, "Qatari-backed armed factions"));
        Assert.True(graph.Has(EdgeTypes.BackedBy, "Sinai Liberation Front", "Qatar"), graph.Facts());
        Assert.Equal("the bombing near Arish", graph.Relation(EdgeTypes.Accused, "Egypt", "Sinai Liberation Front")?.Allegation);
    }

    [Fact]
    public void An_ambassador_posted_to_a_state_is_named_and_the_posting_is_no_actor()
    {
        var graph = Extract("Lebanese Prime Minister Najib Mikati received French Ambassador to Lebanon Herve Magro on Monday.");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Najib Mikati", "Herve Magro"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Herve Magro", "France"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.MetWith, "Najib Mikati", "Lebanon"), graph.Facts());
    }

    [Fact]
    public void A_visit_by_a_named_person_and_a_who_clause_give_the_visitor_and_the_meeting()
    {
        var graph = Extract("The talks followed a visit to Amman by Egyptian Foreign Minister Sameh Shoukry, who met Jordanian Foreign Minister Ayman Safadi.");
        Assert.True(graph.Has(EdgeTypes.Visited, "Sameh Shoukry", "Amman"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.MetWith, "Sameh Shoukry", "Ayman Safadi"), graph.Facts());
    }

    [Fact]
    public void Officials_of_two_states_holding_a_round_of_talks_is_a_meeting_of_the_states()
    {
        var graph = Extract("Egyptian and Sudanese officials held a second round of talks in Cairo.");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Egypt", "Sudan"), graph.Facts());
    }

    [Fact]
    public void A_border_near_a_region_of_a_state_takes_that_state_as_its_other_side()
    {
        var graph = Extract("American troops are stationed at a base in northern Jordan near the Syrian border.");
        Assert.NotNull(graph.Find(NodeLabels.Border, "Jordan–Syria border"));
        Assert.Null(graph.Find(NodeLabels.Border, "Syria–United States border"));
    }

    [Fact]
    public void The_groups_refers_to_the_plural_group_named_before()
    {
        var graph = Extract("Jordan has tightened controls on Syrian smuggling networks operating in the south. "
            + "Amman has repeatedly accused the networks of trafficking drugs. The Jordanian army struck the networks' hideouts.");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Accused.Name); // "the networks" is no group word
        var second = Extract("Jordan has tightened controls on the Southern Smuggling Brigades operating in the south. "
            + "Amman has repeatedly accused the groups of trafficking drugs. The Jordanian Armed Forces struck the groups' hideouts.");
        Assert.True(second.Has(EdgeTypes.Accused, "Jordan", "Southern Smuggling Brigades"), second.Facts());
        Assert.True(second.Has(EdgeTypes.Attacked, "Jordanian Armed Forces", "Southern Smuggling Brigades"), second.Facts());
    }

    [Fact]
    public void An_agreement_followed_by_both_states_signing_names_them_as_parties()
    {
        var graph = Extract("Egypt and Sudan discussed the dam. Egypt sent engineers to Sudan. "
            + "Officials said the water agreement the two countries signed in May would be reviewed.");
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Egypt", "Egypt–Sudan water agreement"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Sudan", "Egypt–Sudan water agreement"), graph.Facts());
    }

    [Fact]
    public void A_department_minister_title_holds_the_ministry_the_gazetteer_knows()
    {
        var graph = Extract("Peshmerga Minister Shoresh Ismail inspected the new brigade in Duhok.");
        Assert.Equal("Minister", graph.Relation(EdgeTypes.HoldsRole, "Shoresh Ismail", "Ministry of Peshmerga Affairs")?.Title?.Split(' ')[^1]);
    }

    [Fact]
    public void Backed_groups_such_as_a_named_one_back_the_named_one()
    {
        var graph = Extract("The coalition, which includes Qatar-backed militias such as the Hamza Brigades, rejected the plan.");
        Assert.True(graph.Has(EdgeTypes.BackedBy, "Hamza Brigades", "Qatar"), graph.Facts());
        Assert.Null(graph.Find(NodeLabels.Organization, "Qatari-backed militias"));
    }

    [Fact]
    public void A_speaker_reporting_what_its_fighters_did_is_the_subject()
    {
        var graph = Extract("The Houthis said their fighters had clashed with the Saudi Arabian Armed Forces near the border on Sunday.");
        Assert.True(graph.Has(EdgeTypes.Fought, "Houthis", "Saudi Arabian Armed Forces"), graph.Facts());
    }
}
