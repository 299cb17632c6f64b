using GraphExplorer.Core.Model;
using static GraphExplorer.Extraction.Tests.TestArticles;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Relations stated by news idioms, each tested on sentences of its own: meeting idioms, reported claims,
/// headline coordination, set-off phrases before the verb, floating quantifiers, the first person of a quotation,
/// a backer hyphened right before the name, and what must not be read as such.
/// </summary>
public sealed class NewsIdiomRelationTests
{
    [Fact]
    public void A_courtesy_call_paid_on_someone_is_a_meeting_but_a_call_on_someone_to_act_is_not()
    {
        var graph = TestArticles.ExtractBody("Qatari Ambassador Khalid al-Hajri paid a courtesy call on Kuwaiti Foreign Minister Abdullah al-Yahya in Kuwait City on Monday.");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Khalid al-Hajri", "Abdullah al-Yahya"), graph.Facts());

        var appeal = TestArticles.ExtractBody("Qatari Ambassador Khalid al-Hajri repeated the call on Kuwaiti Foreign Minister Abdullah al-Yahya to release the detainees.");
        Assert.False(appeal.Has(EdgeTypes.MetWith, "Khalid al-Hajri", "Abdullah al-Yahya"), appeal.Facts());
    }

    [Fact]
    public void An_audience_with_someone_is_a_meeting()
    {
        var graph = TestArticles.ExtractBody("Jordanian Foreign Minister Ayman Safadi had an audience with President Abdel Fattah al-Sisi in Cairo on Sunday.");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Ayman Safadi", "Abdel Fattah al-Sisi"), graph.Facts());

        var crowd = TestArticles.ExtractBody("Jordanian Foreign Minister Ayman Safadi spoke to an audience of students in Cairo while President Abdel Fattah al-Sisi was abroad.");
        Assert.False(crowd.Has(EdgeTypes.MetWith, "Ayman Safadi", "Abdel Fattah al-Sisi"), crowd.Facts());
    }

    [Fact]
    public void A_reported_occupation_or_incursion_accuses_the_actor_the_speaker_names()
    {
        var occupation = TestArticles.ExtractBody("Syria says Israeli troops are occupying villages near Quneitra.");
        Assert.True(HasTo(occupation, EdgeTypes.Accused, "Syria", "Israel"), occupation.Facts());

        var present = TestArticles.ExtractBody("Lebanon says Israeli troops occupy hills near Kfarchouba.");
        Assert.True(HasTo(present, EdgeTypes.Accused, "Lebanon", "Israel"), present.Facts());

        var incursion = TestArticles.ExtractBody("Greece insists Turkish boats are crossing its waters without permission.");
        Assert.True(HasTo(incursion, EdgeTypes.Accused, "Greece", "Turk"), incursion.Facts());

        var rescue = TestArticles.ExtractBody("Greece says Turkish boats rescued migrants near Lesbos.");
        Assert.False(HasTo(rescue, EdgeTypes.Accused, "Greece", "Turk"), rescue.Facts());
    }

    [Fact]
    public void Planting_mines_told_to_reporters_accuses_the_planter_but_planting_trees_does_not()
    {
        var graph = TestArticles.ExtractBody("Iraqi army spokesman Yahya Rasool told reporters that the Islamic State had planted bombs along the road to Tikrit.");
        Assert.True(HasTo(graph, EdgeTypes.Accused, "Yahya Rasool", "Islamic State"), graph.Facts());

        var trees = TestArticles.ExtractBody("Iraqi army spokesman Yahya Rasool told reporters that the Islamic State had planted trees along the road to Tikrit.");
        Assert.False(HasTo(trees, EdgeTypes.Accused, "Yahya Rasool", "Islamic State"), trees.Facts());
    }

    [Fact]
    public void A_phrase_set_off_between_the_subject_and_the_verb_leaves_the_subject_to_the_verb()
    {
        var graph = TestArticles.ExtractBody("Egypt and Sudan, despite their row over the dam, signed a memorandum of understanding on rail links.");
        Assert.True(PartyToAnAgreement(graph, "Egypt"), graph.Facts());
        Assert.True(PartyToAnAgreement(graph, "Sudan"), graph.Facts());

        var backed = TestArticles.ExtractBody("The Syrian Democratic Forces, with support from the United States, captured the town of Manbij.");
        Assert.True(backed.Has(EdgeTypes.BackedBy, "Syrian Democratic Forces", "United States"), backed.Facts());

        var pressed = TestArticles.ExtractBody("The Syrian Democratic Forces, despite pressure from the United States, captured the town of Manbij.");
        Assert.False(pressed.Has(EdgeTypes.BackedBy, "Syrian Democratic Forces", "United States"), pressed.Facts());
    }

