using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Constructions of issue 10 still missed in news prose, each on sentences of its own: a meeting verb after a plural or
/// coordinated subject that is no name ("The two ministers dined with X", read by the parser as a noun phrase with a
/// participle); passive backing verbs coordinated under one by-phrase ("funded and armed by X"); backing received as a
/// gerund object ("received funding from X"); and cooperation stated by "alongside" and "in tandem with". Each with the
/// reduced relatives, planned and negated cases that must not yield the fact.
/// </summary>
public sealed class PluralSubjectBackingAndAlongsideTests
{
    [Theory]
    [InlineData("Iraqi Foreign Minister Hadi Rikabi and Jordanian Foreign Minister Samir Majali arrived in Erbil on Monday. The two ministers dined with Kurdistan Region President Nechirvan Barzani at his residence.", "Nechirvan Barzani")]
    [InlineData("Iraqi Foreign Minister Hadi Rikabi and Jordanian Foreign Minister Samir Majali landed in Baghdad on Sunday. Both ministers conferred with Iraqi Prime Minister Karim Saadi later that day.", "Karim Saadi")]
    [InlineData("Iraqi Foreign Minister Hadi Rikabi and Jordanian Foreign Minister Samir Majali reached Basra on Tuesday. The two men met Governor Asaad Idani at the port.", "Asaad Idani")]
    public void A_meeting_verb_after_a_plural_subject_is_the_verb_of_both(string text, string host)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.Has(EdgeTypes.MetWith, "Hadi Rikabi", host), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.MetWith, "Samir Majali", host), graph.Facts());
    }

    [Theory]
    [InlineData("Iraqi Foreign Minister Hadi Rikabi and Jordanian Foreign Minister Samir Majali arrived in Erbil on Monday. The two ministers expected to dine with Kurdistan Region President Nechirvan Barzani left early.", "Nechirvan Barzani")]
    [InlineData("Iraqi Foreign Minister Hadi Rikabi and Jordanian Foreign Minister Samir Majali arrived in Erbil on Monday. The two ministers did not dine with Kurdistan Region President Nechirvan Barzani.", "Nechirvan Barzani")]
    public void A_planned_or_negated_meeting_after_a_plural_subject_is_no_meeting(string text, string host)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.False(graph.Has(EdgeTypes.MetWith, "Hadi Rikabi", host), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.MetWith, "Samir Majali", host), graph.Facts());
    }

    [Theory]
    [InlineData("The Hamrin Valley Brigade is funded and armed by Iran, according to US officials.", "Hamrin Valley Brigade", "Iran")]
    [InlineData("The Zagros Free Brigade was financed and equipped by Turkey, the report said.", "Zagros Free Brigade", "Turkey")]
    [InlineData("The Sinjar Defence Units were trained, funded and armed by the Kurdistan Workers' Party, officials said.", "Sinjar Defence Units", "Kurdistan Workers' Party")]
    public void Coordinated_passive_backing_verbs_share_the_by_phrase(string sentence, string backed, string backer)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.True(graph.Has(EdgeTypes.BackedBy, backed, backer), graph.Facts());
        Assert.Single(graph.Relationships, r => r.Type == EdgeTypes.BackedBy.Name);
    }

    [Theory]
    [InlineData("The Hamrin Valley Brigade was funded by Iran and later attacked by Turkey.", "Hamrin Valley Brigade", "Turkey")]
    [InlineData("The Zagros Free Brigade was not funded and was never armed by Iran.", "Zagros Free Brigade", "Iran")]
    public void A_by_phrase_is_not_shared_with_another_edge_or_a_negated_verb(string sentence, string backed, string notBacker)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.False(graph.Has(EdgeTypes.BackedBy, backed, notBacker), graph.Facts());
    }

    [Theory]
    [InlineData("The Hamrin Valley Brigade received funding from Iran for years, the report said.", "Hamrin Valley Brigade", "Iran")]
    [InlineData("The Zagros Free Brigade obtained funding from Turkey through a front company.", "Zagros Free Brigade", "Turkey")]
    [InlineData("The Sinjar Defence Units got training from the Kurdistan Workers' Party in Qandil.", "Sinjar Defence Units", "Kurdistan Workers' Party")]
    public void Backing_received_as_a_gerund_object_is_backing(string sentence, string backed, string backer)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.True(graph.Has(EdgeTypes.BackedBy, backed, backer), graph.Facts());
    }

    [Theory]
    [InlineData("The Hamrin Valley Brigade denied receiving funding from Iran.", "Hamrin Valley Brigade", "Iran")]
    [InlineData("The Zagros Free Brigade received visitors from Turkey on Monday.", "Zagros Free Brigade", "Turkey")]
    [InlineData("The Zagros Free Brigade started raiding from Turkey last year.", "Zagros Free Brigade", "Turkey")]
    public void Denied_funding_or_another_object_is_no_backing(string sentence, string backed, string notBacker)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.False(graph.Has(EdgeTypes.BackedBy, backed, notBacker), graph.Facts());
    }

    [Theory]
    [InlineData("Iraqi troops fought alongside the Peshmerga against the Islamic State near Makhmour.", "Iraqi Armed Forces", "Peshmerga")]
    [InlineData("The Sinjar Defence Units have operated alongside the Kurdistan Workers' Party since 2015.", "Sinjar Defence Units", "Kurdistan Workers' Party")]
    [InlineData("Iraqi forces worked in tandem with the Peshmerga to clear the villages.", "Iraqi Armed Forces", "Peshmerga")]
    [InlineData("The Hamrin Valley Brigade acted in tandem with the Zagros Free Brigade during the offensive.", "Hamrin Valley Brigade", "Zagros Free Brigade")]
    public void Fighting_alongside_or_in_tandem_with_is_cooperation(string sentence, string a, string b)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.True(graph.Has(EdgeTypes.CooperatesWith, a, b), graph.Facts());
    }

    [Theory]
    [InlineData("Iraqi troops refused to fight alongside the Peshmerga near Makhmour.", "Iraqi Armed Forces", "Peshmerga")]
    [InlineData("Iraqi forces were deployed alongside the road to Makhmour near the Peshmerga lines.", "Iraqi Armed Forces", "Peshmerga")]
    [InlineData("The Hamrin Valley Brigade never fought alongside the Zagros Free Brigade.", "Hamrin Valley Brigade", "Zagros Free Brigade")]
    public void Refused_negated_or_placed_alongside_is_no_cooperation(string sentence, string a, string b)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.False(graph.Has(EdgeTypes.CooperatesWith, a, b), graph.Facts());
    }
}
