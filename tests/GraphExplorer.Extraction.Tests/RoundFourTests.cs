using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>Rules added in the fourth generalization round: agreements named by purpose, acronym definitions, particles.</summary>
public sealed class RoundFourTests
{
    private static ArticleGraph Extract(string body) =>
        TestArticles.Extract($"• Wednesday, 8 May 2024\n\nHeadline\n\n{body}\n");

    [Fact]
    public void An_agreement_named_only_by_its_purpose_is_named_from_the_purpose_and_its_parties()
    {
        var graph = Extract("Turkey and Syria reached an agreement to restart electricity supplies through the northern grid.");
        var agreement = Assert.Single(graph.Entities, e => e.Label == NodeLabels.Agreement);
        Assert.Equal("Syria–Turkey electricity supply agreement", agreement.Name);
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Turkey", agreement.Name), graph.Facts());
    }

    [Fact]
    public void A_party_written_as_an_acronym_gives_the_agreement_a_short_alias()
    {
        var graph = Extract("Baghdad officials said the Iraqi government and the KRG signed an agreement to share customs revenues on Monday.");
        var agreement = Assert.Single(graph.Entities, e => e.Label == NodeLabels.Agreement);
        Assert.Contains("Iraq–KRG customs revenue agreement", agreement.Aliases);
    }

    [Fact]
    public void An_unknown_organization_defined_by_its_acronym_is_recognized_whole()
    {
        var graph = Extract("Kuwaiti engineers will work with the General Company for Ports of Iraq (GCPI) on the new terminal. GCPI said the work starts in June.");
        var company = graph.Find(NodeLabels.Organization, "General Company for Ports of Iraq");
        Assert.NotNull(company);
        Assert.Contains("GCPI", company.Aliases);
        Assert.DoesNotContain(graph.Relationships, r => r.SourceId == graph.Find(NodeLabels.Country, "Iraq")?.Id || r.TargetId == graph.Find(NodeLabels.Country, "Iraq")?.Id);
    }

    [Fact]
    public void Capitalized_words_without_an_organization_head_are_not_defined_by_a_parenthesis()
    {
        var graph = Extract("Officials from Basra and Maysan (BM) met in Baghdad on Monday.");
        Assert.DoesNotContain(graph.Entities, e => e.Name.Contains("Maysan", StringComparison.Ordinal) && e.Label == NodeLabels.Organization);
    }

    [Fact]
    public void A_weekday_between_the_agreement_and_its_purpose_is_skipped()
    {
        var graph = Extract("Jordan and Syria signed an agreement on Sunday to reopen border crossings.");
        var agreement = Assert.Single(graph.Entities, e => e.Label == NodeLabels.Agreement);
        Assert.Equal("Jordan–Syria border crossing agreement", agreement.Name);
    }

    [Fact]
    public void A_persian_linking_particle_keeps_the_name_whole()
    {
        var graph = Extract("Iranian envoy Hamid Al-e Mousavi met Iraqi Foreign Minister Fuad Hussein in Baghdad on Monday.");
        Assert.NotNull(graph.Find(NodeLabels.Person, "Hamid Al-e Mousavi"));
        Assert.DoesNotContain(graph.Entities, e => e.Name == "Hamid Al");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Hamid Al-e Mousavi", "Fuad Hussein") || graph.Has(EdgeTypes.MetWith, "Fuad Hussein", "Hamid Al-e Mousavi"), graph.Facts());
    }

    [Fact]
    public void A_rank_word_opening_a_body_name_stays_in_the_name()
    {
        var graph = Extract("The General Directorate of Civil Defence said fires broke out near Kirkuk. Major General Saad Kadhim inspected the site.");
        Assert.NotNull(graph.Find(NodeLabels.Organization, "General Directorate of Civil Defence"));
        Assert.DoesNotContain(graph.Entities, e => e.Name == "Directorate of Civil Defence");
        Assert.NotNull(graph.Find(NodeLabels.Person, "Saad Kadhim"));
    }

    [Fact]
    public void A_border_word_inside_a_body_name_makes_no_border()
    {
        var graph = Extract("The Syrian Border Police arrested four smugglers near Albu Kamal. Smugglers crossed the Iraq-Syria border at night.");
        var border = Assert.Single(graph.Entities, e => e.Label == NodeLabels.Border);
        Assert.DoesNotContain("Syrian Border", border.Aliases);
    }

    [Fact]
    public void A_politburo_member_with_a_kurdish_given_name_holds_a_role_in_the_party()
    {
        var graph = Extract("PUK politburo member Kawa Ahmadi blamed the KDP for the delay of the budget.");
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Kawa Ahmadi", "PUK"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Accused, "Kawa Ahmadi", "KDP"), graph.Facts());
    }

