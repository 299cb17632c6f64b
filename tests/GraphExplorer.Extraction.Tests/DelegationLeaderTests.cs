using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// A delegation, team or mission takes part in talks through the person who leads it, however the leading is said: a
/// phrasal participle ("presided over by X", "headed up by X"), another verb of leading ("captained by X"), a noun of
/// leading ("under the chairmanship of X"), a relative clause with the leader as its subject ("a team which X headed"), and
/// "it" for the delegation in a later clause ("arrived in Baghdad, where it met Y"). Planned and negated talks add nothing.
/// </summary>
public sealed class DelegationLeaderTests
{
    [Theory]
    [InlineData("A Syrian delegation, presided over by Interior Minister Bassam Qatana, met Jordanian officials in Amman.", "Bassam Qatana", "Jordan")]
    [InlineData("A Turkish delegation headed up by Deputy Foreign Minister Nuri Akcadag met Iraqi officials in Baghdad.", "Nuri Akcadag", "Iraq")]
    [InlineData("A Jordanian team, captained by Interior Minister Mazen Faraya, held talks in Damascus with Syrian officials.", "Mazen Faraya", "Syria")]
    [InlineData("Iraqi officials met a Kuwaiti mission under the chairmanship of Foreign Minister Abdullah al-Yahya in Baghdad.", "Abdullah al-Yahya", "Iraq")]
    [InlineData("Iraqi officials held talks with an Iranian team which Deputy Interior Minister Majid Mirahmadi headed.", "Majid Mirahmadi", "Iraq")]
    [InlineData("Lebanese officials held talks with a Syrian committee that Deputy Prime Minister Hussam Qatana chaired.", "Hussam Qatana", "Lebanon")]
    public void The_leader_of_a_delegation_takes_part_in_its_talks(string text, string leader, string other)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.Has(EdgeTypes.MetWith, leader, other), graph.Facts());
    }

    [Fact]
    public void It_after_a_led_delegation_is_its_leader()
    {
        var graph = TestArticles.ExtractBody("A Kuwaiti delegation headed by Foreign Minister Abdullah al-Yahya arrived in Baghdad, where it met Iraqi officials.");
        Assert.True(graph.Has(EdgeTypes.Visited, "Abdullah al-Yahya", "Baghdad"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.MetWith, "Abdullah al-Yahya", "Iraq"), graph.Facts());
    }

    [Theory]
    [InlineData("A Turkish delegation led by Deputy Foreign Minister Nuri Akcadag arrived in Baghdad, where it will meet Iraqi officials.", "Nuri Akcadag", "Iraq")]
    [InlineData("An Iranian delegation that Deputy Interior Minister Majid Mirahmadi led did not meet Iraqi officials.", "Majid Mirahmadi", "Iraq")]
    [InlineData("A Syrian delegation, presided over by Interior Minister Bassam Qatana, is expected to meet Jordanian officials in Amman.", "Bassam Qatana", "Jordan")]
    public void Planned_or_negated_talks_of_a_delegation_are_no_meeting(string text, string leader, string other)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.False(graph.Has(EdgeTypes.MetWith, leader, other), graph.Facts());
    }
}
