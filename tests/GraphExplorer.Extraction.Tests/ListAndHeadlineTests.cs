using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Lists of names the parser splits up, subjects the parser hangs elsewhere, title-case headlines, accord topics as
/// lists and "the group" before a for-phrase: each with the edges that must and must not be found.
/// </summary>
public sealed class ListAndHeadlineTests
{
    private static ArticleGraph Extract(string body, string headline = "Headline") =>
        TestArticles.Extract($"• Friday, 9 February 2024\n\n{headline}\n\n{body}\n");

    [Fact]
    public void Every_name_of_an_object_list_with_acronyms_is_a_target()
    {
        var graph = Extract("Jordan shelled the Southern Smuggling Brigades (SSB), the Desert Lions Front (DLF), and the Black Banner Movement near the border.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Jordan", "Southern Smuggling Brigades"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Attacked, "Jordan", "Desert Lions Front"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Attacked, "Jordan", "Black Banner Movement"), graph.Facts());
    }

    [Fact]
    public void A_name_after_a_clause_comma_and_is_no_list_member()
    {
        var graph = Extract("Jordan shelled the Desert Lions Front, and Egypt said it would send aid.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Jordan", "Desert Lions Front"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.Attacked, "Jordan", "Egypt"), graph.Facts());
    }

    [Fact]
    public void Every_name_of_a_subject_list_is_an_agent()
    {
        var graph = Extract("Egypt, the Arab League, and Saudi Arabia have designated the Desert Lions Front as a terrorist organization.");
        Assert.True(graph.Has(EdgeTypes.Accused, "Egypt", "Desert Lions Front"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Accused, "Arab League", "Desert Lions Front"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Accused, "Saudi Arabia", "Desert Lions Front"), graph.Facts());
    }

    [Fact]
    public void A_comitative_subject_takes_part_in_talks_with_the_team_a_person_heads()
    {
        var graph = Extract("Egyptian Prime Minister Karim Mansour, together with Interior Minister Adel Fahmy, took part in talks with a Sudanese team headed by Ahmed Osman.");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Karim Mansour", "Ahmed Osman") || graph.Has(EdgeTypes.MetWith, "Ahmed Osman", "Karim Mansour"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.MetWith, "Adel Fahmy", "Ahmed Osman") || graph.Has(EdgeTypes.MetWith, "Ahmed Osman", "Adel Fahmy"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.MetWith, "Karim Mansour", "Adel Fahmy") || graph.Has(EdgeTypes.MetWith, "Adel Fahmy", "Karim Mansour"), graph.Facts());
    }

    [Fact]
    public void A_title_case_headline_states_a_visit()
    {
        var graph = Extract("Egyptian Interior Minister Adel Fahmy spoke to reporters afterwards.", "Egyptian Minister Fahmy Arrives in Amman for Border Talks");
        Assert.True(graph.Has(EdgeTypes.Visited, "Adel Fahmy", "Amman"), graph.Facts());
    }

    [Fact]
    public void A_title_case_headline_describes_an_accord_its_comma_listed_states_sign()
    {
        var graph = Extract("Fishing communities welcomed the accord.", "Jordan, Egypt Sign Red Sea Ferry Accord After Years of Talks");
        var accord = Assert.Single(graph.Entities, e => e.Label == NodeLabels.Agreement);
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Jordan", accord.Name), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Egypt", accord.Name), graph.Facts());
    }

    [Fact]
    public void An_accord_topic_may_be_a_list()
    {
        var graph = Extract("A protocol on grain, fertilizer and shipping was agreed by Jordan and Egypt in Aqaba.");
        var accord = Assert.Single(graph.Entities, e => e.Label == NodeLabels.Agreement);
        Assert.Contains("grain, fertilizer and shipping", accord.Name, StringComparison.Ordinal);
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Jordan", accord.Name), graph.Facts());
    }

    [Fact]
    public void The_group_before_a_for_phrase_is_the_body_named_before()
    {
        var graph = Extract("Police chief Samir Haddad spoke after the Desert Lions Front burned a school in Zarqa. He blamed the group for stoking unrest.");
        Assert.True(graph.Has(EdgeTypes.Accused, "Samir Haddad", "Desert Lions Front"), graph.Facts());
    }

    [Fact]
    public void A_state_adjective_before_a_list_of_titled_persons_qualifies_each_title()
    {
        var graph = Extract("Jordanian Foreign Minister Samir Haddad, Interior Minister Adel Fahmy, and Defence Minister Omar Nasser met the Egyptian delegation.");
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Samir Haddad", "Jordan"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Adel Fahmy", "Jordan"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Omar Nasser", "Jordan"), graph.Facts());
    }

    [Fact]
    public void A_titled_person_after_a_clause_break_keeps_no_state_of_the_list_before()
    {
        var graph = Extract("Jordanian Foreign Minister Samir Haddad spoke first. Interior Minister Adel Fahmy spoke later.");
        Assert.False(graph.Has(EdgeTypes.HoldsRole, "Adel Fahmy", "Jordan"), graph.Facts());
    }
}
