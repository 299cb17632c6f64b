using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

public sealed class RelationTests
{
    private static ArticleGraph Extract(string body, string dateLine = "• Thursday, 14 March 2024") =>
        TestArticles.Extract($"{dateLine}\n\nHeadline\n\n{body}\n");

    [Theory]
    [InlineData("Jordanian Foreign Minister Ayman Safadi met with Lebanese Prime Minister Najib Mikati in Amman on Monday.")]
    [InlineData("Jordanian Foreign Minister Ayman Safadi held a lengthy meeting with Lebanese Prime Minister Najib Mikati in Amman on Monday.")]
    [InlineData("Jordanian Foreign Minister Ayman Safadi and Lebanese Prime Minister Najib Mikati convened in Amman on Monday.")]
    [InlineData("Jordanian Foreign Minister Ayman Safadi received Lebanese Prime Minister Najib Mikati in Amman on Monday.")]
    public void Meetings_are_found_with_place_and_date(string sentence)
    {
        var graph = Extract(sentence);
        var met = graph.Relation(EdgeTypes.MetWith, "Ayman Safadi", "Najib Mikati");
        Assert.NotNull(met);
        Assert.Equal(graph.Find(NodeLabels.Place, "Amman")!.Id, met.PlaceId);
        Assert.Equal(new DateOnly(2024, 3, 11), met.Date);
        Assert.Equal(sentence, Assert.Single(met.Evidence).Sentence);
    }

    [Fact]
    public void Evidence_offsets_point_at_the_sentence_in_the_article_text()
    {
        var graph = Extract("Quiet returned to the city. Jordanian Foreign Minister Ayman Safadi met with Lebanese Prime Minister Najib Mikati on Monday.");
        var evidence = graph.Relation(EdgeTypes.MetWith, "Ayman Safadi", "Najib Mikati")!.Evidence[0];
        Assert.Equal(evidence.Sentence, graph.Article.Text[evidence.Start..evidence.End]);
        Assert.Equal("test_article", evidence.ArticleId);
    }

    [Fact]
    public void Both_signers_sign_and_states_are_parties()
    {
        var graph = Extract("Egypt and Sudan signed a water sharing agreement on Sunday. Egyptian Prime Minister Mostafa Madbouly signed the agreement with Sudan's Prime Minister Kamil Idris in Cairo.");
        Assert.True(graph.Has(EdgeTypes.Signed, "Mostafa Madbouly", "Egypt–Sudan water sharing agreement"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Signed, "Kamil Idris", "Egypt–Sudan water sharing agreement"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Egypt", "Egypt–Sudan water sharing agreement"));
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Sudan", "Egypt–Sudan water sharing agreement"));
    }

    [Fact]
    public void An_agreement_between_two_bodies_makes_both_parties_and_concerns_its_place()
    {
        var graph = Extract("Calm returned after a March 2 agreement between the Ministry of Water Resources and the Dohuk Farmers Union, aimed at sharing water in Zakho.");
        var agreement = graph.Entities.Single(e => e.Label == NodeLabels.Agreement);
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Ministry of Water Resources", agreement.Name), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Dohuk Farmers Union", agreement.Name));
        Assert.True(graph.Has(EdgeTypes.Concerns, agreement.Name, "Zakho"));
        Assert.Contains("March 2 agreement", agreement.Aliases);
        Assert.Equal(new DateOnly(2024, 3, 2), graph.Relation(EdgeTypes.PartyTo, "Dohuk Farmers Union", agreement.Name)!.Date);
    }

    [Fact]
    public void An_agreement_aimed_at_a_border_concerns_the_border()
    {
        var graph = Extract("Jordan and Syria signed a security agreement, a move officials said was aimed at calming the Jordanian-Syrian border.");
        Assert.True(graph.Has(EdgeTypes.Concerns, "Jordan–Syria security agreement", "Jordan–Syria border"), graph.Facts());
    }

