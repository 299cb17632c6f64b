using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>Names as news prints them: apostrophes, particles, nicknames, courtesy titles, descriptions that mark a person.</summary>
public sealed class NameRecognitionTests
{
    private static ArticleGraph Extract(string body) => TestArticles.Extract("Headline\n\n" + body + "\n");

    [Fact]
    public void A_typographic_apostrophe_closing_a_name_word_keeps_the_name_whole()
    {
        var graph = Extract("Iraqi lawmaker Saad Rabi’ al-Jubouri spoke in Mosul on Sunday.");
        Assert.NotNull(graph.Find(NodeLabels.Person, "Saad Rabi’ al-Jubouri"));
        Assert.Null(graph.Find(NodeLabels.Person, "Saad Rabi"));
        Assert.Null(graph.Find(NodeLabels.Person, "al-Jubouri"));
    }

    [Fact]
    public void A_closing_quotation_mark_is_no_part_of_a_name()
    {
        var graph = Extract("Residents call the quarter ‘Little Basra’ Karim Saadoun said on Monday.");
        Assert.Null(graph.Find(NodeLabels.Person, "Little Basra’ Karim Saadoun"));
    }

    [Theory]
    [InlineData("Qatari envoy Hamad bin Jassim al-Thani met the delegation in Doha.", "Hamad bin Jassim al-Thani")]
    [InlineData("Fatima bint Mubarak al-Ketbi said the talks went well.", "Fatima bint Mubarak al-Ketbi")]
    [InlineData("The group was founded by Abu Musab al-Zarqawi years ago, officials said.", "Abu Musab al-Zarqawi")]
    [InlineData("Cleric Abd al-Aziz al-Hakim said the vote would go ahead.", "Abd al-Aziz al-Hakim")]
    [InlineData("The books of Abd ol-Karim Soroush were banned, officials said.", "Abd ol-Karim Soroush")]
    [InlineData("Governor Salah ud-Din Bahaaddin said the road was open.", "Salah ud-Din Bahaaddin")]
    public void Particles_inside_a_name_keep_it_whole(string sentence, string name)
    {
        Assert.NotNull(Extract(sentence).Find(NodeLabels.Person, name));
    }

    [Fact]
    public void A_quoted_nickname_stays_out_of_the_name_and_is_kept_as_an_alias()
    {
        var graph = Extract("Militia commander Ali \"Abu Zaid\" al-Hamdani was killed on Tuesday.");
        var person = graph.Find(NodeLabels.Person, "Ali al-Hamdani");
        Assert.NotNull(person);
        Assert.Contains("Ali \"Abu Zaid\" al-Hamdani", person.Aliases);
        Assert.Null(graph.Find(NodeLabels.Person, "Abu Zaid"));
    }

    [Fact]
    public void A_second_name_in_parentheses_and_a_name_listed_with_it_are_persons()
    {
        var graph = Extract("Two guards identified as Karwan (Aziz) Rashid and Dilshad Omer were wounded.");
        Assert.NotNull(graph.Find(NodeLabels.Person, "Karwan Rashid"));
        Assert.NotNull(graph.Find(NodeLabels.Person, "Dilshad Omer"));
    }

    [Theory]
    [InlineData("Thousands mourned Leyla Demirtas, a 23-year-old nurse who was shot at a checkpoint.", "Leyla Demirtas")]
    [InlineData("Police detained activist Rebaz Mirza near the market.", "Rebaz Mirza")]
    [InlineData("The death of 30-year-old Iranian Kurd Shirin Alavi sparked protests.", "Shirin Alavi")]
    [InlineData("The strike wounded Dara Kakayi, a farmer from the village.", "Dara Kakayi")]
    public void A_description_of_a_private_person_marks_an_unknown_name(string sentence, string name)
    {
        Assert.NotNull(Extract(sentence).Find(NodeLabels.Person, name));
    }

    [Fact]
    public void A_description_of_a_place_marks_no_person()
    {
        var graph = Extract("The drone hit Kani Rash, a small village near the border.");
        Assert.Null(graph.Find(NodeLabels.Person, "Kani Rash"));
    }

    [Fact]
    public void A_courtesy_title_is_a_cue_but_no_part_of_the_name()
    {
        var graph = Extract("Mr Saleh said the border would reopen.");
        Assert.NotNull(graph.Find(NodeLabels.Person, "Saleh"));
        Assert.Null(graph.Find(NodeLabels.Person, "Mr Saleh"));
    }

    [Fact]
    public void The_outlet_a_source_spoke_to_is_no_person()
    {
        var graph = Extract("A local official told Kurdistan Chronicle that the road was closed.");
        Assert.DoesNotContain(graph.Entities, e => e.Label == NodeLabels.Person);
    }

    [Fact]
    public void A_holiday_with_a_particle_is_no_person()
    {
        var graph = Extract("The offensive will start after Eid al-Adha, officials said.");
        Assert.DoesNotContain(graph.Entities, e => e.Label == NodeLabels.Person);
    }

    [Fact]
    public void A_named_outlet_with_an_al_particle_is_an_organization()
    {
        var graph = Extract("The broadcaster Al-Rafidain TV showed the convoy, and the daily Azadi Times printed the list.");
        Assert.NotNull(graph.Find(NodeLabels.Organization, "Al-Rafidain TV"));
        Assert.Null(graph.Find(NodeLabels.Person, "Al-Rafidain TV"));
        Assert.NotNull(graph.Find(NodeLabels.Organization, "Azadi Times"));
    }

    [Fact]
    public void A_hyphened_particle_opening_a_camp_name_stays_in_it()
    {
        var graph = Extract("The families were taken to al-Karama camp on Friday.");
        Assert.NotNull(graph.Find(NodeLabels.Place, "al-Karama camp"));
        Assert.Null(graph.Find(NodeLabels.Person, "al-Karama"));
    }

    [Fact]
    public void And_inside_a_body_name_keeps_the_body_whole()
    {
        var graph = Extract("The Water Sharing and Dams Commission met in Baghdad.");
        Assert.NotNull(graph.Find(NodeLabels.Organization, "Water Sharing and Dams Commission"));
        Assert.Null(graph.Find(NodeLabels.Organization, "Dams Commission"));
    }

    [Fact]
    public void And_between_a_person_and_a_body_joins_nothing()
    {
        var graph = Extract("Ahmed Kareem and Civil Defense Directorate officials inspected the site.");
        Assert.Null(graph.Find(NodeLabels.Organization, "Ahmed Kareem and Civil Defense Directorate"));
    }

    [Fact]
    public void A_bracketed_name_after_a_minister_and_portfolio_holds_the_office()
    {
        var graph = Extract("The report was approved by the Lebanese Minister of Public Works [Karim Haddad] last month.");
        Assert.NotNull(graph.Find(NodeLabels.Person, "Karim Haddad"));
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Karim Haddad", "Lebanon"), graph.Facts());
    }

    [Fact]
    public void An_abbreviated_rank_is_a_title_not_a_person()
    {
        var graph = Extract("Coalition commander Gen. Daniel Mercer said the raid succeeded.");
        Assert.Null(graph.Find(NodeLabels.Person, "Gen"));
        Assert.NotNull(graph.Find(NodeLabels.Person, "Daniel Mercer"));
    }
}
