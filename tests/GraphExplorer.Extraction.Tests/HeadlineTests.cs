using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>Headlines, title case included, are read as sentences: their names and facts are found like any other.</summary>
public sealed class HeadlineTests
{
    [Fact]
    public void A_title_case_headline_keeps_the_capitals_of_names_and_lowers_the_others()
    {
        const string headline = "Jordanian Envoy Karim Haddad Meets With Omani Minister Salim Al Harthy In Muscat";
        var graph = TestArticles.Extract(headline + "\n\nThe two men discussed water sharing. Haddad later left for Amman, where Salim Al Harthy will follow.\n");
        Assert.True(graph.Find(NodeLabels.Person, "Karim Haddad") is not null, graph.Names());
        Assert.NotNull(graph.Find(NodeLabels.Person, "Salim Al Harthy"));
        Assert.DoesNotContain(graph.Entities, e => e.Name.Contains("Meets", StringComparison.Ordinal) || e.Name.Contains("Envoy", StringComparison.Ordinal));
        var role = graph.Relation(EdgeTypes.HoldsRole, "Salim Al Harthy", "Oman");
        Assert.True(role is not null, graph.Facts());
        Assert.Contains(role.Evidence, e => e.Sentence == headline);
    }

    [Fact]
    public void A_headline_meeting_is_found_with_both_people()
    {
        const string headline = "Jordanian envoy Karim Haddad meets with Omani Minister Salim Al Harthy in Muscat";
        var graph = TestArticles.Extract(headline + "\n\nThe two men discussed water sharing. Haddad later left for Amman.\n");
        var meeting = graph.Relation(EdgeTypes.MetWith, "Karim Haddad", "Salim Al Harthy");
        Assert.True(meeting is not null, graph.Names() + " / " + graph.Facts());
        Assert.Equal(headline, meeting.Evidence[0].Sentence);
    }

    [Fact]
    public void A_run_of_capitals_the_body_writes_as_a_name_stays_one_name_in_the_headline()
    {
        var graph = TestArticles.Extract(
            "Northern Water Authority Warns Of Falling Euphrates Flow\n\n"
            + "The Northern Water Authority said the flow of the river had fallen by half, and the authority warned farmers.\n");
        var authority = graph.Find(NodeLabels.Organization, "Northern Water Authority");
        Assert.True(authority is not null, graph.Names());
        Assert.DoesNotContain(graph.Entities, e => e.Name.Contains("Warns", StringComparison.Ordinal) || e.Name.Contains("Flow", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_case_headline_finds_names_no_gazetteer_knows()
    {
        var graph = TestArticles.Extract(
            "Jordanian envoy Karim Haddad visits Baghdad\n\n"
            + "The visit is the first by a Jordanian official this year.\n");
        Assert.NotNull(graph.Find(NodeLabels.Person, "Karim Haddad"));
        Assert.True(graph.Has(EdgeTypes.Visited, "Karim Haddad", "Baghdad"), graph.Facts());
    }
}