    [Fact]
    public void A_headline_joins_its_subjects_with_a_comma()
    {
        var graph = TestArticles.Extract("Egypt, Sudan Conclude Rail Link Accord\n\nThe accord takes effect in May.\n");
        Assert.True(PartyToAnAgreement(graph, "Egypt"), graph.Facts());
        Assert.True(PartyToAnAgreement(graph, "Sudan"), graph.Facts());

        var sealed_ = TestArticles.Extract("Qatar, Oman Seal Gas Supply Deal\n\nOfficials said the deal runs for five years.\n");
        Assert.True(PartyToAnAgreement(sealed_, "Qatar"), sealed_.Facts());
        Assert.True(PartyToAnAgreement(sealed_, "Oman"), sealed_.Facts());

        var talks = TestArticles.Extract("Egypt, Sudan Discuss Rail Link Accord\n\nNo date was set.\n");
        Assert.False(PartyToAnAgreement(talks, "Egypt"), talks.Facts());
    }

    [Fact]
    public void Both_after_a_coordinated_subject_floats_off_it_and_the_verb_stays_a_verb()
    {
        var graph = TestArticles.ExtractBody("Egypt and Jordan both label the Hasm Movement a terrorist organization.");
        Assert.True(graph.Has(EdgeTypes.Accused, "Egypt", "Hasm Movement"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Accused, "Jordan", "Hasm Movement"), graph.Facts());

        var praise = TestArticles.ExtractBody("Egypt and Jordan both call the Hasm Movement a partner.");
        Assert.False(praise.Has(EdgeTypes.Accused, "Egypt", "Hasm Movement"), praise.Facts());
    }

    [Fact]
    public void The_first_person_of_a_quotation_is_its_speaker()
    {
        var graph = TestArticles.ExtractBody("“My talks with President Recep Tayyip Erdogan were productive,” Iraqi Prime Minister Mohammed Shia al-Sudani said in Baghdad.");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Mohammed Shia al-Sudani", "Recep Tayyip Erdogan"), graph.Facts());

        var third = TestArticles.ExtractBody("“His talks with President Recep Tayyip Erdogan were productive,” Iraqi Prime Minister Mohammed Shia al-Sudani said in Baghdad.");
        Assert.False(third.Has(EdgeTypes.MetWith, "Mohammed Shia al-Sudani", "Recep Tayyip Erdogan"), third.Facts());
    }

    [Fact]
    public void Sharing_intelligence_with_a_state_is_cooperation_but_sharing_a_border_is_not()
    {
        var graph = TestArticles.ExtractBody("Egypt shares intelligence with Israel every week, officials said.");
        Assert.True(graph.Has(EdgeTypes.CooperatesWith, "Egypt", "Israel"), graph.Facts());

        var border = TestArticles.ExtractBody("Egypt shares a long border with Israel, officials said.");
        Assert.False(border.Has(EdgeTypes.CooperatesWith, "Egypt", "Israel"), border.Facts());
    }

    [Fact]
    public void A_backer_hyphened_right_before_the_name_backs_it()
    {
        var graph = TestArticles.ExtractBody("Officials said the Turkish-supported Hamza Division had shelled villages near Manbij.");
        Assert.True(graph.Has(EdgeTypes.BackedBy, "Hamza Division", "Turkey"), graph.Facts());

        var target = TestArticles.ExtractBody("Officials said Turkish-supported fighters attacked the Hamza Division near Manbij.");
        Assert.False(target.Has(EdgeTypes.BackedBy, "Hamza Division", "Turkey"), target.Facts());
    }

