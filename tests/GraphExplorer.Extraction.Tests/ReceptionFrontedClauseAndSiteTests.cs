using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Diplomatic constructions the parse used to hide, each on sentences of its own in several wordings: the active reception
/// with its place after the guest ("X received Y in Tehran", "hosted Y at the palace in Amman"), fronted participial and
/// time clauses whose subject the parse swallowed or whose meeting names no owner ("Meeting in Baghdad, A and B agreed",
/// "Speaking after talks with X, Y said", "During his tour of Basra, Y ..."), sharing and exchanging information read as a
/// compound noun, and destinations named by a site noun ("the Rabia crossing", "the crossing" again later). Planned,
/// negated and other people's events add nothing.
/// </summary>
public sealed class ReceptionFrontedClauseAndSiteTests
{
    [Theory]
    [InlineData("Iranian President Masoud Pezeshkian received Iraqi Foreign Minister Fuad Hussein in Tehran on Sunday.", "Masoud Pezeshkian", "Fuad Hussein", "Tehran")]
    [InlineData("Jordan's King Abdullah II hosted Lebanese Prime Minister Nawaf Salam at the royal palace in Amman on Wednesday.", "Abdullah II", "Nawaf Salam", "Amman")]
    [InlineData("Turkish President Recep Tayyip Erdogan welcomed Syrian Foreign Minister Asaad al-Shaibani in Ankara for talks on border security.", "Recep Tayyip Erdogan", "Asaad al-Shaibani", "Ankara")]
    [InlineData("Egyptian President Abdel Fattah al-Sisi hosted Iraqi Prime Minister Mohammed Shia al-Sudani in Cairo on Saturday, the presidency said.", "Abdel Fattah al-Sisi", "Mohammed Shia al-Sudani", "Cairo")]
    public void A_guest_received_with_the_place_after_the_name_visited_it(string text, string host, string guest, string place)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.Has(EdgeTypes.Visited, guest, place), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.MetWith, host, guest) || graph.Has(EdgeTypes.MetWith, guest, host), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.Visited, host, place), graph.Facts());
    }

    [Theory]
    [InlineData("Saudi Crown Prince Mohammed bin Salman will host Iraqi President Abdul Latif Rashid in Riyadh next month.", "Abdul Latif Rashid", "Riyadh")]
    [InlineData("Iraqi President Abdul Latif Rashid did not receive Turkish Foreign Minister Hakan Fidan in Baghdad, his office said.", "Hakan Fidan", "Baghdad")]
    [InlineData("Omani Foreign Minister Badr Albusaidi is expected to welcome Iranian Foreign Minister Abbas Araghchi in Muscat.", "Abbas Araghchi", "Muscat")]
    public void A_planned_or_denied_reception_with_the_place_after_the_name_is_no_visit(string text, string guest, string place)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.False(graph.Has(EdgeTypes.Visited, guest, place), graph.Facts());
    }

    [Theory]
    [InlineData("Meeting in Baghdad on Monday, Iraqi Foreign Minister Fuad Hussein and his Syrian counterpart Asaad al-Shaibani agreed to reopen the border crossing.", "Fuad Hussein", "Asaad al-Shaibani")]
    [InlineData("Speaking after talks with Turkish Foreign Minister Hakan Fidan, Iraqi Foreign Minister Fuad Hussein said water sharing was discussed.", "Fuad Hussein", "Hakan Fidan")]
    [InlineData("Following his talks with Syrian President Ahmed al-Sharaa in Damascus, Lebanese President Joseph Aoun said the border would be demarcated.", "Joseph Aoun", "Ahmed al-Sharaa")]
    [InlineData("During talks with Iraqi Foreign Minister Fuad Hussein, Turkish Foreign Minister Hakan Fidan raised the PKK presence in Sinjar.", "Hakan Fidan", "Fuad Hussein")]
    [InlineData("Talking to reporters after his meeting with Jordanian King Abdullah II, Syrian President Ahmed al-Sharaa praised border cooperation.", "Ahmed al-Sharaa", "Abdullah II")]
    [InlineData("Having met Saudi Foreign Minister Faisal bin Farhan in Riyadh, Iranian Foreign Minister Abbas Araghchi flew to Doha.", "Abbas Araghchi", "Faisal bin Farhan")]
    public void A_fronted_clause_meeting_belongs_to_the_main_clause_subject(string text, string subject, string partner)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.Has(EdgeTypes.MetWith, subject, partner) || graph.Has(EdgeTypes.MetWith, partner, subject), graph.Facts());
    }

    [Theory]
    [InlineData("During his tour of Basra, Iraqi Prime Minister Mohammed Shia al-Sudani inspected the port.", "Mohammed Shia al-Sudani", "Basra")]
    [InlineData("On his first trip to Damascus, Lebanese Prime Minister Nawaf Salam discussed the border with Syrian officials.", "Nawaf Salam", "Damascus")]
    [InlineData("Upon his arrival in Erbil, Iranian Foreign Minister Abbas Araghchi was received by Kurdistan Region President Nechirvan Barzani.", "Abbas Araghchi", "Erbil")]
    public void A_journey_in_a_fronted_phrase_is_the_subjects(string text, string traveller, string place)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.Has(EdgeTypes.Visited, traveller, place), graph.Facts());
    }

    [Fact]
    public void Commenting_on_talks_between_others_is_no_meeting()
    {
        var graph = TestArticles.ExtractBody("Commenting on the talks between Iraq and Turkey, Iranian Foreign Minister Abbas Araghchi said Tehran backed dialogue.");
        Assert.False(graph.Has(EdgeTypes.MetWith, "Abbas Araghchi", "Iraq") || graph.Has(EdgeTypes.MetWith, "Iraq", "Abbas Araghchi"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.MetWith, "Abbas Araghchi", "Turkey") || graph.Has(EdgeTypes.MetWith, "Turkey", "Abbas Araghchi"), graph.Facts());
    }

    [Theory]
    [InlineData("Iraq and Iran share intelligence on smuggling networks along the border, officials said.", "Iraq", "Iran")]
    [InlineData("Iraq's intelligence service shares intelligence with Jordan on Islamic State cells.", "Iraq", "Jordan")]
    [InlineData("Intelligence sharing between Iraq and Syria has expanded since January.", "Iraq", "Syria")]
    [InlineData("Kuwait and Iraq exchange information on smugglers, the Kuwaiti interior ministry said.", "Kuwait", "Iraq")]
    [InlineData("Information exchange between Jordan and Iraq has improved, officials said.", "Jordan", "Iraq")]
    [InlineData("Turkey and Iraq regularly share information about PKK movements in the mountains.", "Turkey", "Iraq")]
    public void Sharing_or_exchanging_information_is_cooperation(string text, string a, string b)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.Has(EdgeTypes.CooperatesWith, a, b) || graph.Has(EdgeTypes.CooperatesWith, b, a), graph.Facts());
    }

    [Theory]
    [InlineData("Iraq and Syria do not share intelligence on the camps, a source said.", "Iraq", "Syria")]
    [InlineData("Iraq and Syria could share intelligence if relations improve, analysts said.", "Iraq", "Syria")]
    [InlineData("Iraq and Iran should share intelligence on smuggling, the lawmaker said.", "Iraq", "Iran")]
    [InlineData("Turkey and Syria share a long border.", "Turkey", "Syria")]
    public void Sharing_denied_wished_or_of_a_border_is_no_cooperation(string text, string a, string b)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.False(graph.Has(EdgeTypes.CooperatesWith, a, b) || graph.Has(EdgeTypes.CooperatesWith, b, a), graph.Facts());
    }

    [Theory]
    [InlineData("Iraqi Interior Minister Abdul Amir al-Shammari travelled to the Rabia crossing on the Syrian border on Monday.", "Abdul Amir al-Shammari", "Rabia")]
    [InlineData("Iraqi Prime Minister Mohammed Shia al-Sudani visited the Mosul Dam on Thursday.", "Mohammed Shia al-Sudani", "Mosul")]
    [InlineData("Kurdistan Region Prime Minister Masrour Barzani travelled to Duhok on Friday. He later toured the Sinjar checkpoint with police officials.", "Masrour Barzani", "Sinjar")]
    [InlineData("UN envoy Mohamed al-Hassan inspected the docks of Umm Qasr on Tuesday.", "Mohamed al-Hassan", "Umm Qasr")]
    public void A_site_named_after_a_place_is_the_destination(string text, string traveller, string place)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.Has(EdgeTypes.Visited, traveller, place), graph.Facts());
    }

    [Fact]
    public void A_definite_site_noun_refers_to_the_site_named_before()
    {
        var graph = TestArticles.ExtractBody("Iraqi Interior Minister Abdul Amir al-Shammari travelled to Mosul on Monday. "
            + "Officials said the Rabia crossing had reopened after a week. Shammari visited the crossing on Tuesday and inspected new scanners.");
        Assert.True(graph.Has(EdgeTypes.Visited, "Abdul Amir al-Shammari", "Rabia"), graph.Facts());
    }

    [Fact]
    public void A_definite_site_noun_no_one_named_is_no_destination()
    {
        var graph = TestArticles.ExtractBody("Iraqi Interior Minister Abdul Amir al-Shammari travelled to Mosul on Monday. Shammari visited the camp on Tuesday.");
        Assert.True(graph.Has(EdgeTypes.Visited, "Abdul Amir al-Shammari", "Mosul"), graph.Facts());
        Assert.Equal(1, graph.Relationships.Count(r => r.Type == EdgeTypes.Visited.Name));
    }

    [Theory]
    [InlineData("Jordanian and Syrian officials liaise closely on drug smuggling across the frontier.", "Jordan", "Syria")]
    [InlineData("Turkish and Iraqi ministers swapped intelligence on PKK cells.", "Turkey", "Iraq")]
    [InlineData("Iraqi forces, in coordination with the Syrian army, dismantled a smuggling ring near Al-Qaim.", "Iraqi Armed Forces", "Syrian Arab Army")]
    public void Liaising_swapping_intelligence_and_acting_in_coordination_are_cooperation(string text, string a, string b)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.Has(EdgeTypes.CooperatesWith, a, b) || graph.Has(EdgeTypes.CooperatesWith, b, a), graph.Facts());
    }

    [Theory]
    [InlineData("Iraqi President Abdul Latif Rashid set foot in Damascus for the first time on Sunday.", "Abdul Latif Rashid", "Damascus")]
    [InlineData("Iraqi Prime Minister Mohammed Shia al-Sudani disembarked in Basra on Monday.", "Mohammed Shia al-Sudani", "Basra")]
    public void Setting_foot_in_or_disembarking_in_a_place_is_a_visit(string text, string traveller, string place)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.Has(EdgeTypes.Visited, traveller, place), graph.Facts());
    }

    [Theory]
    [InlineData("A Lebanese mission headed by Deputy Prime Minister Tarek Mitri held talks with Syrian Foreign Minister Asaad al-Shaibani in Damascus.", "Tarek Mitri", "Asaad al-Shaibani")]
    [InlineData("A Turkish delegation steered by Deputy Foreign Minister Nuh Yilmaz met Iraqi Foreign Minister Fuad Hussein in Baghdad.", "Nuh Yilmaz", "Fuad Hussein")]
    public void The_leader_of_a_mission_or_delegation_takes_part_in_its_talks(string text, string leader, string other)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.Has(EdgeTypes.MetWith, leader, other) || graph.Has(EdgeTypes.MetWith, other, leader), graph.Facts());
    }

    [Theory]
    [InlineData("Iraq and Syria signed an agreement on the management of the Al-Qaim crossing on Monday.", "Al-Qaim")]
    [InlineData("Jordan and Syria signed a security agreement on Sunday. The agreement provides for joint patrols near Daraa.", "Daraa")]
    [InlineData("Iraq and Turkey signed a security memorandum in Ankara. The memorandum governs traffic through Zakho.", "Zakho")]
    public void What_an_agreement_is_about_is_read_inside_its_phrase_or_a_later_stipulation(string text, string subject)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.Contains(graph.Relationships, r => r.Type == EdgeTypes.Concerns.Name && graph.Entities.Any(e => e.Id == r.TargetId && e.Name.Contains(subject, StringComparison.Ordinal)));
    }

    [Fact]
    public void Where_an_agreement_was_signed_is_not_what_it_is_about()
    {
        var graph = TestArticles.ExtractBody("Iraq and Syria signed an agreement on customs procedures in Baghdad on Monday.");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Concerns.Name && graph.Entities.Any(e => e.Id == r.TargetId && e.Name == "Baghdad"));
    }

    [Theory]
    [InlineData("Iraqi Foreign Minister Fuad Hussein met Iranian Foreign Minister Abbas Araghchi in Tehran. Iraqi National Security Adviser Qasim al-Araji sat in on the talks.", "Qasim al-Araji", "Fuad Hussein", "Abbas Araghchi")]
    [InlineData("Turkish Foreign Minister Hakan Fidan held talks with Syrian President Ahmed al-Sharaa in Damascus. Defence Minister Yasar Guler and intelligence chief Ibrahim Kalin took part in the meeting.", "Yasar Guler", "Hakan Fidan", "Ahmed al-Sharaa")]
    [InlineData("Turkish Foreign Minister Hakan Fidan held talks with Syrian President Ahmed al-Sharaa in Damascus. Defence Minister Yasar Guler and intelligence chief Ibrahim Kalin took part in the meeting.", "Ibrahim Kalin", "Hakan Fidan", "Ahmed al-Sharaa")]
    public void Who_sat_in_on_or_took_part_in_the_talks_met_their_participants(string text, string joiner, string first, string second)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.Has(EdgeTypes.MetWith, joiner, first) || graph.Has(EdgeTypes.MetWith, first, joiner), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.MetWith, joiner, second) || graph.Has(EdgeTypes.MetWith, second, joiner), graph.Facts());
    }

    [Fact]
    public void Who_did_not_sit_in_on_the_talks_met_no_one()
    {
        var graph = TestArticles.ExtractBody("Iraqi Foreign Minister Fuad Hussein met Iranian Foreign Minister Abbas Araghchi in Tehran. Iraqi National Security Adviser Qasim al-Araji did not sit in on the talks.");
        Assert.False(graph.Has(EdgeTypes.MetWith, "Qasim al-Araji", "Abbas Araghchi") || graph.Has(EdgeTypes.MetWith, "Abbas Araghchi", "Qasim al-Araji"), graph.Facts());
    }
}
