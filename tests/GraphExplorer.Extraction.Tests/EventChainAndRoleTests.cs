using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Attacks and accusations read across a misparse or across sentences (the attack chain), and office titles
/// read off appositions, in-phrases and possessives (issue 10).
/// </summary>
public sealed class EventChainAndRoleTests
{
    private static ArticleGraph Extract(string body) =>
        TestArticles.Extract($"• Thursday, 14 March 2024\n\nHeadline\n\n{body}\n");

    [Fact]
    public void A_span_of_time_before_an_after_clause_is_no_attacker()
    {
        var graph = Extract("Peshmerga commanders met in Duhok on Friday, a day after the Kurdistan Workers' Party launched drone strikes against the Peshmerga near Amadiya.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Kurdistan Workers' Party", "Peshmerga"), graph.Facts());
    }

    [Fact]
    public void A_named_group_before_a_plural_proxy_noun_is_the_target()
    {
        var graph = Extract("Iraqi forces killed eight ISIS terrorists in the Hamrin mountains on Friday.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Iraqi Armed Forces", "ISIS"), graph.Facts());
    }

    [Fact]
    public void A_past_tense_glued_into_a_noun_phrase_still_has_its_subject_and_object()
    {
        var graph = Extract("Hezbollah fired rockets at the Israel Defense Forces on Sunday.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Hezbollah", "Israel Defense Forces"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.Attacked, "Israel Defense Forces", "Hezbollah"), graph.Facts());
    }

    [Fact]
    public void A_definite_attack_with_no_attacker_takes_the_attacker_of_the_attack_just_stated()
    {
        var graph = Extract("Hezbollah attacked the Israel Defense Forces on Sunday. The barrage lasted two hours. "
            + "The rocket strikes targeting the bases of the Israel Defense Forces near Metula came after weeks of tension.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Hezbollah", "Israel Defense Forces"), graph.Facts());
        Assert.Contains(graph.Relation(EdgeTypes.Attacked, "Hezbollah", "Israel Defense Forces")!.Evidence, e => e.Sentence.StartsWith("The rocket strikes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_definite_attack_naming_its_attackers_takes_the_target_of_the_attack_just_stated()
    {
        var graph = Extract("Iraqi forces killed ten ISIS fighters in Anbar on Monday. "
            + "The Counter-Terrorism Service conducted the raids, the ministry said.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Counter-Terrorism Service", "ISIS"), graph.Facts());
    }

    [Fact]
    public void An_attack_with_no_article_or_far_from_the_last_attack_takes_no_attacker_from_it()
    {
        var indefinite = Extract("Hezbollah fired rockets at the Israel Defense Forces on Sunday. "
            + "Rocket strikes targeting the Syrian Arab Army were reported in Daraa.");
        Assert.False(indefinite.Has(EdgeTypes.Attacked, "Hezbollah", "Syrian Arab Army"), indefinite.Facts());
        var far = Extract("Hezbollah fired rockets at the Israel Defense Forces on Sunday. Schools closed in Haifa. Markets stayed open in Tyre. "
            + "Farmers returned to Nabatieh. The strikes targeting the Syrian Arab Army were reported in Daraa.");
        Assert.False(far.Has(EdgeTypes.Attacked, "Hezbollah", "Syrian Arab Army"), far.Facts());
    }

    [Fact]
    public void An_attack_stated_with_a_new_attacker_starts_a_new_chain()
    {
        var graph = Extract("Hezbollah fired rockets at the Israel Defense Forces on Sunday. The Israel Defense Forces shelled Hezbollah positions on Monday. "
            + "The strikes targeting the bases of the Syrian Arab Army followed.");
        Assert.False(graph.Has(EdgeTypes.Attacked, "Hezbollah", "Syrian Arab Army"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Attacked, "Israel Defense Forces", "Syrian Arab Army"), graph.Facts());
    }

    [Fact]
    public void Condemning_the_strikes_of_the_previous_sentence_accuses_their_attacker()
    {
        var graph = Extract("Turkish warplanes struck the Kurdistan Workers' Party in Qandil on Monday. "
            + "The Kurdistan Regional Government condemned the strikes as a violation of sovereignty.");
        Assert.True(graph.Has(EdgeTypes.Accused, "Kurdistan Regional Government", "Turkey"), graph.Facts());
    }

    [Fact]
    public void Condemning_strikes_two_sentences_later_accuses_no_one()
    {
        var graph = Extract("Turkish warplanes struck the Kurdistan Workers' Party in Qandil on Monday. Villagers fled to Ranya. "
            + "The Kurdistan Regional Government condemned the strikes as a violation of sovereignty.");
        Assert.False(graph.Has(EdgeTypes.Accused, "Kurdistan Regional Government", "Turkey"), graph.Facts());
    }

    [Fact]
    public void A_minister_in_a_government_holds_the_role_in_that_government()
    {
        var graph = Extract("Karwan Jamal, Minister of Health in the Kurdistan Regional Government, opened the hospital in Zakho.");
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Karwan Jamal", "Kurdistan Regional Government"), graph.Facts());
    }

    [Fact]
    public void An_envoy_of_a_titled_person_holds_the_role_in_that_persons_state_and_the_person_keeps_his_own()
    {
        var graph = Extract("Syrian Foreign Minister Asaad al-Shaibani received Hamid Karim, the special envoy of Iraqi President Abdul Latif Rashid, in Damascus.");
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Hamid Karim", "Iraq"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Abdul Latif Rashid", "Iraq"), graph.Facts());
        Assert.Equal("President", graph.Relation(EdgeTypes.HoldsRole, "Abdul Latif Rashid", "Iraq")!.Title);
    }

    [Fact]
    public void A_commander_in_charge_of_a_groups_operations_holds_the_role_in_the_group()
    {
        var graph = Extract("The strike killed Haidar Mazen al-Musawi, the commander in charge of Harakat Hezbollah al-Nujaba's operations in Syria.");
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Haidar Mazen al-Musawi", "Harakat Hezbollah al-Nujaba"), graph.Facts());
        Assert.Single(graph.Relationships, r => r.Type == EdgeTypes.HoldsRole.Name);
    }

    [Fact]
    public void A_rank_with_the_body_after_the_name_holds_the_role_in_that_body()
    {
        var graph = Extract("Iraq tightened the border. Col. Saad Jabbar of the Counter-Terrorism Service said three cells were dismantled.");
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Saad Jabbar", "Counter-Terrorism Service"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.HoldsRole, "Saad Jabbar", "Iraqi Armed Forces"), graph.Facts());
    }

    [Fact]
    public void A_demonym_before_the_body_of_a_title_leaves_the_body()
    {
        var graph = Extract("Yahya Rasool, spokesman for Iraqi Counter-Terrorism Service, said the raid ended.");
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Yahya Rasool", "Counter-Terrorism Service"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.HoldsRole, "Yahya Rasool", "Iraq"), graph.Facts());
    }

    [Fact]
    public void A_cabinet_title_with_no_state_speaks_for_the_one_state_the_sentence_and_article_name()
    {
        var single = Extract("Jordan closed the crossing on Monday, Interior Minister Mazen al-Faraya said. Jordan reopened it on Friday.");
        Assert.True(single.Has(EdgeTypes.HoldsRole, "Mazen al-Faraya", "Jordan"), single.Facts());
        var two = Extract("Jordan closed the crossing with Syria on Monday, Interior Minister Mazen al-Faraya said. Jordan reopened it on Friday.");
        Assert.DoesNotContain(two.Relationships, r => r.Type == EdgeTypes.HoldsRole.Name);
    }

    [Fact]
    public void A_minister_of_a_portfolio_the_article_names_holds_the_role_in_that_ministry()
    {
        var graph = Extract("The Jordanian Ministry of Energy and Mineral Resources announced the plan. Jordanian Minister of Energy Saleh al-Kharabsheh signed it.");
        var ministry = graph.Entities.Single(e => e.Label == NodeLabels.Organization && e.Name.Contains("Energy", StringComparison.Ordinal));
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Saleh al-Kharabsheh", ministry.Name), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.HoldsRole, "Saleh al-Kharabsheh", "Jordan"), graph.Facts());
    }

    [Fact]
    public void A_rank_after_another_states_demonym_is_not_placed_in_the_main_states_forces()
    {
        var graph = Extract("Iraq and Iran met on Monday. Iraq signed the deal. Iraq hosted the talks. "
            + "The talks recalled an Iranian general close to the late Gen. Hossein Salami.");
        Assert.False(graph.Has(EdgeTypes.HoldsRole, "Hossein Salami", "Iraqi Armed Forces"), graph.Facts());
    }
}
