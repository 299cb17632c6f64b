using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Attacks whose attacker another sentence names: an attack stated with its victims and no attacker is completed by a
/// claim of it in the next two sentences (which a later condemnation then accuses), never by a denial, a planned or
/// doubted claim, a mere mention, or a claim past a change of topic. Armed groups unknown to the gazetteer named by an
/// armed-group head ("X Legion") or a transliterated opening word ("Saraya X", "Kata'ib X", "Liwa X"), and the
/// definite nouns that refer back to such a group ("the legion", "the committees").
/// </summary>
public sealed class ClaimedAttackAndArmedGroupNameTests
{
    [Theory]
    [InlineData("Three Syrian soldiers were killed in an ambush near Deir ez-Zor on Monday. The Euphrates Lions Battalion claimed responsibility for the attack in a statement.", "Euphrates Lions Battalion", "Syria")]
    [InlineData("Gunmen killed four Iraqi soldiers at a checkpoint near Rutba overnight. On Tuesday the Badiya Wolves Brigade claimed the ambush on its Telegram channel.", "Badiya Wolves Brigade", "Iraq")]
    [InlineData("Two Turkish soldiers were killed when a roadside bomb hit their vehicle near Tal Abyad. Local officials said the road was closed. The Raqqa Free Front took credit for the bombing.", "Raqqa Free Front", "Turk")]
    [InlineData("Four Iranian border guards were martyred near Saravan late on Friday, the provincial police said. The Makran Sons Brigade claimed responsibility for the assault.", "Makran Sons Brigade", "Iran")]
    public void A_claim_in_a_later_sentence_names_the_attacker_of_an_attack_stated_without_one(string text, string attacker, string target)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.HasByNamePart(EdgeTypes.Attacked, attacker, target), graph.Facts());
    }

    [Theory]
    [InlineData("Three Syrian soldiers were killed in an ambush near Deir ez-Zor on Monday. The Euphrates Lions Battalion denied any role in the attack.")]
    [InlineData("Three Syrian soldiers were killed in an ambush near Deir ez-Zor on Monday. The Euphrates Lions Battalion denied responsibility for the attack.")]
    [InlineData("Three Syrian soldiers were killed in an ambush near Deir ez-Zor on Monday. The Euphrates Lions Battalion may have carried out the attack, officials said.")]
    [InlineData("Three Syrian soldiers were killed in an ambush near Deir ez-Zor on Monday. The Euphrates Lions Battalion is active in the area.")]
    [InlineData("Three Syrian soldiers were killed in an ambush near Deir ez-Zor on Monday. Bread prices rose in the city. Schools stayed closed. The Euphrates Lions Battalion claimed responsibility for the attack.")]
    [InlineData("Three Syrian soldiers were killed in an ambush near Deir ez-Zor on Monday. No group has claimed the attack, and the Euphrates Lions Battalion has not commented.")]
    public void A_denial_a_doubted_claim_a_mention_or_a_distant_claim_names_no_attacker(string text)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.False(graph.HasByNamePart(EdgeTypes.Attacked, "Euphrates Lions Battalion", "Syria"), graph.Facts());
    }

    [Fact]
    public void A_condemnation_after_the_claim_accuses_the_group_that_claimed_the_attack()
    {
        var graph = TestArticles.ExtractBody("Two Iraqi soldiers were killed in an ambush near Tuz Khurmatu. The Hamrin Falcons Brigade claimed responsibility for the attack. "
            + "Iraq's foreign ministry condemned the attack.");
        Assert.True(graph.HasByNamePart(EdgeTypes.Attacked, "Hamrin Falcons Brigade", "Iraq"), graph.Facts());
        Assert.True(graph.HasByNamePart(EdgeTypes.Accused, "Iraq", "Hamrin Falcons Brigade"), graph.Facts());
    }

    [Fact]
    public void An_attack_without_attacker_does_not_displace_the_attack_named_before()
    {
        var graph = TestArticles.ExtractBody("Turkish jets struck a camp of the Zab Eagles Battalion near Makhmour on Sunday. Two Iraqi soldiers were killed nearby. "
            + "The Kurdistan Regional Government condemned the strike.");
        Assert.True(graph.HasByNamePart(EdgeTypes.Accused, "Kurdistan Regional Government", "Turk"), graph.Facts());
    }

    [Theory]
    [InlineData("Turkish drones struck Saraya Awliya al-Dam near Sinjar on Sunday.", "Saraya Awliya al-Dam")]
    [InlineData("Kata'ib Jund al-Haqq attacked a Turkish convoy near Zakho.", "Kata'ib Jund al-Haqq")]
    [InlineData("The Tal Abyad Legion ambushed a Syrian army patrol on Monday.", "Tal Abyad Legion")]
    [InlineData("Jordanian jets bombed hideouts of Liwa Ahrar al-Hawran near Daraa.", "Liwa Ahrar al-Hawran")]
    [InlineData("A spokesman said Harakat Ansar al-Sahel had shelled the Syrian army base at dawn.", "Harakat Ansar al-Sahel")]
    public void An_armed_group_unknown_to_the_gazetteer_is_named_by_its_head_or_opening_word(string text, string group)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.Contains(graph.Entities, e => e.Label == NodeLabels.Organization && e.AllNames.Contains(group));
        Assert.Contains(graph.Relationships, r => r.Type == EdgeTypes.Attacked.Name
            && graph.Entities.Any(e => e.AllNames.Contains(group) && (e.Id == r.SourceId || e.Id == r.TargetId)));
    }

    [Theory]
    [InlineData("Clashes broke out in Saraya on Monday.", "Saraya")]
    [InlineData("Residents of Liwa said the road was closed.", "Liwa")]
    public void A_single_opening_word_is_no_group(string text, string word)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.DoesNotContain(graph.Entities, e => e.Label == NodeLabels.Organization && e.AllNames.Contains(word));
    }

    [Theory]
    [InlineData("The Qasr Hawks Legion shelled a Syrian army post near Hasakah. Syria's defence ministry accused the legion of breaking the truce.", "Syria", "Qasr Hawks Legion")]
    [InlineData("Iraqi army units and fighters of the Sinune Defence Committees traded fire near Sinjar. The army accuses the committees of smuggling weapons.", "Iraq", "Sinune Defence Committees")]
    [InlineData("The Nahrawan Martyrs Battalions attacked a police checkpoint near Baqubah. Iraq's interior ministry blamed the battalions for the deaths of two guards.", "Iraq", "Nahrawan Martyrs Battalions")]
    public void A_definite_head_noun_refers_back_to_the_armed_group_so_named(string text, string accuser, string accused)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.HasByNamePart(EdgeTypes.Accused, accuser, accused), graph.Facts());
    }

    [Theory]
    [InlineData("Iranian and Iraqi troops traded fire near Mehran on Sunday.", "Iran", "Iraq")]
    [InlineData("Lebanese and Syrian soldiers exchanged gunfire across the border overnight.", "Leban", "Syria")]
    [InlineData("A firefight between Azerbaijani and Armenian soldiers erupted near Sotk before dawn.", "Azerbaijan", "Armenia")]
    [InlineData("Officials said Jordanian and Syrian troops had clashed near the Nasib crossing.", "Jordan", "Syria")]
    public void Two_states_forces_named_by_coordinated_demonyms_fight_as_the_states(string text, string one, string other)
    {
        var graph = TestArticles.ExtractBody(text);
        var states = graph.Entities.Where(e => e.Label == NodeLabels.Country).ToList();
        Assert.Contains(graph.Relationships, r => r.Type == EdgeTypes.Fought.Name
            && new[] { r.SourceId, r.TargetId }.All(id => states.Any(s => s.Id == id))
            && states.Any(s => s.Name.Contains(one, StringComparison.Ordinal) && (s.Id == r.SourceId || s.Id == r.TargetId))
            && states.Any(s => s.Name.Contains(other, StringComparison.Ordinal) && (s.Id == r.SourceId || s.Id == r.TargetId)));
    }

    [Theory]
    [InlineData("Iranian and Iraqi border guards patrolled the road near Mehran together.")]
    [InlineData("Lebanese and Syrian soldiers did not exchange fire, the army said.")]
    public void Coordinated_demonyms_without_a_fight_fight_no_one(string text)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Fought.Name);
    }
}
