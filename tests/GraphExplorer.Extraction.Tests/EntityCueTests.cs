using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Open-class entity cues (entity-cues.tsv) and the person and role cues around them: a state's police, sites and offices
/// named after a place, another state's province, borders shared or crossed between two sides, bodies whose name a head
/// word continues or a common noun opens, and titles coordinated, bracketed or unfamiliar.
/// </summary>
public sealed class EntityCueTests
{
    private static ArticleGraph Extract(string body) => TestArticles.Extract("Headline\n\n" + body + "\n");

    [Theory]
    [InlineData("Jordanian police arrested three smugglers near Ramtha on Friday.", "Jordanian police")]
    [InlineData("The Turkish police force detained twelve suspects in Van.", "Turkish police")]
    public void A_demonym_before_police_names_the_state_s_police(string sentence, string name)
    {
        var graph = Extract(sentence);
        var police = graph.Find(NodeLabels.Organization, name);
        Assert.NotNull(police);
        Assert.DoesNotContain(graph.Entities, e => e.Label == NodeLabels.Organization && e.Name.EndsWith("Armed Forces", StringComparison.Ordinal));
    }

    [Fact]
    public void Police_without_a_demonym_names_no_body()
    {
        var graph = Extract("Police arrested three men after the protest in Duhok.");
        Assert.DoesNotContain(graph.Entities, e => e.Label == NodeLabels.Organization);
    }

    [Fact]
    public void A_camp_named_after_a_known_town_is_a_place_of_its_own()
    {
        var graph = Extract("Aid trucks reached the Dohuk refugee camp on Monday. Officials in Duhok said more would follow.");
        var camp = graph.Find(NodeLabels.Place, "Duhok camp");
        Assert.NotNull(camp);
        Assert.Contains("Dohuk refugee camp", camp.Aliases);
        Assert.DoesNotContain("Duhok", camp.AllNames);
        Assert.NotNull(graph.Find(NodeLabels.Place, "Duhok"));
    }

    [Theory]
    [InlineData("Ahmad Karimi, director of the Zakho customs office, said trade had resumed.", "Ahmad Karimi", "Zakho customs office")]
    [InlineData("Rebin Aziz, supervisor of Bawanur customs, said the gate was shut.", "Rebin Aziz", "Bawanur customs office")]
    public void An_office_named_after_a_place_is_a_body_whose_staff_hold_roles(string sentence, string person, string office)
    {
        var graph = Extract(sentence);
        Assert.NotNull(graph.Find(NodeLabels.Organization, office));
        Assert.True(graph.Has(EdgeTypes.HoldsRole, person, office), graph.Facts());
    }

    [Fact]
    public void A_known_place_that_another_state_possesses_names_that_state_s_province()
    {
        var graph = Extract("Protests spread across Iran’s western Kurdistan province on Friday.");
        var province = graph.Find(NodeLabels.Place, "Kurdistan province");
        Assert.NotNull(province);
        Assert.DoesNotContain("Kurdistan Region", province.AllNames);
    }

    [Fact]
    public void A_province_of_the_place_s_own_state_stays_the_place()
    {
        var graph = Extract("Floods hit Iraq's Erbil province on Friday.");
        Assert.NotNull(graph.Find(NodeLabels.Place, "Erbil"));
        Assert.DoesNotContain(graph.Entities, e => e.Label == NodeLabels.Place && e.Name == "Erbil province");
    }

    [Theory]
    [InlineData("Jordan pledged to work with Syria on policing their common border.", "Jordan–Syria border")]
    [InlineData("Trucks wait for days at the border crossings between Amman and Damascus.", "Jordan–Syria border")]
    [InlineData("Goods moved through three border gates between Erbil and Ankara last year.", "Kurdistan Region–Turkey border")]
    public void A_border_shared_or_crossed_between_two_sides_is_found(string sentence, string border)
    {
        Assert.NotNull(Extract(sentence).Find(NodeLabels.Border, border));
    }

