using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

public sealed class RecognitionTests
{
    [Fact]
    public void Countries_demonyms_and_capitals_come_from_the_gazetteer()
    {
        var graph = TestArticles.Extract("Headline\n\nLebanese officials travelled to Amman and later to Norway.\n");
        Assert.NotNull(graph.Find(NodeLabels.Country, "Lebanon"));
        Assert.NotNull(graph.Find(NodeLabels.Place, "Amman"));
        Assert.NotNull(graph.Find(NodeLabels.Country, "Norway"));
    }

    [Fact]
    public void Every_country_of_the_gazetteer_is_known_with_a_demonym()
    {
        var gazetteer = Recognition.Gazetteer.Default;
        Assert.True(gazetteer.Countries.Count >= 190, $"only {gazetteer.Countries.Count} countries");
        Assert.Equal("Azerbaijan", gazetteer.CountryOfDemonym("Azerbaijani"));
        Assert.Equal("Baghdad", gazetteer.Country("Iraq")?.Capital);
    }

    [Fact]
    public void An_unseen_person_after_a_title_is_recognized()
    {
        var graph = TestArticles.Extract("Headline\n\nEgyptian Foreign Minister Badr Abdelatty arrived in Cairo late on Friday.\n");
        Assert.NotNull(graph.Find(NodeLabels.Person, "Badr Abdelatty"));
    }

    [Fact]
    public void An_unseen_person_in_an_apposition_with_head_of_is_recognized()
    {
        var graph = TestArticles.Extract("Headline\n\nTalks were led by Shwan Dizayee, head of the Dohuk Water Directorate, on Sunday.\n");
        Assert.NotNull(graph.Find(NodeLabels.Person, "Shwan Dizayee"));
        Assert.NotNull(graph.Find(NodeLabels.Organization, "Dohuk Water Directorate"));
    }

    [Fact]
    public void An_unseen_person_before_a_reporting_verb_is_recognized()
    {
        var graph = TestArticles.Extract("Headline\n\nThe road was closed for a week, Nizar Kanaan said on Monday.\n");
        Assert.NotNull(graph.Find(NodeLabels.Person, "Nizar Kanaan"));
    }

    [Fact]
    public void Organization_head_words_make_an_unseen_organization()
    {
        var graph = TestArticles.Extract("Headline\n\nThe Free Valley Movement and the Southern Relief Agency opened offices in the town.\n");
        Assert.NotNull(graph.Find(NodeLabels.Organization, "Free Valley Movement"));
        Assert.NotNull(graph.Find(NodeLabels.Organization, "Southern Relief Agency"));
    }

    [Fact]
    public void Place_cues_make_an_unseen_place()
    {
        var graph = TestArticles.Extract("Headline\n\nAid reached the city of Zarqan and the Bardarash refugee camp this week.\n");
        Assert.NotNull(graph.Find(NodeLabels.Place, "Zarqan"));
        Assert.NotNull(graph.Find(NodeLabels.Place, "Bardarash refugee camp"));
    }

    [Fact]
    public void Capitalized_words_without_any_cue_are_no_entity()
    {
        var graph = TestArticles.Extract("Headline\n\nMeanwhile Experts warned that Prices could climb, organised by Marwick and others.\n");
        Assert.Empty(graph.Entities);
    }

    [Fact]
    public void Demonym_phrases_name_the_state_its_forces_and_its_ministries()
    {
        var graph = TestArticles.Extract("Headline\n\nThe Jordanian government said Jordanian forces were on alert, and the Jordanian foreign ministry summoned an envoy.\n");
        Assert.Contains("Jordanian government", graph.Find(NodeLabels.Country, "Jordan")!.Aliases);
        Assert.NotNull(graph.Find(NodeLabels.Organization, "Jordanian Armed Forces"));
        Assert.NotNull(graph.Find(NodeLabels.Organization, "Ministry of Foreign Affairs of Jordan"));
    }

    [Fact]
    public void A_title_case_headline_yields_only_known_names()
    {
        var graph = TestArticles.Extract("Kuwait Launches New Desert Patrol Program Along Northern Frontier\n\nThe patrols began on Monday.\n");
        Assert.NotNull(graph.Find(NodeLabels.Country, "Kuwait"));
        Assert.Single(graph.Entities);
    }
}