    [Fact]
    public void Accusations_carry_the_allegation()
    {
        var graph = Extract("Turkey accused the Kurdistan Workers' Party of smuggling explosives across the mountains.");
        var accused = graph.Relation(EdgeTypes.Accused, "Turkey", "Kurdistan Workers' Party");
        Assert.NotNull(accused);
        Assert.Equal("smuggling explosives across the mountains", accused.Allegation);
    }

    [Fact]
    public void Accusing_them_of_points_back_at_the_group_just_named()
    {
        var graph = Extract("The Turkish Armed Forces launched air strikes against the People's Protection Units in northern Syria, accusing them of planning attacks.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Turkish Armed Forces", "People's Protection Units"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Accused, "Turkish Armed Forces", "People's Protection Units"), graph.Facts());
        Assert.Equal("planning attacks", graph.Relation(EdgeTypes.Accused, "Turkish Armed Forces", "People's Protection Units")!.Allegation);
    }

    [Fact]
    public void A_relative_clause_accusation_points_at_its_antecedent()
    {
        var graph = Extract("The camps host Houthi rebels, which Saudi Arabia has accused of firing missiles at its cities.");
        Assert.True(graph.Has(EdgeTypes.Accused, "Saudi Arabia", "Houthis"), graph.Facts());
    }

    [Fact]
    public void Demonym_strikes_attack_every_target_named()
    {
        var graph = Extract("The valley saw Turkish air strikes against Syrian targets, such as People's Protection Units commanders.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Turkey", "People's Protection Units"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Attacked, "Turkey", "Syria"), graph.Facts());
    }

    [Fact]
    public void Coordinated_subjects_that_displaced_a_group_attacked_it()
    {
        var graph = Extract("In 2019 Syrian forces and Russian-backed militias of the Wagner Group displaced the Syrian Democratic Forces from Manbij.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Syrian Arab Army", "Syrian Democratic Forces"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Attacked, "Wagner Group", "Syrian Democratic Forces"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.BackedBy, "Wagner Group", "Russia"), graph.Facts());
    }

    [Fact]
    public void Exchanging_fire_is_fighting_with_the_date_resolved()
    {
        var graph = Extract("Tension rose after the Feb. 20 clash, when Syrian forces and the People's Protection Units exchanged fire in Deir ez-Zor.");
        var fought = graph.Relation(EdgeTypes.Fought, "Syrian Arab Army", "People's Protection Units");
        Assert.NotNull(fought);
        Assert.Equal(new DateOnly(2024, 2, 20), fought.Date);
        Assert.Equal(graph.Find(NodeLabels.Place, "Deir ez-Zor")!.Id, fought.PlaceId);
    }

    [Fact]
    public void Visits_reach_every_destination_listed()
    {
        var graph = Extract("Egyptian Foreign Minister Badr Abdelatty made a visit to Saudi Arabia, Jeddah, on Tuesday. A week earlier Abdelatty arrived in Muscat.");
        Assert.True(graph.Has(EdgeTypes.Visited, "Badr Abdelatty", "Jeddah"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Visited, "Badr Abdelatty", "Saudi Arabia"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Visited, "Badr Abdelatty", "Muscat"), graph.Facts());
    }

    [Fact]
    public void A_possessive_trip_is_a_visit()
    {
        var graph = Extract("Egyptian Foreign Minister Badr Abdelatty spoke in Cairo. “Abdelatty's trip to Jordan was planned for weeks,” an aide said.");
        Assert.True(graph.Has(EdgeTypes.Visited, "Badr Abdelatty", "Jordan"), graph.Facts());
    }

    [Theory]
    [InlineData("Jordanian Prime Minister Jafar Hassan spoke on Monday.", "Jafar Hassan", "Jordan", "Prime Minister")]
    [InlineData("Jordan's national security adviser Jafar Hassan spoke on Monday.", "Jafar Hassan", "Jordan", "national security adviser")]
    [InlineData("Jafar Hassan, head of the Amman Water Authority, spoke on Monday.", "Jafar Hassan", "Amman Water Authority", "head")]
    [InlineData("Secretary of the Arab League Jafar Hassan spoke on Monday.", "Jafar Hassan", "Arab League", "Secretary")]
    [InlineData("Kurdistan Region Prime Minister Jafar Hassan spoke on Monday.", "Jafar Hassan", "Kurdistan Regional Government", "Prime Minister")]
    [InlineData("Jafar Hassan, the Lebanese Foreign Minister, spoke on Monday.", "Jafar Hassan", "Lebanon", "Foreign Minister")]
    public void Titles_give_roles_in_the_body_they_name(string sentence, string person, string office, string title)
    {
        var graph = Extract(sentence);
        var role = graph.Relation(EdgeTypes.HoldsRole, person, office);
        Assert.True(role is not null, graph.Facts());
        Assert.Equal(title, role.Title, ignoreCase: true);
    }

    [Fact]
    public void A_bare_military_rank_names_the_forces_of_the_article_state()
    {
        var graph = Extract("Syria reinforced its positions. Brigadier General Hassan Mahfouz said the crossing at Kasab was calm. Syria denied the report.");
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Hassan Mahfouz", "Syrian Arab Army"), graph.Facts());
    }

    [Fact]
    public void Backed_by_phrases_link_group_and_backer()
    {
        var graph = Extract("The Houthis, backed by Iran, fired drones at ships. Turkish-backed Syrian National Army fighters entered the town.");
        Assert.True(graph.Has(EdgeTypes.BackedBy, "Houthis", "Iran"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.BackedBy, "Syrian National Army", "Turkey"), graph.Facts());
    }

    [Fact]
    public void A_backed_adjective_does_not_reach_across_a_conjunction()
    {
        var graph = Extract("Tension grew between Turkish-backed groups and Russia.");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.BackedBy.Name);
    }

    [Fact]
    public void Cooperation_with_we_and_this_group_uses_the_speaker_and_the_group_named_before()
    {
        var graph = Extract("“Near the river, the Syrian Democratic Forces hold the bank. We coordinate with this group every week,” the Iraqi commander said.");
        Assert.True(graph.Has(EdgeTypes.CooperatesWith, "Iraqi Armed Forces", "Syrian Democratic Forces"), graph.Facts());
    }

    [Fact]
    public void Direct_cooperation_is_found()
    {
        var graph = Extract("The Jordanian Armed Forces coordinate with the Syrian Arab Army on the southern crossings.");
        Assert.True(graph.Has(EdgeTypes.CooperatesWith, "Jordanian Armed Forces", "Syrian Arab Army"), graph.Facts());
    }

    [Fact]
    public void Relationship_endpoints_respect_the_edge_types_and_symmetric_ones_are_ordered()
    {
        var graph = Extract("Jordanian Foreign Minister Ayman Safadi met with Lebanese Prime Minister Najib Mikati in Amman. Safadi visited Beirut.");
        var labels = graph.Entities.ToDictionary(e => e.Id, e => e.Label);
        foreach (var r in graph.Relationships)
        {
            Assert.True(EdgeTypes.Get(r.Type).Allows(labels[r.SourceId], labels[r.TargetId]), r.Key);
            Assert.InRange(r.Confidence, 0, 1);
            Assert.Equal(r, r.Canonical());
        }
    }

    [Fact]
    public void Extraction_is_deterministic()
    {
        const string body = "Jordanian Foreign Minister Ayman Safadi met with Lebanese Prime Minister Najib Mikati in Amman. Egypt and Sudan signed a water agreement.";
        var a = Extract(body);
        var b = Extract(body);
        Assert.Equal(a.Entities, b.Entities);
        Assert.Equal(a.Relationships, b.Relationships);
    }
}
