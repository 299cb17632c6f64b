using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Which spans are entities and of which type, by the head noun and the words around a name: a news outlet's or a body's
/// lower-case noun after a name with an Arabic article, settlements, rivers, lakes and waterways, "and" inside a body's
/// complement, a place's own body named with generic words, sources after "according to", prepositions opening a sentence,
/// and well-known bodies (UN agencies, intelligence services) the gazetteer names.
/// </summary>
public sealed class EntityTypeAndBoundaryTests
{
    private static ArticleGraph Extract(string body) => TestArticles.Extract("Headline\n\n" + body + "\n");

    private static bool HasPerson(ArticleGraph graph, string part) =>
        graph.Entities.Any(e => e.Label == NodeLabels.Person && e.AllNames.Any(n => n.Contains(part, StringComparison.Ordinal)));

    [Theory]
    [InlineData("Al-Furat television showed footage of the burning trucks near Qaim.", "Al-Furat")]
    [InlineData("The blast was first reported by al-Ahd channel on Friday.", "al-Ahd")]
    [InlineData("Iraqi officials told Al-Mada newspaper that the road to Rabia had reopened.", "Al-Mada")]
    [InlineData("\"The crossing is shut,\" a guard told El-Watan radio.", "El-Watan")]
    [InlineData("Footage aired by the Al-Hadath broadcaster showed smoke over the base.", "Al-Hadath")]
    public void A_lower_case_outlet_noun_after_a_name_makes_it_an_organization_not_a_person(string sentence, string name)
    {
        var graph = Extract(sentence);
        Assert.NotNull(graph.Find(NodeLabels.Organization, name));
        Assert.False(HasPerson(graph, name), graph.Names());
    }

    [Fact]
    public void A_person_s_name_before_a_television_appearance_stays_a_person()
    {
        var graph = Extract("Foreign Minister Fuad Hussein said in a television interview that the border was calm.");
        Assert.NotNull(graph.Find(NodeLabels.Person, "Fuad Hussein"));
    }

    [Theory]
    [InlineData("Iraqi troops stormed a hideout of the Ghadab al-Rafidain militia near Samarra.", "Ghadab al-Rafidain")]
    [InlineData("Turkish jets bombed depots of the Qandil Hawks faction on Sunday.", "Qandil Hawks")]
    [InlineData("The Rijal al-Tariq group claimed the ambush in Diyala.", "Rijal al-Tariq")]
    public void A_lower_case_body_head_after_the_name_makes_it_an_organization(string sentence, string name)
    {
        var graph = Extract(sentence);
        Assert.NotNull(graph.Find(NodeLabels.Organization, name));
        Assert.False(HasPerson(graph, name), graph.Names());
    }

    [Theory]
    [InlineData("Dozens of families fled to al-Nasr settlement on Tuesday.", "al-Nasr")]
    [InlineData("Gunmen raided Tel Warda hamlet before dawn.", "Tel Warda")]
    public void A_settlement_noun_after_a_name_makes_it_a_place(string sentence, string name)
    {
        var graph = Extract(sentence);
        Assert.NotNull(graph.Find(NodeLabels.Place, name));
        Assert.False(HasPerson(graph, name), graph.Names());
    }