    [Fact]
    public void Every_state_of_a_listed_subject_is_party_and_a_named_subject_names_the_accord()
    {
        var graph = Extract("Jordan, Egypt, Iraq and Kuwait signed a memorandum of understanding on the Levant Gas Pipeline project on Thursday.");
        var agreement = Assert.Single(graph.Entities, e => e.Label == NodeLabels.Agreement);
        Assert.Contains("Levant Gas Pipeline memorandum of understanding", agreement.Aliases);
        foreach (var state in new[] { "Jordan", "Egypt", "Iraq", "Kuwait" })
        {
            Assert.True(graph.Has(EdgeTypes.PartyTo, state, agreement.Name), graph.Facts());
        }
    }

    [Fact]
    public void A_described_agreement_before_any_defined_one_is_an_accord_of_its_own()
    {
        var graph = Extract("The two ministers signed a long-term cooperation agreement on electricity trade. Later, Jordan and Iraq signed a memorandum of understanding on the Basra Aqaba Pipeline project.");
        Assert.Equal(2, graph.Entities.Count(e => e.Label == NodeLabels.Agreement));
    }

    [Fact]
    public void A_body_that_reached_an_accord_is_a_party_but_not_a_signer()
    {
        var graph = Extract("The Kurdistan Democratic Party and the Patriotic Union of Kurdistan reached an agreement on power sharing on Friday.");
        var agreement = Assert.Single(graph.Entities, e => e.Label == NodeLabels.Agreement);
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Kurdistan Democratic Party", agreement.Name), graph.Facts());
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Signed.Name);
    }

    [Fact]
    public void A_border_named_by_one_side_after_a_list_of_states_takes_no_guessed_side()
    {
        var graph = Extract("Iraq hosted the talks in Baghdad. Egypt, Jordan, Kuwait and Lebanon discussed a trade route to the Syrian border on Sunday.");
        Assert.DoesNotContain(graph.Entities, e => e.Label == NodeLabels.Border);
    }

    [Fact]
    public void An_accord_named_by_purpose_keeps_the_texts_own_phrase_as_alias()
    {
        var graph = Extract("Syria and Lebanon signed an agreement on Monday to return displaced families.");
        var agreement = Assert.Single(graph.Entities, e => e.Label == NodeLabels.Agreement);
        Assert.Equal("Lebanon–Syria displaced family agreement", agreement.Name);
        Assert.Contains("agreement to return displaced families", agreement.Aliases);
    }

    [Fact]
    public void A_states_military_police_is_a_force_of_its_own()
    {
        var graph = Extract("On Friday, Jordanian military police clashed with ISIS fighters near Ruwaished.");
        Assert.True(graph.Has(EdgeTypes.Fought, "Jordanian military police", "ISIS") || graph.Has(EdgeTypes.Fought, "ISIS", "Jordanian military police"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.Fought, "Jordan", "ISIS") || graph.Has(EdgeTypes.Fought, "ISIS", "Jordan"), graph.Facts());
    }

    [Fact]
    public void The_two_leaders_who_met_sign_the_accord_they_signed()
    {
        var graph = Extract("Jordanian King Abdullah II held talks with Egyptian President Abdel Fattah al-Sisi in Amman, and the two leaders signed a strategic cooperation agreement on electricity trade.");
        var agreement = Assert.Single(graph.Entities, e => e.Label == NodeLabels.Agreement);
        Assert.True(graph.Has(EdgeTypes.Signed, "Abdel Fattah al-Sisi", agreement.Name), graph.Facts());
    }

    [Fact]
    public void The_two_leaders_sign_nothing_when_the_sentence_names_more_persons()
    {
        var graph = Extract("Turkish Foreign Minister Hakan Fidan, Jordanian Foreign Minister Ayman Safadi and Iraqi Foreign Minister Fuad Hussein met in Amman, and the two leaders signed a strategic cooperation agreement on electricity trade.");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Signed.Name);
    }

    [Fact]
    public void An_attributed_source_keeps_its_title_but_acts_in_nothing()
    {
        var graph = Extract("Turkish drones struck a convoy near Qamishli, according to SDF spokesman Farhad Shami.");
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Farhad Shami", "SDF"), graph.Facts());
        Assert.DoesNotContain(graph.Relationships, r => r.Type != EdgeTypes.HoldsRole.Name && (r.SourceId == graph.Find(NodeLabels.Person, "Farhad Shami")?.Id || r.TargetId == graph.Find(NodeLabels.Person, "Farhad Shami")?.Id));
    }

    [Fact]
    public void His_visit_is_the_visit_of_the_one_person_the_sentence_names()
    {
        var graph = Extract("Jordanian Foreign Minister Ayman Safadi landed in Erbil on Sunday on his second visit to the Kurdistan Region this year.");
        Assert.True(graph.Has(EdgeTypes.Visited, "Ayman Safadi", "Kurdistan Region"), graph.Facts());
    }
}
