using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>Places: the GeoNames towns of the region, and open-class cues for places no gazetteer holds.</summary>
public sealed class PlaceRecognitionTests
{
    private static ArticleGraph Extract(string body) => TestArticles.Extract("Headline\n\n" + body + "\n");

    [Fact]
    public void A_town_of_the_region_from_GeoNames_is_a_place_of_its_country()
    {
        var graph = Extract("Turkish jets struck targets near Silopi and Uludere on Sunday.");
        Assert.NotNull(graph.Find(NodeLabels.Place, "Silopi"));
        Assert.NotNull(graph.Find(NodeLabels.Place, "Uludere"));
        Assert.Equal("Turkey", Recognition.Gazetteer.Default.Place("Silopi")?.Country);
    }

    [Fact]
    public void A_town_name_inside_a_persons_name_stays_the_persons()
    {
        var graph = Extract("Police chief Kemal Demirci said the road was open. Later, Demirci said more patrols would come.");
        Assert.NotNull(graph.Find(NodeLabels.Person, "Kemal Demirci"));
        Assert.Null(graph.Find(NodeLabels.Place, "Demirci"));
    }

    [Theory]
    [InlineData("Trucks queued at the Tal Kocher border crossing for days.", "Tal Kocher border crossing")]
    [InlineData("The families were moved to the Hasna camp last week.", "Hasna camp")]
    [InlineData("Soldiers guarded the Ghweran prison overnight.", "Ghweran prison")]
    [InlineData("Militants hid in the Makhul hills for months.", "Makhul hills")]
    [InlineData("Shelling hit Rashkan village on Friday.", "Rashkan")]
    [InlineData("The raid took place in the village of Kani Spi.", "Kani Spi")]
    [InlineData("Jets struck Mount Asos overnight.", "Mount Asos")]
    [InlineData("Delegates met in Brasov on Thursday.", "Brasov")]
    [InlineData("Rebels camped in Kalar outside Kirkuk last year.", "Kalar")]
    public void Open_class_cues_mark_unknown_places(string sentence, string place)
    {
        Assert.NotNull(Extract(sentence).Find(NodeLabels.Place, place));
    }

    [Fact]
    public void Every_name_of_a_list_closed_by_a_plural_place_head_is_a_place()
    {
        var graph = Extract("Drones hit the Xakurke, Kanimasi and Berdarash-Gomane regions in the north.");
        Assert.NotNull(graph.Find(NodeLabels.Place, "Xakurke"));
        Assert.NotNull(graph.Find(NodeLabels.Place, "Kanimasi"));
        Assert.NotNull(graph.Find(NodeLabels.Place, "Berdarash-Gomane"));
    }

    [Fact]
    public void Every_name_of_a_list_a_plural_place_head_opens_is_a_place()
    {
        var graph = Extract("Smugglers use crossings such as Penjwen and Sirwan, and the ports of Bawaji and Kile.");
        Assert.NotNull(graph.Find(NodeLabels.Place, "Penjwen"));
        Assert.NotNull(graph.Find(NodeLabels.Place, "Sirwan"));
        Assert.NotNull(graph.Find(NodeLabels.Place, "Bawaji"));
        Assert.NotNull(graph.Find(NodeLabels.Place, "Kile"));
    }

    [Fact]
    public void A_crossing_named_by_its_town_is_the_town_the_article_names()
    {
        var graph = Extract("Traders waited at Bawaji for hours. Officials said the Bawaji gate would reopen on Monday.");
        var place = Assert.Single(graph.Entities, e => e.Label == NodeLabels.Place);
        Assert.Contains("Bawaji gate", place.AllNames);
    }

    [Fact]
    public void Two_spellings_of_an_unknown_place_in_one_article_are_one_place()
    {
        var graph = Extract("Clashes erupted in Sinone district. Families fled Sinony district at night.");
        Assert.Single(graph.Entities, e => e.Label == NodeLabels.Place);
    }

    [Theory]
    [InlineData("Aid reached Kurdish areas on Monday.")]
    [InlineData("The statement was read in Parliament on Monday.")]
    [InlineData("Officials spoke in Arabic on Tuesday.")]
    public void Adjectives_and_bodies_before_place_cues_are_no_places(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Entities, e => e.Label == NodeLabels.Place);
    }
}