    [Fact]
    public void Lobbing_shells_at_a_group_attacks_it_but_lobbing_accusations_does_not()
    {
        var graph = TestArticles.ExtractBody("Turkey lobbed artillery shells at hideouts used by the Kurdistan Workers' Party near Zakho.");
        Assert.True(HasTo(graph, EdgeTypes.Attacked, "Turkey", "Kurdistan Workers"), graph.Facts());

        var words = TestArticles.ExtractBody("Turkey lobbed accusations at the Kurdistan Workers' Party after the talks in Zakho.");
        Assert.False(HasTo(words, EdgeTypes.Attacked, "Turkey", "Kurdistan Workers"), words.Facts());
    }

    [Fact]
    public void Referring_to_an_event_as_a_crime_accuses_its_agent()
    {
        var graph = TestArticles.ExtractBody("Jordanian Foreign Minister Ayman Safadi referred to the Israeli demolition of homes in Jenin as collective punishment.");
        Assert.True(HasTo(graph, EdgeTypes.Accused, "Ayman Safadi", "Israel"), graph.Facts());

        var praise = TestArticles.ExtractBody("Jordanian Foreign Minister Ayman Safadi referred to the Egyptian mediation in Gaza as a success.");
        Assert.False(HasTo(praise, EdgeTypes.Accused, "Ayman Safadi", "Egypt"), praise.Facts());
    }

    [Fact]
    public void Adopting_an_agreement_makes_the_states_parties_and_reaching_a_city_is_a_visit()
    {
        var graph = TestArticles.ExtractBody("Iraq and Jordan adopted the Basra Pipeline Protocol on Monday.");
        Assert.True(PartyToAnAgreement(graph, "Iraq"), graph.Facts());
        Assert.True(PartyToAnAgreement(graph, "Jordan"), graph.Facts());

        var budget = TestArticles.ExtractBody("Iraq and Jordan adopted new budgets on Monday.");
        Assert.False(PartyToAnAgreement(budget, "Iraq"), budget.Facts());

        var visit = TestArticles.ExtractBody("Omani Foreign Minister Badr Albusaidi reached Sanaa on Monday for talks with the Houthis.");
        Assert.True(visit.Has(EdgeTypes.Visited, "Badr Albusaidi", "Sanaa"), visit.Facts());

        var phone = TestArticles.ExtractBody("Omani Foreign Minister Badr Albusaidi reached Iranian Foreign Minister Abbas Araghchi by phone on Monday.");
        Assert.DoesNotContain(phone.Relationships, r => r.Type == EdgeTypes.Visited.Name);
    }

    [Fact]
    public void Talks_held_by_two_ministers_are_a_meeting_even_when_read_as_a_verb()
    {
        var graph = TestArticles.ExtractBody("Egyptian Foreign Minister Badr Abdelatty and Sudanese Foreign Minister Ali Youssef had held talks there a week earlier.");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Badr Abdelatty", "Ali Youssef"), graph.Facts());

        var speech = TestArticles.ExtractBody("Egyptian Foreign Minister Badr Abdelatty said Sudanese Foreign Minister Ali Youssef talks too much.");
        Assert.False(speech.Has(EdgeTypes.MetWith, "Badr Abdelatty", "Ali Youssef"), speech.Facts());
    }

    [Fact]
    public void A_fronted_arrival_is_the_visit_of_the_clause_subject_unless_it_names_its_own_traveller()
    {
        var graph = TestArticles.ExtractBody("On arrival in Amman, the Iraqi foreign minister, Fuad Hussein, was welcomed by Jordanian Foreign Minister Ayman Safadi.");
        Assert.True(graph.Has(EdgeTypes.Visited, "Fuad Hussein", "Amman"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.MetWith, "Fuad Hussein", "Ayman Safadi"), graph.Facts());

        var refugees = TestArticles.ExtractBody("On the arrival of refugees in Amman, Iraqi Foreign Minister Fuad Hussein promised more aid.");
        Assert.False(refugees.Has(EdgeTypes.Visited, "Fuad Hussein", "Amman"), refugees.Facts());
    }

    [Fact]
    public void A_present_plural_accusation_keeps_both_coordinated_accusers()
    {
        var graph = TestArticles.ExtractBody("Qatar and the United Arab Emirates accuse Iran of arming local militias.");
        Assert.True(graph.Has(EdgeTypes.Accused, "Qatar", "Iran"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Accused, "United Arab Emirates", "Iran"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.Accused, "Qatar", "United Arab Emirates"), graph.Facts());
    }
}
