using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Cooperation stated in the first person plural of a quotation ("“Our forces coordinate with X,” Y said"): "our" is
/// the state or body of the speaker's office, whether the title is given in the same sentence or an earlier one, and
/// "our Iraqi brothers" is the state its demonym names; what the speaker only plans or denies is no cooperation.
/// </summary>
public sealed class QuotedFirstPersonCooperationTests
{
    [Theory]
    [InlineData("Lebanon's defence minister, Michel Sleiman, told reporters in Beirut: “Our security services coordinate closely with Syria on the crossings.”", "Lebanon", "Syria")]
    [InlineData("Kuwaiti Interior Minister Talal al-Azmi told reporters in Kuwait City: “Our government exchanges intelligence daily with the Gulf Cooperation Council.”", "Kuwait", "Gulf Cooperation Council")]
    [InlineData("Jordanian Interior Minister Samir Haddad met his Iraqi counterpart Karim Nouri on Saturday. \"Our security services coordinate daily with our Iraqi brothers,\" Haddad told reporters.", "Jordan", "Iraq")]
    [InlineData("Turkish Defence Minister Yasar Celik visited Baghdad on Monday. “Our forces cooperate with Iraq against smugglers,” Celik said at a news conference.", "Turkey", "Iraq")]
    public void The_first_person_plural_of_a_quotation_is_the_speakers_state(string text, string state, string partner)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.Has(EdgeTypes.CooperatesWith, state, partner), graph.Facts());
    }

    [Theory]
    [InlineData("Turkish Defence Minister Yasar Celik visited Baghdad on Monday. “Our forces will cooperate with Iraq against smugglers,” Celik said.")]
    [InlineData("Turkish Defence Minister Yasar Celik visited Baghdad on Monday. “Our forces do not coordinate with Iraq,” Celik said.")]
    public void Planned_or_denied_cooperation_in_a_quotation_is_none(string text)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.False(graph.Has(EdgeTypes.CooperatesWith, "Turkey", "Iraq"), graph.Facts());
    }

    [Fact]
    public void The_first_person_singular_of_a_quotation_is_the_speaker_himself()
    {
        var graph = TestArticles.ExtractBody("“My talks with Iraqi Prime Minister Karim Nouri were useful,” Turkish Defence Minister Yasar Celik said.");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Yasar Celik", "Karim Nouri"), graph.Facts());
    }
}
