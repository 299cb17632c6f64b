using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Offices stated by a verb of office ("X, who chairs the Y", "X heads the Y"), by a copula ("He is the group's
/// spokesman", "X, who is the head of the Y"), by a plural title over lists of states and persons ("the foreign ministers
/// of A and B, X and Y", "foreign ministers Egypt's X and Jordan's Y"); persons named by a state's possessive; a
/// transliterated ayn opening a name word. Every sentence is written for these tests.
/// </summary>
public sealed class OfficeStatementTests
{
    private static ArticleGraph Read(string body) => TestArticles.Extract("Report\n\n" + body + "\n");

    [Theory]
    [InlineData("Officials met Berzan Xoshnaw, who chairs the Akre Farmers Union, on Tuesday.", "Berzan Xoshnaw", "Akre Farmers Union")]
    [InlineData("Dilan Mergasori, who heads the Soran Water Directorate, said the canal was dry.", "Dilan Mergasori", "Soran Water Directorate")]
    [InlineData("The shelling was condemned by Hawre Balisani, who commands the Barzan Mountain Brigade.", "Hawre Balisani", "Barzan Mountain Brigade")]
    [InlineData("Reporters were told by Narin Shekhani, who currently leads the Duhok Teachers Union, that pay was late.", "Narin Shekhani", "Duhok Teachers Union")]
    [InlineData("Mr Goran Amedi heads the Zakho Border Ports Authority.", "Goran Amedi", "Zakho Border Ports Authority")]
    [InlineData("Security was discussed with Sirwan Mawati, who presides over the Garmiyan Provincial Council.", "Sirwan Mawati", "Garmiyan Provincial Council")]
    public void A_verb_of_office_with_a_body_as_its_whole_object_names_the_office(string body, string person, string office)
    {
        var graph = Read(body);
        Assert.True(graph.Has(EdgeTypes.HoldsRole, person, office), graph.Facts());
    }

    [Theory]
    [InlineData("Berzan Xoshnaw, who hopes to chair the Akre Farmers Union, spoke on Tuesday.", "Berzan Xoshnaw", "Akre Farmers Union")]
    [InlineData("Dilan Mergasori, who will head the Soran Water Directorate, said the canal was dry.", "Dilan Mergasori", "Soran Water Directorate")]
    [InlineData("Hawre Balisani no longer commands the Barzan Mountain Brigade, officials said.", "Hawre Balisani", "Barzan Mountain Brigade")]
    [InlineData("Narin Shekhani led the Duhok Teachers Union's delegation to Erbil.", "Narin Shekhani", "Duhok Teachers Union")]
    [InlineData("Goran Amedi headed to the Zakho Border Ports Authority on Sunday.", "Goran Amedi", "Zakho Border Ports Authority")]
    [InlineData("Ako Sherwani, who once directed the Halabja Health Directorate, was arrested in March.", "Ako Sherwani", "Halabja Health Directorate")]
    [InlineData("Ako Sherwani, who commanded the Halabja Defence Brigade until 2019, was arrested in March.", "Ako Sherwani", "Halabja Defence Brigade")]
    public void A_planned_negated_or_past_verb_of_office_or_a_body_opening_a_longer_object_names_no_office(string body, string person, string office)
    {
        var graph = Read(body);
        Assert.False(graph.Has(EdgeTypes.HoldsRole, person, office), graph.Facts());
    }

    [Theory]
    [InlineData("Fighters of the Qandil Eagles Brigade ambushed a patrol, said Rebaz Hawezi. He is the brigade's spokesman.", "Rebaz Hawezi", "Qandil Eagles Brigade")]
    [InlineData("The canal is dry, said Salar Mergasori in Koya on Monday. Mergasori is the director of the Koya Water Directorate.", "Salar Mergasori", "Koya Water Directorate")]
    [InlineData("The dam will open in May, said Shno Barzinji, who is the head of the Dukan Dam Authority.", "Shno Barzinji", "Dukan Dam Authority")]
    [InlineData("Kawa Rozhbayani was questioned in Kirkuk. He has served as the spokesman of the Kirkuk Traders Union since 2019.", "Kawa Rozhbayani", "Kirkuk Traders Union")]
    public void A_copula_after_a_name_a_pronoun_or_a_surname_states_the_office(string body, string person, string office)
    {
        var graph = Read(body);
        Assert.True(graph.Has(EdgeTypes.HoldsRole, person, office), graph.Facts());
    }

    [Theory]
    [InlineData("Rebaz Hawezi met fighters of the Qandil Eagles Brigade. He is not the brigade's spokesman, officials said.", "Rebaz Hawezi", "Qandil Eagles Brigade")]
    [InlineData("Shno Barzinji, who is the son of the head of the Dukan Dam Authority, was detained.", "Shno Barzinji", "Dukan Dam Authority")]
    [InlineData("Kawa Rozhbayani is expected to be the next spokesman of the Kirkuk Traders Union.", "Kawa Rozhbayani", "Kirkuk Traders Union")]
    public void A_negated_planned_or_kin_copula_states_no_office(string body, string person, string office)
    {
        var graph = Read(body);
        Assert.False(graph.Has(EdgeTypes.HoldsRole, person, office), graph.Facts());
    }

    [Theory]
    [InlineData("The foreign ministers of Lebanon and Cyprus, Nabil Kassar and Andreas Kyprianou, met in Beirut on Friday.", "Nabil Kassar", "Lebanon", "Andreas Kyprianou", "Cyprus")]
    [InlineData("On Monday the interior ministers of Kuwait and Bahrain, Fahad Mutairi and Rashid Khalifa Zayani, signed nothing.", "Fahad Mutairi", "Kuwait", "Rashid Khalifa Zayani", "Bahrain")]
    [InlineData("Foreign ministers Lebanon's Nabil Kassar and Cyprus's Andreas Kyprianou toured the port.", "Nabil Kassar", "Lebanon", "Andreas Kyprianou", "Cyprus")]
    [InlineData("Kuwait's Fahad Mutairi and Bahrain's Rashid Zayani, the two interior ministers, spoke by phone.", "Fahad Mutairi", "Kuwait", "Rashid Zayani", "Bahrain")]
    public void A_plural_title_over_lists_gives_each_person_the_office_of_his_own_state(string body, string first, string firstState, string second, string secondState)
    {
        var graph = Read(body);
        Assert.True(graph.Has(EdgeTypes.HoldsRole, first, firstState), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.HoldsRole, second, secondState), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.HoldsRole, first, secondState), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.HoldsRole, second, firstState), graph.Facts());
    }

    [Fact]
    public void Lists_of_unequal_length_or_without_a_plural_title_give_no_office()
    {
        var unequal = Read("The foreign ministers of Lebanon, Cyprus and Greece, Nabil Kassar and Andreas Kyprianou, met in Beirut.");
        Assert.DoesNotContain(unequal.Relationships, r => r.Type == EdgeTypes.HoldsRole.Name);
        var untitled = Read("Lebanon's Nabil Kassar and Cyprus's Andreas Kyprianou toured the port on Friday.");
        Assert.DoesNotContain(untitled.Relationships, r => r.Type == EdgeTypes.HoldsRole.Name);
    }

    [Theory]
    [InlineData("Lebanon's Nabil Kassar and Cyprus's Andreas Kyprianou toured the port on Friday.", "Nabil Kassar")]
    [InlineData("Talks in Amman brought together Kuwait's Fahad Mutairi, officials said.", "Fahad Mutairi")]
    public void A_two_word_name_a_state_possesses_is_a_person(string body, string person)
    {
        Assert.NotNull(Read(body).Find(NodeLabels.Person, person));
    }

    [Theory]
    [InlineData("Iraq's Anbar Desert stayed closed to trucks.", "Anbar Desert")]
    [InlineData("Turkey's Hatay Border Crossing reopened on Monday.", "Hatay Border Crossing")]
    public void A_place_or_body_a_state_possesses_is_no_person(string body, string name)
    {
        Assert.Null(Read(body).Find(NodeLabels.Person, name));
    }

    [Theory]
    [InlineData("Syrian envoy ‘Umar Nasrallah met Turkish officials in Ankara on Monday.", "Umar Nasrallah")]
    [InlineData("Police in Basra detained ‘Ali ‘Abd al-Wahhab al-Sa’idi on Sunday.", "Ali Abd al-Wahhab al-Sa’idi")]
    public void An_ayn_opening_a_name_word_is_part_of_the_name(string body, string person)
    {
        Assert.NotNull(Read(body).Find(NodeLabels.Person, person));
    }

    [Fact]
    public void A_closed_single_quotation_stays_a_quotation()
    {
        var graph = Read("The governor said the plan was ‘Operation Dawn’ and left Basra on Monday.");
        Assert.DoesNotContain(graph.Entities, e => e.Label == NodeLabels.Person);
    }

    [Theory]
    [InlineData("Nashwan Barzinji, a former commander of the Garmiyan Border Brigade, was arrested in Kalar.", "Nashwan Barzinji", "Garmiyan Border Brigade")]
    [InlineData("Former Lebanese interior minister Rami Haddad arrived in Baghdad on Monday.", "Rami Haddad", "Lebanon")]
    [InlineData("The brigade's ex-spokesman, Aram Kakei, said the base was empty.", "Aram Kakei", "Garmiyan Border Brigade")]
    public void A_former_office_is_no_role(string body, string person, string office)
    {
        var graph = Read("The Garmiyan Border Brigade moved north. " + body);
        Assert.NotNull(graph.Find(NodeLabels.Person, person));
        Assert.False(graph.Has(EdgeTypes.HoldsRole, person, office), graph.Facts());
    }

    [Theory]
    [InlineData("Lebanese Displaced Affairs Minister Rami Haddad arrived in Baghdad on Monday.", "Rami Haddad", "Lebanon")]
    [InlineData("Talks in Amman included Samir Kharabsheh, Jordan's interior minister, officials said.", "Samir Kharabsheh", "Jordan")]
    [InlineData("The Iranian consul in Erbil, Yaser Ghorbani, was summoned on Sunday.", "Yaser Ghorbani", "Iran")]
    [InlineData("On Monday Kuwait's chief diplomat, Salem Sabah, arrived in Baghdad.", "Salem Sabah", "Kuwait")]
    [InlineData("Hadi Zobaie, an official of the Anbar Tribal Council, said the road was open.", "Hadi Zobaie", "Anbar Tribal Council")]
    public void A_name_is_a_person_by_the_title_frame_around_it_and_holds_that_office(string body, string person, string office)
    {
        var graph = Read(body);
        Assert.NotNull(graph.Find(NodeLabels.Person, person));
        Assert.True(graph.Has(EdgeTypes.HoldsRole, person, office), graph.Facts());
    }
}
