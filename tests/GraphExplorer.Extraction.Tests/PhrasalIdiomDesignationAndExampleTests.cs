using GraphExplorer.Core.Model;
using static GraphExplorer.Extraction.Tests.TestArticles;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Triggers by meaning class rather than by one word: meals and assembling as meetings, hosting idioms, touching down as an
/// arrival, countersigning and initialling as signing, phrasal verbs of negotiation that take their own sense ("hammer out"
/// is no attack); designations in relative clauses and onto terror lists; accusations over an event a free relative or a
/// judgement verb names; wrongdoing a speaker asserts with a stance verb or as an attempt; the members an exemplifying phrase
/// names ("groups like X"). Each with sentences that must not be read so (negated, planned, hypothetical, neutral).
/// </summary>
public sealed class PhrasalIdiomDesignationAndExampleTests
{
    private static bool AnyAccused(ArticleGraph graph) => graph.Relationships.Any(r => r.Type == EdgeTypes.Accused.Name);

    [Theory]
    [InlineData("Jordanian Foreign Minister Ayman Safadi and Egyptian Foreign Minister Badr Abdelatty shared a working breakfast in Amman.", "Ayman Safadi", "Badr Abdelatty")]
    [InlineData("Saudi Foreign Minister Faisal bin Farhan had dinner with Lebanese Prime Minister Nawaf Salam in Riyadh.", "Faisal bin Farhan", "Nawaf Salam")]
    [InlineData("Kuwaiti Foreign Minister Abdullah al-Yahya assembled with Omani Foreign Minister Badr Albusaidi in Muscat.", "Abdullah al-Yahya", "Badr Albusaidi")]
    [InlineData("Egyptian President Abdel Fattah al-Sisi entertained Jordanian King Abdullah II in Cairo on Sunday.", "Abdel Fattah al-Sisi", "Abdullah II")]
    [InlineData("Turkish Foreign Minister Hakan Fidan and Iranian Foreign Minister Abbas Araghchi shared a working lunch in Tehran.", "Hakan Fidan", "Abbas Araghchi")]
    public void A_shared_meal_assembling_or_entertaining_a_guest_is_a_meeting(string sentence, string one, string other)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.True(graph.Has(EdgeTypes.MetWith, one, other) || graph.Has(EdgeTypes.MetWith, other, one), graph.Facts());
    }

    [Fact]
    public void A_planned_dinner_is_no_meeting()
    {
        var graph = TestArticles.ExtractBody("Jordanian Foreign Minister Ayman Safadi will have dinner with Lebanese Prime Minister Nawaf Salam next week.");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.MetWith.Name);
    }

    [Fact]
    public void Touching_down_in_a_place_is_an_arrival_but_a_plane_visits_nothing()
    {
        var graph = TestArticles.ExtractBody("Lebanese Prime Minister Nawaf Salam touched down in Doha on Wednesday.");
        Assert.True(graph.Has(EdgeTypes.Visited, "Nawaf Salam", "Doha"), graph.Facts());

        var plane = TestArticles.ExtractBody("The cargo plane touched down in Amman with relief supplies.");
        Assert.DoesNotContain(plane.Relationships, r => r.Type == EdgeTypes.Visited.Name);
    }

    [Theory]
    [InlineData("Egypt and Sudan countersigned the Nile Water Protocol in Khartoum.", "Egypt", "Sudan")]
    [InlineData("Jordan and Syria co-signed the Yarmouk Dam Accord on Monday.", "Jordan", "Syria")]
    [InlineData("Lebanon and Cyprus initialed the Maritime Boundary Agreement in Nicosia.", "Lebanon", "Cyprus")]
    [InlineData("Iraq and Iran initialled the Border Security Protocol in Baghdad.", "Iraq", "Iran")]
    public void Countersigning_or_initialling_a_text_makes_its_signers_parties(string sentence, string one, string other)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.True(PartyToAnAgreement(graph, one), graph.Facts());
        Assert.True(PartyToAnAgreement(graph, other), graph.Facts());
    }

    [Theory]
    [InlineData("Kuwait and Saudi Arabia worked out a deal on the Neutral Zone oil fields.", "Kuwait", "Saudi Arabia")]
    [InlineData("Iraq and Turkey hammered out a deal on water sharing.", "Iraq", "Turkey")]
    [InlineData("Iraq and Iran thrashed out an agreement on border security.", "Iraq", "Iran")]
    [InlineData("Turkey and Iraq banged out an accord on the Development Road.", "Turkey", "Iraq")]
    public void A_phrasal_verb_of_negotiation_concludes_an_accord_and_attacks_no_one(string sentence, string one, string other)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.True(PartyToAnAgreement(graph, one), graph.Facts());
        Assert.True(PartyToAnAgreement(graph, other), graph.Facts());
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Attacked.Name);
    }

    [Fact]
    public void The_bare_verb_keeps_its_sense_and_a_phrasal_accord_not_stated_has_no_parties()
    {
        var attack = TestArticles.ExtractBody("Israeli warplanes hammered Hezbollah positions in southern Lebanon.");
        Assert.True(attack.Has(EdgeTypes.Attacked, "Israel", "Hezbollah"), attack.Facts());

        var negated = TestArticles.ExtractBody("Kuwait and Saudi Arabia did not work out a deal on the Neutral Zone oil fields.");
        Assert.False(PartyToAnAgreement(negated, "Kuwait"), negated.Facts());

        var attempted = TestArticles.ExtractBody("Egypt and Sudan are trying to iron out an accord on the dam.");
        Assert.False(PartyToAnAgreement(attempted, "Egypt"), attempted.Facts());
    }

    [Theory]
    [InlineData("Hezbollah, which Germany considers a terrorist organisation, rejected the accusation.", "Germany", "Hezbollah")]
    [InlineData("Hamas, which Britain deems a terrorist group, denied the report.", "United Kingdom", "Hamas")]
    [InlineData("The Houthis, which Washington has designated a terrorist organisation, fired missiles at Eilat.", "United States", "Houthis")]
    [InlineData("The PKK, which Turkey considers a terrorist group, denied involvement.", "Turkey", "Kurdistan Workers' Party")]
    public void A_relative_clause_designates_its_antecedent(string sentence, string accuser, string accused)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.True(graph.Has(EdgeTypes.Accused, accuser, accused), graph.Facts());
    }

    [Fact]
    public void A_negated_designation_in_a_relative_clause_accuses_no_one()
    {
        var graph = TestArticles.ExtractBody("Hamas, which Britain does not deem a terrorist group, denied the report.");
        Assert.False(AnyAccused(graph), graph.Facts());
    }

    [Theory]
    [InlineData("Canada put the Houthis on its list of terrorist entities.", "Canada", "Houthis")]
    [InlineData("Australia added Hezbollah to its register of terrorist organisations.", "Australia", "Hezbollah")]
    [InlineData("Iraq added the PKK to its terror list on Monday.", "Iraq", "Kurdistan Workers' Party")]
    [InlineData("Germany included Hezbollah in its register of banned organisations.", "Germany", "Hezbollah")]
    public void Putting_a_group_on_a_terror_list_designates_it(string sentence, string accuser, string accused)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.True(graph.Has(EdgeTypes.Accused, accuser, accused), graph.Facts());
    }

    [Theory]
    [InlineData("Jordan added Hamas to its list of mediators.")]
    [InlineData("Australia may add Hezbollah to its terror list.")]
    [InlineData("Turkey put pressure on the PKK to lay down arms.")]
    public void A_neutral_list_a_planned_listing_or_pressure_designates_no_one(string sentence)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.False(AnyAccused(graph), graph.Facts());
    }

    [Theory]
    [InlineData("Jordanian Foreign Minister Ayman Safadi deemed the Israeli bombing of Gaza a war crime.", "Ayman Safadi", "Israel")]
    [InlineData("The Egyptian foreign ministry condemned what it described as an Israeli assault on Rafah.", "Ministry of Foreign Affairs of Egypt", "Israel")]
    [InlineData("The Iraqi foreign ministry slammed what it called a reckless bombardment by Turkish warplanes.", "Ministry of Foreign Affairs of Iraq", "Turkey")]
    public void Judging_an_event_or_what_a_speaker_calls_one_accuses_its_agent(string sentence, string accuser, string accused)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.True(HasTo(graph, EdgeTypes.Accused, accuser, accused), graph.Facts());
    }

    [Theory]
    [InlineData("Lebanon holds that Israeli outposts violate its sovereignty.", "Lebanon", "Israel")]
    [InlineData("Cyprus stated that Turkish vessels infringed its waters.", "Cyprus", "Turk")]
    [InlineData("Saudi Foreign Minister Faisal bin Farhan said groups such as the Houthis tried to destabilise the region.", "Faisal bin Farhan", "Houthis")]
    [InlineData("Iraqi Prime Minister Mohammed Shia al-Sudani said groups like Kataib Hezbollah sought to destabilise Iraq.", "Mohammed Shia al-Sudani", "Kataib Hezbollah")]
    public void Wrongdoing_a_speaker_asserts_or_an_attempt_at_it_accuses_the_wrongdoer(string sentence, string accuser, string accused)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.True(HasTo(graph, EdgeTypes.Accused, accuser, accused), graph.Facts());
    }

    [Theory]
    [InlineData("Cyprus stated that Turkish vessels never infringed its waters.")]
    [InlineData("Saudi Foreign Minister Faisal bin Farhan said the Houthis did not try to destabilise the region.")]
    [InlineData("Saudi Foreign Minister Faisal bin Farhan said the Houthis might try to destabilise the region.")]
    [InlineData("Iraqi Foreign Minister Fuad Hussein said the PKK could destabilise the region if talks fail.")]
    public void Denied_or_hypothetical_wrongdoing_accuses_no_one(string sentence)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.False(AnyAccused(graph), graph.Facts());
    }

    [Theory]
    [InlineData("Turkish Defence Minister Yasar Guler condemned militant groups such as the PKK for the attacks.", "Yasar Guler", "Kurdistan Workers' Party")]
    [InlineData("Iraq accused armed factions including Kataib Hezbollah of attacking the embassy.", "Iraq", "Kataib Hezbollah")]
    [InlineData("Turkey has long designated groups like the PKK as terrorist organisations.", "Turkey", "Kurdistan Workers' Party")]
    public void A_class_noun_stands_for_the_members_its_examples_name(string sentence, string accuser, string accused)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.True(graph.Has(EdgeTypes.Accused, accuser, accused), graph.Facts());
    }
}
