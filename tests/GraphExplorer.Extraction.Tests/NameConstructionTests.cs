using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Names recognized by their construction rather than a title: people by a describing apposition or a kinship opening,
/// bodies whose names hold a collective possessive or "and", provinces and offices named after places, bodies referred
/// to by another head noun, and one person's name spelt differently across articles.
/// </summary>
public sealed class NameConstructionTests
{
    private static ArticleGraph Extract(string body) => TestArticles.Extract("Headline\n\n" + body + "\n");

    [Theory]
    [InlineData("Relatives of Darya Moradkhani, a 27-year-old nurse from Saqqez, said she was moved to another prison.", "Darya Moradkhani")]
    [InlineData("Supporters of Karwan Sheikhani, a local engineer, gathered outside the court.", "Karwan Sheikhani")]
    [InlineData("Among those detained was Parwin Ahmadi, a school lecturer in Mahabad.", "Parwin Ahmadi")]
    public void A_person_noun_around_an_unknown_name_marks_it_a_person_without_the_opening_noun(string sentence, string name)
    {
        var graph = Extract(sentence);
        Assert.NotNull(graph.Find(NodeLabels.Person, name));
        Assert.DoesNotContain(graph.Entities, e => e.Label == NodeLabels.Person && (e.Name.StartsWith("Relatives", StringComparison.Ordinal) || e.Name.StartsWith("Supporters", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(", and Command met with President Kurdistan.")]
    [InlineData(", and Rebwar Abdi arrived in Erbil.")]
    [InlineData("and Rebwar Abdi arrived in Erbil.")]
    public void A_sentence_opening_on_a_comma_and_leaves_the_name_after_it_alone_without_failing(string sentence)
    {
        // A fragment (a cut paragraph, a fuzzed line) may open on ", and": no name stands before it to be listed with.
        var graph = TestArticles.ExtractBody(sentence);
        Assert.DoesNotContain(graph.Entities, e => e.Name.StartsWith(',') || e.Name.StartsWith("and ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_after_an_opening_noun_is_not_taken_for_a_person()
    {
        var graph = Extract("Residents of Sheikhan Bazaar, a busy market district, said the shops had reopened.");
        Assert.DoesNotContain(graph.Entities, e => e.Label == NodeLabels.Person);
    }

    [Fact]
    public void A_counterpart_named_after_a_comma_is_a_person_who_holds_the_role()
    {
        var graph = Extract("Georgia's defence minister, Levan Kapanadze, and his Armenian counterpart, Suren Hakobyan, met in Sadakhlo on Monday.");
        Assert.NotNull(graph.Find(NodeLabels.Person, "Suren Hakobyan"));
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Suren Hakobyan", "Armenia"), graph.Facts());
    }

    [Fact]
    public void A_province_after_a_known_place_of_its_own_state_is_the_place_and_the_verb_s_target()
    {
        var graph = Extract("Iraqi Defence Minister Thabit al-Abbasi arrived in Duhok province on Monday.");
        Assert.True(graph.Has(EdgeTypes.Visited, "Thabit al-Abbasi", "Duhok"), graph.Facts());
        Assert.DoesNotContain(graph.Entities, e => e.Label == NodeLabels.Place && e.Name.EndsWith("province", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The goods were confiscated at the port by the General Authority for Roads and Bridges.", "General Authority for Roads and Bridges", "General Authority for Roads")]
    [InlineData("The permit was issued by the Supreme Council for Water and Agriculture.", "Supreme Council for Water and Agriculture", "Supreme Council for Water")]
    public void A_body_s_complement_after_a_generic_qualifier_joins_its_words_with_and(string sentence, string name, string cut)
    {
        var graph = Extract(sentence);
        Assert.NotNull(graph.Find(NodeLabels.Organization, name));
        Assert.Null(graph.Find(NodeLabels.Organization, cut));
    }

    [Fact]
    public void Two_bodies_joined_by_and_stay_two_bodies()
    {
        var graph = Extract("The plan was backed by the General Authority for Ports and Iraq's Ministry of Oil.");
        Assert.NotNull(graph.Find(NodeLabels.Organization, "General Authority for Ports"));
    }

    [Fact]
    public void A_customs_office_named_after_a_place_spelt_like_a_person_is_an_office()
    {
        var graph = Extract("Dilshad Kareem, the manager of the Ismail Hamid customs office, said trade had grown.");
        Assert.NotNull(graph.Find(NodeLabels.Organization, "Ismail Hamid customs office"));
        Assert.Null(graph.Find(NodeLabels.Person, "Ismail Hamid"));
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Dilshad Kareem", "Ismail Hamid customs office"), graph.Facts());
    }

    [Theory]
    [InlineData("Iraqi jets struck the Workers' Party and the People's Liberation Forces on Monday.", "People's Liberation Forces")]
    [InlineData("Syria's army shelled positions of the Free Women's Brigades near Afrin.", "Free Women's Brigades")]
    public void A_collective_possessive_inside_a_body_s_name_keeps_it_whole(string sentence, string name)
    {
        Assert.NotNull(Extract(sentence).Find(NodeLabels.Organization, name));
    }

    [Fact]
    public void A_person_s_possessive_ends_the_name()
    {
        var graph = Extract("Analysts said Karim Sadri's Peace Brigades had left the city.");
        Assert.Null(graph.Find(NodeLabels.Organization, "Karim Sadri's Peace Brigades"));
    }

    [Fact]
    public void An_ethnic_noun_before_a_body_s_head_belongs_to_the_name()
    {
        Assert.NotNull(Extract("Drones struck the Assyrian Protection Units near Tel Tamr.").Find(NodeLabels.Organization, "Assyrian Protection Units"));
    }

    [Fact]
    public void The_force_stands_for_an_armed_body_named_by_another_head()
    {
        var graph = Extract("The Sinjar Resistance Units withdrew from Khanasor on Monday. The force's spokesman, Berkan Shingali, said the town was quiet.");
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Berkan Shingali", "Sinjar Resistance Units"), graph.Facts());
    }

    [Fact]
    public void The_force_does_not_stand_for_a_ministry()
    {
        var graph = Extract("The Ministry of Water Resources closed the dam on Monday. The force's commander, Hawre Sabir, said the road was open.");
        Assert.False(graph.Has(EdgeTypes.HoldsRole, "Hawre Sabir", "Ministry of Water Resources"), graph.Facts());
    }

    [Fact]
    public void A_member_of_a_party_s_political_bureau_holds_a_role_in_the_party()
    {
        var graph = Extract("Sardar Hamid, a member of the central committee of the Kurdistan Democratic Party, told reporters the vote would go ahead.");
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Sardar Hamid", "Kurdistan Democratic Party"), graph.Facts());
    }

    [Theory]
    [InlineData("Qusay", "Qusai")]
    [InlineData("Hayder", "Haider")]
    [InlineData("Shuwaili", "Shweili")]
    [InlineData("Suwaidi", "Sweidi")]
    [InlineData("Rezayi", "Rezaei")]
    [InlineData("Mirzayi", "Mirzai")]
    public void Diphthong_and_glide_spellings_sound_alike(string a, string b) => Assert.Equal(NameKey.SoundKey(a), NameKey.SoundKey(b));

    [Theory]
    [InlineData("Ayad", "Aad")]
    [InlineData("Qusay", "Qasim")]
    [InlineData("Suwaidi", "Saadi")]
    public void A_consonant_y_or_w_is_kept(string a, string b) => Assert.NotEqual(NameKey.SoundKey(a), NameKey.SoundKey(b));

    [Fact]
    public void A_compound_given_name_written_joined_or_split_is_one_name()
    {
        Assert.True(Extraction.Resolution.PersonNames.SameName("Mohammadreza Tabrizi", "Mohammad Reza Tabrizi"));
        Assert.True(Extraction.Resolution.PersonNames.SameName("Abdulkarim al-Rawi", "Abdul Karim al-Rawi"));
        Assert.False(Extraction.Resolution.PersonNames.SameName("Mohammad Tabrizi", "Mohammad Reza Tabrizi"));
        Assert.False(Extraction.Resolution.PersonNames.SameName("Gholam Hosseini", "Gholamreza Hosseini"));
    }

    [Fact]
    public void One_minister_spelt_two_ways_in_two_articles_is_one_person_and_namesakes_stay_apart()
    {
        var pipeline = new ArticlePipeline();
        var first = pipeline.Extract(new SourceDocument("a1", "H\n\nIraqi Oil Minister Hayder al-Suwaidi visited Basra on Monday.\n", SourceDocument.PlainText, "h1"));
        var second = pipeline.Extract(new SourceDocument("a2", "H\n\nIraq's oil minister, Haider al-Sweidi, arrived in Kirkuk on Tuesday.\n", SourceDocument.PlainText, "h2"));
        var resolved = new KnownEntityResolver().ResolveAgainst(second, first.Entities);
        Assert.Equal(NameKey.EntityId(NodeLabels.Person, "Hayder al-Suwaidi"), Assert.Single(resolved.Entities, e => e.Label == NodeLabels.Person).Id);

        var third = pipeline.Extract(new SourceDocument("a3", "H\n\nIraq's oil minister, Hamid al-Saadi, arrived in Kirkuk on Tuesday.\n", SourceDocument.PlainText, "h3"));
        var apart = new KnownEntityResolver().ResolveAgainst(third, first.Entities);
        Assert.NotEqual(NameKey.EntityId(NodeLabels.Person, "Hayder al-Suwaidi"), Assert.Single(apart.Entities, e => e.Label == NodeLabels.Person).Id);
    }

    [Fact]
    public void An_envoy_for_a_country_named_in_apposition_is_the_one_who_acts()
    {
        var graph = Extract("The UN envoy for Yemen, Karim Halabi, visited Kirkuk on Monday.");
        Assert.True(graph.Has(EdgeTypes.Visited, "Karim Halabi", "Kirkuk"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.Visited, "United Nations", "Kirkuk"), graph.Facts());
    }
}
