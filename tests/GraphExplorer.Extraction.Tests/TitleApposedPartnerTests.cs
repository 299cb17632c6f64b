using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// A meeting or a visit whose argument is reached through an office title with the holder's name set off after it ("held
/// talks with the port's director, X", "met with the speaker of the parliament, X, on Monday", "the deputy head of Y's
/// commission, X, travelled to Z"), wherever the parse hangs the name (on the verb, or on the body or place inside the
/// title's phrase); and a quoted "my"/"I" that stands for the speaker ("“My meeting with X was useful,” Y said"). Planned and
/// negated meetings, a name that opens a clause of its own and a list after the title add nothing.
/// </summary>
public sealed class TitleApposedPartnerTests
{
    [Theory]
    [InlineData("Iraqi Foreign Minister Kamal Darwish held talks with the port's director, Hadi Sallum.", "Kamal Darwish", "Hadi Sallum")]
    [InlineData("Iranian President Reza Amirian met with the speaker of the Iraqi parliament, Hadi Sallum, on Monday.", "Reza Amirian", "Hadi Sallum")]
    [InlineData("Iranian President Reza Amirian received the governor of Basra province, Hadi Sallum, in Tehran.", "Reza Amirian", "Hadi Sallum")]
    [InlineData("The talks between Iraqi Foreign Minister Kamal Darwish and the mayor of Mosul, Nawal Faiq, focused on water.", "Kamal Darwish", "Nawal Faiq")]
    [InlineData("Syrian Interior Minister Bassel Haddad conferred in Amman with the head of Jordan's border police, Omar Khasawneh.", "Bassel Haddad", "Omar Khasawneh")]
    public void A_name_set_off_after_a_title_is_the_partner(string text, string a, string b)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.Has(EdgeTypes.MetWith, a, b), graph.Facts());
    }

    [Fact]
    public void The_holder_named_after_a_title_subject_travels_and_meets()
    {
        var graph = TestArticles.ExtractBody("The deputy head of Iraq's Border Ports Commission, Nawal Faiq, travelled to Tehran and met Iranian officials.");
        Assert.True(graph.Has(EdgeTypes.Visited, "Nawal Faiq", "Tehran"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.MetWith, "Nawal Faiq", "Iran"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.Visited, "Border Ports Commission", "Tehran"), graph.Facts());
    }

    [Theory]
    [InlineData("\"My meeting with Turkey's chief diplomat, Selim Durmazer, was useful,\" Iraqi Foreign Minister Kamal Darwish said.", "Kamal Darwish", "Selim Durmazer")]
    [InlineData("\"My talks with Turkish Foreign Minister Selim Durmazer went well,\" Iraqi Foreign Minister Kamal Darwish told reporters in Ankara.", "Kamal Darwish", "Selim Durmazer")]
    public void A_quoted_my_is_the_speaker(string text, string speaker, string partner)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.Has(EdgeTypes.MetWith, speaker, partner), graph.Facts());
    }

    [Theory]
    [InlineData("Iranian President Reza Amirian did not meet the speaker of the Iraqi parliament, Hadi Sallum.", "Reza Amirian", "Hadi Sallum")]
    [InlineData("Iranian President Reza Amirian will meet the governor of Basra, Hadi Sallum, next week.", "Reza Amirian", "Hadi Sallum")]
    [InlineData("Iranian President Reza Amirian met the governor of Basra, Hadi Sallum said.", "Reza Amirian", "Hadi Sallum")]
    [InlineData("Iraqi Foreign Minister Kamal Darwish may hold talks with the head of the Turkish water board, Selim Durmazer, if the dam dispute eases.", "Kamal Darwish", "Selim Durmazer")]
    public void A_planned_or_negated_meeting_or_a_name_opening_its_own_clause_is_no_meeting(string text, string a, string b)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.False(graph.Has(EdgeTypes.MetWith, a, b), graph.Facts());
    }
}
