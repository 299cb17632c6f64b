using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Verb triggers beyond the basic lexicon (the WordNet-derived rows of triggers.tsv: meeting, attacking by firing at
/// places an actor holds, accusing), verb phrases coordinated under one subject, lists of bodies, and a pronoun subject
/// with a class-noun anaphor ("the militia", "the faction") for a group named a sentence or two before. Each construction
/// is tested on sentences of its own in several wordings, with the negated, planned and merely mentioned cases that must
/// not yield the fact.
/// </summary>
public sealed class VerbTriggerCoordinationAnaphoraTests
{
    [Theory]
    [InlineData("Qatari envoy Faisal Rumaihi huddled with Iraqi National Security Adviser Qassim Bayati in Doha on Monday.", "Faisal Rumaihi", "Qassim Bayati")]
    [InlineData("Turkish Interior Minister Kemal Ozturan parleyed with Syrian Defence Minister Murhaf Qasim near the Bab al-Salama crossing.", "Kemal Ozturan", "Murhaf Qasim")]
    [InlineData("Jordanian Foreign Minister Ayman Tarawneh was closeted with Iraqi Deputy Prime Minister Farhad Jaff for two hours.", "Ayman Tarawneh", "Farhad Jaff")]
    [InlineData("Iranian envoy Kazem Nouri consulted with Kurdistan Region President Nechirvan Barzani in Erbil on Thursday.", "Kazem Nouri", "Nechirvan Barzani")]
    [InlineData("Iraqi Oil Minister Hayan Rubaie dined with Turkish Energy Minister Selim Karaca in Istanbul.", "Hayan Rubaie", "Selim Karaca")]
    [InlineData("Syrian envoy Ghassan Bitar conversed with Lebanese Speaker Nabil Haddad at the parliament in Beirut.", "Ghassan Bitar", "Nabil Haddad")]
    [InlineData("Speaking in Amman, Syrian Foreign Minister Hussam Kabbara said he had rendezvoused with Jordanian intelligence chief Bassam Qudah.", "Hussam Kabbara", "Bassam Qudah")]
    public void An_uncommon_meeting_verb_states_a_meeting(string sentence, string a, string b)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.True(graph.Has(EdgeTypes.MetWith, a, b), graph.Facts());
    }

    [Theory]
    [InlineData("Iraqi Foreign Minister Salam Jabouri is expected to huddle with Iranian Foreign Minister Reza Kamali next week.", "Salam Jabouri", "Reza Kamali")]
    [InlineData("Kurdish lawmaker Shwan Rasul did not confer with Turkish diplomat Omer Baysal during the visit.", "Shwan Rasul", "Omer Baysal")]
    [InlineData("Lebanese Prime Minister Karim Haddad called on Iranian envoy Mojtaba Sadri to end the interference.", "Karim Haddad", "Mojtaba Sadri")]
    [InlineData("Omani envoy Said Harthi refused to parley with Yemeni commander Abdullah Hakim.", "Said Harthi", "Abdullah Hakim")]
    public void A_planned_negated_or_demanded_meeting_is_no_meeting(string sentence, string a, string b)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.False(graph.Has(EdgeTypes.MetWith, a, b), graph.Facts());
    }

    [Theory]
    [InlineData("Iran rained rockets on positions held by the Zagros Free Brigade near Piranshahr.", "Iran", "Zagros Free Brigade")]
    [InlineData("Turkey hurled shells at bunkers manned by the Hakurk Youth Brigade overnight.", "Turkey", "Hakurk Youth Brigade")]
    [InlineData("Iraqi jets dropped bombs on caves used by the Mutaibija Battalion in Salahuddin.", "Iraq", "Mutaibija Battalion")]
    [InlineData("Syrian government artillery hammered villages occupied by the Euphrates Free Army on Tuesday.", "Syria", "Euphrates Free Army")]
    [InlineData("Turkish howitzers pummelled outposts controlled by the Sinjar Defence Units near Khanasor.", "Turkey", "Sinjar Defence Units")]
    [InlineData("Iraqi helicopters strafed hideouts used by the Hamrin Wolves Brigade in Diyala.", "Iraq", "Hamrin Wolves Brigade")]
    public void Firing_at_places_an_armed_group_holds_attacks_the_group(string sentence, string attacker, string group)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.True(graph.Has(EdgeTypes.Attacked, attacker, group), graph.Facts());
    }

    [Theory]
    [InlineData("Iran threatened to fire missiles at camps used by the Komala Guard Brigade near Koya.", "Iran", "Komala Guard Brigade")]
    [InlineData("Turkey did not shell positions held by the Qandil Free Brigade last week.", "Turkey", "Qandil Free Brigade")]
    [InlineData("Iraq dropped its objection to talks with the Hamrin Valley Brigade.", "Iraq", "Hamrin Valley Brigade")]
    public void Threatened_negated_or_non_projectile_firing_is_no_attack(string sentence, string attacker, string group)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.False(graph.Has(EdgeTypes.Attacked, attacker, group), graph.Facts());
    }

    [Theory]
    [InlineData("Iraqi Interior Minister Abbas Sattar faulted Syria for the surge in smuggling and chastised Turkey over its water cuts.", "Abbas Sattar", "Turkey")]
    [InlineData("Lebanese Prime Minister Rami Jaoudeh held Israel responsible for the strikes, then denounced Iran for dragging Lebanon into war.", "Rami Jaoudeh", "Iran")]
    [InlineData("Pakistani Foreign Minister Shahid Laghari accused Afghanistan of harbouring militants, and in the same breath castigated Iran for its mass deportations.", "Shahid Laghari", "Iran")]
    [InlineData("Iranian Foreign Minister Reza Kamali faulted Azerbaijan for the border closure and excoriated Israel over the spy network.", "Reza Kamali", "Israel")]
    public void A_second_coordinated_accusation_keeps_the_subject(string sentence, string accuser, string accused)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.True(graph.Has(EdgeTypes.Accused, accuser, accused), graph.Facts());
    }

    [Fact]
    public void Coordinated_verb_phrases_share_the_subject_across_edge_types()
    {
        var graph = TestArticles.ExtractBody("Iraqi Foreign Minister Hadi Rikabi met Jordanian envoy Samir Majali in Baghdad, denounced Turkey over the water cuts and later visited Basra.");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Hadi Rikabi", "Samir Majali"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Accused, "Hadi Rikabi", "Turkey"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Visited, "Hadi Rikabi", "Basra"), graph.Facts());

        var refused = TestArticles.ExtractBody("Jordanian Interior Minister Mazen Faraya met Syrian Interior Minister Anas Khattab in Amman but refused to blame Iraq for the smuggling.");
        Assert.True(refused.Has(EdgeTypes.MetWith, "Mazen Faraya", "Anas Khattab"), refused.Facts());
        Assert.False(refused.Has(EdgeTypes.Accused, "Mazen Faraya", "Iraq"), refused.Facts());
    }

    [Theory]
    [InlineData("Iraqi governor Badr Jubouri berated Iran for the water cuts.", "Badr Jubouri", "Iran")]
    [InlineData("Kurdish minister Rebwar Salih upbraided Turkey over the drone strikes.", "Rebwar Salih", "Turkey")]
    [InlineData("Syrian envoy Ghassan Bitar castigated Israel for the raids on Masyaf.", "Ghassan Bitar", "Israel")]
    public void An_uncommon_reproach_verb_accuses(string sentence, string accuser, string accused)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.True(graph.Has(EdgeTypes.Accused, accuser, accused), graph.Facts());

        var refused = TestArticles.ExtractBody(sentence.Replace(accuser + " ", accuser + " did not ", StringComparison.Ordinal).Replace("berated", "berate", StringComparison.Ordinal)
            .Replace("upbraided", "upbraid", StringComparison.Ordinal).Replace("castigated", "castigate", StringComparison.Ordinal));
        Assert.False(refused.Has(EdgeTypes.Accused, accuser, accused), refused.Facts());
    }

    [Theory]
    [InlineData("Iraqi army spokesman Yahya Kadhimi briefed reporters after the Valley Hawks Brigade ambushed a convoy near Tuz Khurmatu. He accused the militia of smuggling weapons.", "Yahya Kadhimi", "Valley Hawks Brigade")]
    [InlineData("The Black Flag Battalion claimed the bombing in Tikrit. Iraqi governor Badr Jubouri visited the wounded on Sunday. He later blamed the militia for the deaths.", "Badr Jubouri", "Black Flag Battalion")]
    [InlineData("Kurdish lawmaker Runak Baban visited Erbil after the Black Banner Brigades struck a checkpoint at Gwer. She denounced the faction as a tool of foreign intelligence.", "Runak Baban", "Black Banner Brigades")]
    [InlineData("Syrian minister Nour Attar said the Eastern Desert Brigade had shelled Mayadin. She condemned the group for targeting civilians.", "Nour Attar", "Eastern Desert Brigade")]
    [InlineData("After the Free Zagros Movement kidnapped two engineers, Iranian governor Hamid Karimi held a press conference. He denounced the outfit as a criminal gang.", "Hamid Karimi", "Free Zagros Movement")]
    public void A_pronoun_subject_accuses_the_armed_group_a_class_noun_refers_to(string text, string accuser, string group)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.Has(EdgeTypes.Accused, accuser, group), graph.Facts());
    }

    [Fact]
    public void A_negated_accusation_through_a_class_noun_is_none()
    {
        var graph = TestArticles.ExtractBody("Iraqi army spokesman Ali Musawi briefed reporters after the Valley Hawks Brigade raided a police post. He did not blame the militia for the blast.");
        Assert.False(graph.Has(EdgeTypes.Accused, "Ali Musawi", "Valley Hawks Brigade"), graph.Facts());
    }

    [Theory]
    [InlineData("Turkish jets bombed the Zagros Defence Units (ZDU), the Qandil Martyrs Battalion (QMB), and the Free Mountain Committees near the border.", "Turkey", "Free Mountain Committees")]
    [InlineData("Iran shelled the Sardasht Youth Front (SYF) and the Komar Brotherhood on Monday.", "Iran", "Komar Brotherhood")]
    [InlineData("Jordan bombed the Southern Hawks Network (SHN) and the Yarmouk Smugglers, two gangs that run captagon across the border.", "Jordan", "Yarmouk Smugglers")]
    public void The_last_member_of_a_list_of_bodies_is_a_body(string sentence, string attacker, string last)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.True(graph.Find(NodeLabels.Organization, last) is not null, graph.Names());
        Assert.True(graph.Has(EdgeTypes.Attacked, attacker, last), graph.Facts());
    }

    [Fact]
    public void A_list_after_persons_stays_a_list_of_persons()
    {
        var graph = TestArticles.ExtractBody("Iraqi Prime Minister Hamid Saadi met Kurdish leaders Aso Twana and Rebwar Abdi in Erbil.");
        Assert.Null(graph.Find(NodeLabels.Organization, "Rebwar Abdi"));
    }

    [Fact]
    public void A_place_after_a_locative_continues_its_list_not_the_target()
    {
        var graph = TestArticles.ExtractBody("Turkey carried out air operations on Monday, destroying 31 targets affiliated with the PKK in northern Iraq and Syria.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Turkey", "PKK"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.Attacked, "Turkey", "Syria"), graph.Facts());
    }

    [Theory]
    [InlineData("Iraqi Defence Minister Karim Nouri said that the Zagros Front \"continues to plot attacks\" from the mountains.", "Karim Nouri", "Zagros Front")]
    [InlineData("Kurdish security official Aras Barzinji said the Hamrin Brigade was plotting attacks on Kirkuk.", "Aras Barzinji", "Hamrin Brigade")]
    public void Plotting_attacks_in_a_reported_clause_accuses_the_plotter(string sentence, string speaker, string plotter)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.True(graph.Has(EdgeTypes.Accused, speaker, plotter), graph.Facts());
    }

    [Fact]
    public void A_denied_plot_accuses_no_one()
    {
        var graph = TestArticles.ExtractBody("Iraqi Defence Minister Karim Nouri denied that the Zagros Front continues to plot attacks.");
        Assert.False(graph.Has(EdgeTypes.Accused, "Karim Nouri", "Zagros Front"), graph.Facts());
    }

    [Fact]
    public void A_demonym_before_a_listed_body_names_the_body_not_its_state()
    {
        var graph = TestArticles.ExtractBody("US jets bombed sites in Syria used by Iraqi militias and the Iranian Revolutionary Guard on Friday.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "United States", "Islamic Revolutionary Guard Corps"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.Attacked, "United States", "Iran"), graph.Facts());
    }
}