    [Fact]
    public void People_of_a_village_are_not_part_of_the_village_s_name()
    {
        var graph = Extract("Farmers of al-Shura village said the canal had dried up.");
        Assert.NotNull(graph.Find(NodeLabels.Place, "al-Shura"));
        Assert.DoesNotContain(graph.Entities, e => e.Name.StartsWith("Farmers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Diyala River burst its banks near Baquba.", "Diyala River")]
    [InlineData("Fishermen on the Greater Zab river found the boat.", "Greater Zab river")]
    [InlineData("Smugglers moved fuel along the Khor al-Zubair waterway.", "Khor al-Zubair waterway")]
    [InlineData("Water levels in Lake Hamrin fell by two metres.", "Lake Hamrin")]
    [InlineData("Iranian boats seized a tanker in the Gulf of Oman on Thursday.", "Gulf of Oman")]
    [InlineData("Officials said the Darbandikhan Lake was at its lowest level in years.", "Darbandikhan Lake")]
    public void Rivers_lakes_and_waterways_are_places(string sentence, string name)
    {
        var graph = Extract(sentence);
        Assert.NotNull(graph.Find(NodeLabels.Place, name));
        Assert.False(HasPerson(graph, name.Split(' ')[0]), graph.Names());
    }

    [Fact]
    public void A_lake_named_after_a_state_is_not_the_state()
    {
        var graph = Extract("Iranian boats seized a tanker in the Gulf of Oman on Thursday.");
        Assert.Null(graph.Find(NodeLabels.Country, "Oman"));
    }

    [Theory]
    [InlineData("The Ministry of Higher Education and Scientific Research said exams would go ahead in Mosul.", "Ministry of Higher Education and Scientific Research", "Scientific Research")]
    [InlineData("Staff of the Directorate of Water and Sewage Services in Basra went on strike.", "Directorate of Water and Sewage Services", "Sewage Services")]
    [InlineData("The Office of Culture and Islamic Guidance in Tabriz banned the concert.", "Office of Culture and Islamic Guidance", "Islamic Guidance")]
    public void And_inside_a_body_s_complement_keeps_the_body_whole(string sentence, string name, string tail)
    {
        var graph = Extract(sentence);
        Assert.NotNull(graph.Find(NodeLabels.Organization, name));
        Assert.DoesNotContain(graph.Entities, e => e.Name == tail);
    }

    [Fact]
    public void A_person_after_and_stays_out_of_a_body_s_complement()
    {
        var graph = Extract("The Ministry of Oil and Hayan Abdul Ghani signed the contract in Baghdad.");
        Assert.NotNull(graph.Find(NodeLabels.Organization, "Ministry of Oil"));
        Assert.DoesNotContain(graph.Entities, e => e.Name.Contains("Oil and Hayan", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Zakho Security Council said two suspects were held.", "Zakho Security Council")]
    [InlineData("A drone was downed, the Kirkuk Security Committee said.", "Kirkuk Security Committee")]
    public void A_place_s_body_named_with_generic_words_is_not_the_known_body_of_those_words(string sentence, string name)
    {
        var graph = Extract(sentence);
        Assert.NotNull(graph.Find(NodeLabels.Organization, name));
        Assert.Null(graph.Find(NodeLabels.Organization, "UN Security Council"));
    }

    [Fact]
    public void The_known_body_of_generic_words_is_still_found_alone()
    {
        var graph = Extract("The Security Council met in New York on the crisis.");
        Assert.NotNull(graph.Find(NodeLabels.Organization, "UN Security Council"));
    }

    [Theory]
    [InlineData("According to Rawand Mirani, the shelling lasted two hours.", "Rawand Mirani")]
    [InlineData("Three soldiers died, according to Shwan Dizayee, a local official.", "Shwan Dizayee")]
    public void A_source_after_according_to_is_a_person(string sentence, string name)
    {
        Assert.NotNull(Extract(sentence).Find(NodeLabels.Person, name));
    }

    [Fact]
    public void An_outlet_after_according_to_is_no_person()
    {
        var graph = Extract("According to Kurdpa News, two porters were shot near Baneh.");
        Assert.False(HasPerson(graph, "Kurdpa"), graph.Names());
    }

    [Theory]
    [InlineData("Unlike Hemin Rasool, the deputy stayed in Erbil.", "Hemin Rasool", "Unlike")]
    [InlineData("Alongside Hoshyar Zebari, the envoy toured Mosul.", "Hoshyar Zebari", "Alongside")]
    public void A_preposition_opening_the_sentence_stays_out_of_the_name(string sentence, string name, string preposition)
    {
        var graph = Extract(sentence);
        Assert.NotNull(graph.Find(NodeLabels.Person, name));
        Assert.DoesNotContain(graph.Entities, e => e.Name.StartsWith(preposition, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("UNICEF and the WFP sent supplies to the camps near Zakho.", "UNICEF", "World Food Programme")]
    [InlineData("The IOM and UNHCR said 400 families had returned.", "International Organization for Migration", "UNHCR")]
    [InlineData("The World Health Organization and OCHA warned of cholera in Basra.", "World Health Organization", "OCHA")]
    [InlineData("Agents of the Zanyari and the IRGC Intelligence Organization were blamed.", "Zanyari", "IRGC Intelligence Organization")]
    public void Well_known_agencies_and_services_are_organizations(string sentence, string first, string second)
    {
        var graph = Extract(sentence);
        Assert.NotNull(graph.Find(NodeLabels.Organization, first));
        Assert.NotNull(graph.Find(NodeLabels.Organization, second));
    }

    [Fact]
    public void The_local_name_of_a_state_s_intelligence_service_is_that_service()
    {
        var graph = Extract("Iran's Ettelaat arrested two Kurdish students in Sanandaj.");
        Assert.NotNull(graph.Find(NodeLabels.Organization, "Ministry of Intelligence of Iran"));
    }

    [Fact]
    public void A_lower_case_who_is_no_agency()
    {
        var graph = Extract("The official who spoke to reporters in Erbil declined to be named.");
        Assert.Null(graph.Find(NodeLabels.Organization, "World Health Organization"));
    }

    [Fact]
    public void A_chamber_or_syndicate_named_after_a_city_is_one_body()
    {
        var graph = Extract("The Duhok Chamber of Commerce and the Kirkuk Journalists Syndicate welcomed the decision.");
        Assert.NotNull(graph.Find(NodeLabels.Organization, "Duhok Chamber of Commerce"));
        Assert.NotNull(graph.Find(NodeLabels.Organization, "Kirkuk Journalists Syndicate"));
        Assert.DoesNotContain(graph.Entities, e => e.Label == NodeLabels.Person);
    }

    [Theory]
    [InlineData("Syrian army units clashed with Ahrar al-Furat near Deir ez-Zor. The militia said it lost two fighters.", "Ahrar al-Furat")]
    [InlineData("Iraqi soldiers exchanged fire with Jund al-Mahdi outside Tarmiyah. The faction later claimed a drone attack.", "Jund al-Mahdi")]
    public void A_transliterated_group_opener_names_an_armed_group_that_its_class_noun_stands_for(string text, string group)
    {
        var graph = Extract(text);
        Assert.NotNull(graph.Find(NodeLabels.Organization, group));
        Assert.False(HasPerson(graph, group), graph.Names());
    }

    [Fact]
    public void A_class_noun_for_an_armed_group_never_stands_for_a_state_s_army()
    {
        var graph = Extract("The Syrian Arab Army shelled villages near Idlib on Monday. The faction's commander, Bashir Hamawi, denied it.");
        Assert.False(graph.Has(EdgeTypes.HoldsRole, "Bashir Hamawi", "Syrian Arab Army"), graph.Facts());
    }

    [Fact]
    public void A_class_noun_for_an_armed_group_still_stands_for_the_group_a_state_s_army_fought()
    {
        var graph = Extract("Syrian Arab Army troops fought the Liwa al-Quds near Aleppo. The militia's leader, Fadi Halabi, was wounded.");
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Fadi Halabi", "Liwa al-Quds"), graph.Facts());
    }
}