    [Theory]
    [InlineData("Turkey borders Syria and Iraq to the south.")]
    [InlineData("Both states closed their borders to travellers in March.")]
    [InlineData("Lebanon and Syria argued over the common market rules.")]
    public void Border_as_a_verb_or_a_generic_noun_makes_no_border(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Entities, e => e.Label == NodeLabels.Border);
    }

    [Fact]
    public void A_shared_border_needs_two_territories_not_a_town()
    {
        var graph = Extract("Governor Ali Hamid met the Iranian consul in Basra to discuss smuggling along the shared border.");
        Assert.DoesNotContain(graph.Entities, e => e.Label == NodeLabels.Border && e.Name.Contains("Basra", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_heading_an_apposition_marks_an_unknown_name()
    {
        var graph = Extract("“Two were hurt,” Dilan Sherzad, a Kurdish legislator from Duhok, told reporters.");
        Assert.NotNull(graph.Find(NodeLabels.Person, "Dilan Sherzad"));
    }

    [Fact]
    public void A_known_body_continued_by_a_head_word_is_another_body()
    {
        var graph = Extract("Hadi Salim, head of the Coordination Framework Committee on Reforms, said the plan was ready.");
        Assert.NotNull(graph.Find(NodeLabels.Organization, "Coordination Framework Committee"));
        Assert.False(graph.Has(EdgeTypes.HoldsRole, "Hadi Salim", "Coordination Framework"), graph.Facts());
    }

    [Fact]
    public void A_common_noun_opening_the_sentence_stays_out_of_the_body_it_names()
    {
        var graph = Extract("Officials of the Commission for Transport and Communications visited the site on Sunday.");
        Assert.NotNull(graph.Find(NodeLabels.Organization, "Commission for Transport and Communications"));
        Assert.DoesNotContain(graph.Entities, e => e.Name.StartsWith("Officials", StringComparison.Ordinal));
    }

    [Fact]
    public void Titles_coordinated_in_one_apposition_describe_the_same_person()
    {
        var graph = Extract("Karim Nouri, the governor of Kirkuk and the deputy leader of the Patriotic Union of Kurdistan, criticized the decision.");
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Karim Nouri", "Patriotic Union of Kurdistan"), graph.Facts());
    }

    [Fact]
    public void A_name_in_brackets_after_a_title_holds_it()
    {
        var graph = Extract("The meeting was opened by the Omani Foreign Minister (Badr Albusaidi) on Monday.");
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Badr Albusaidi", "Oman"), graph.Facts());
    }

    [Fact]
    public void An_acronym_in_brackets_after_a_title_holds_nothing()
    {
        var graph = Extract("The Iraqi Prime Minister (PM) spoke to reporters on Monday.");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.HoldsRole.Name);
    }

    [Fact]
    public void Deputy_reads_as_a_title_before_a_name()
    {
        var graph = Extract("Jordanian central bank deputy Samir Haddad met bankers in Amman.");
        Assert.NotNull(graph.Find(NodeLabels.Person, "Samir Haddad"));
    }

    [Fact]
    public void A_one_word_name_closing_a_meeting_sentence_after_in_is_a_place()
    {
        var graph = Extract("The two foreign ministers met in Tartu.");
        Assert.NotNull(graph.Find(NodeLabels.Place, "Tartu"));
    }

    [Theory]
    [InlineData("The statement was issued in Arabic.")]
    [InlineData("The forum was held in December.")]
    [InlineData("The two ministers spoke in Parliament.")]
    public void A_language_a_month_or_a_body_closing_the_sentence_is_no_place(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Entities, e => e.Label == NodeLabels.Place);
    }

    [Fact]
    public void Supported_and_backed_collectives_of_one_state_are_one_actor()
    {
        var graph = Extract("Iranian-supported militias fired rockets at the base. Iran-backed militias denied the attack on Tuesday.");
        Assert.Single(graph.Entities, e => e.Label == NodeLabels.Organization && e.Name.EndsWith("militias", StringComparison.Ordinal));
    }

    [Fact]
    public void A_national_defense_ministry_is_the_state_s_defense_ministry()
    {
        var graph = Extract("The Turkish National Defense Ministry said the operation had ended.");
        Assert.NotNull(graph.Find(NodeLabels.Organization, "Ministry of Defense of Turkey"));
    }
    [Fact]
    public void A_title_in_capitals_matches_only_in_capitals()
    {
        var graph = Extract("Hamid Saleh, the Jordanian PM and commander-general of the Jordanian armed forces, spoke on Monday. The talks ended at 5 pm Omar Zaki said.");
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Hamid Saleh", "Jordan"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Hamid Saleh", "Jordanian Armed Forces"), graph.Facts());
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.HoldsRole.Name && r.Title == "pm");
    }

    [Fact]
    public void A_generic_body_name_with_its_office_after_it_is_a_particular_body()
    {
        var graph = Extract("The National Security Council spokesperson said two soldiers were hurt.");
        Assert.NotNull(graph.Find(NodeLabels.Organization, "National Security Council"));
    }

    [Fact]
    public void A_generic_body_name_resolves_to_the_qualified_body_the_article_named()
    {
        var graph = Extract("The Jordanian National Security Council met on Sunday. The National Security Council spokesperson said the decision was final.");
        Assert.Single(graph.Entities, e => e.Label == NodeLabels.Organization && e.Name.EndsWith("National Security Council", StringComparison.Ordinal));
    }

    [Fact]
    public void A_generic_body_name_alone_names_no_body()
    {
        var graph = Extract("The National Security Council met on Sunday to discuss the attacks.");
        Assert.Null(graph.Find(NodeLabels.Organization, "National Security Council"));
    }
    [Fact]
    public void A_headline_title_with_its_state_stands_for_the_holder_the_body_names()
    {
        var graph = TestArticles.Extract("Kenyan President visits Addis Ababa for summit\n\nKenya's President William Ruto met Ethiopian leaders on Monday.\n");
        Assert.True(graph.Has(EdgeTypes.Visited, "William Ruto", "Addis Ababa"), graph.Facts());
    }

    [Fact]
    public void A_demonym_before_a_name_in_a_headline_modifies_it_and_is_no_agent()
    {
        var graph = TestArticles.Extract("Kenyan Envoy Ruto Visits Addis Ababa\n\nKenya's envoy William Ruto arrived in Addis Ababa on Monday.\n");
        Assert.False(graph.Has(EdgeTypes.Visited, "Kenya", "Addis Ababa"), graph.Facts());
    }

    [Fact]
    public void A_headline_title_of_another_state_stands_for_nobody()
    {
        var graph = TestArticles.Extract("Ugandan President visits Addis Ababa for summit\n\nKenya's President William Ruto met Ethiopian leaders on Monday.\n");
        Assert.False(graph.Has(EdgeTypes.Visited, "William Ruto", "Addis Ababa"), graph.Facts());
    }

    [Fact]
    public void A_subheading_title_with_its_state_stands_for_the_holder_the_body_names()
    {
        var graph = TestArticles.Extract("Summit opens in Ethiopia\n\nKenyan President visits Addis Ababa for talks\n\nKenya's President William Ruto met Ethiopian leaders on Monday.\n");
        Assert.True(graph.Has(EdgeTypes.Visited, "William Ruto", "Addis Ababa"), graph.Facts());
    }
}
