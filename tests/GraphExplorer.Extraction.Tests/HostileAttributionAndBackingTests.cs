using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Hostile facts stated through attribution, exchange, supply and the passive: responsibility a speaker lays on someone
/// ("X said Y was behind the attack", "blamed the bombing on Y", "attributed the strike to Y") accuses them, never when
/// denied, doubted or claimed for oneself; fire of any kind exchanged or traded by two sides is a fight; arms, training or
/// air cover supplied, provided or received is backing, never when denied or planned; victims "were wounded" or "were
/// injured" (the participle tagged as an adjective) are the patients of a passive; a plural name with an article that
/// attacks, claims, fights or is struck or designated is an armed group, never a place, a people or a name without such a verb.
/// </summary>
public sealed class HostileAttributionAndBackingTests
{
    [Theory]
    [InlineData("Iraq's interior ministry said the PKK was behind the bombing of a checkpoint near Duhok.", "Interior", "Kurdistan Workers")]
    [InlineData("Kataib Hezbollah was behind the drone attack on the Tanf garrison, two US officials said on Friday.", "United States", "Kataib Hezbollah")]
    [InlineData("The Syrian foreign ministry said on Sunday that Israel was responsible for the strike on the airport.", "Foreign", "Israel")]
    [InlineData("Ankara believes the YPG was responsible for the bombing in Istanbul, the minister said.", "Turkey", "YPG")]
    [InlineData("Turkey blamed the ambush on the PKK.", "Turkey", "Kurdistan Workers")]
    [InlineData("Baghdad blamed the rocket attack on Kataib Hezbollah, a government spokesman said.", "Iraq", "Kataib Hezbollah")]
    [InlineData("The Syrian government attributed the car bombing in Qamishli to the Islamic State.", "Syria", "ISIS")]
    [InlineData("Jordan attributed the drone strike on its border post to Iran-backed militias and Iran.", "Jordan", "Iran")]
    public void Responsibility_laid_on_someone_accuses_them(string text, string accuser, string accused)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.HasByNamePart(EdgeTypes.Accused, accuser, accused), graph.Facts());
    }

    [Theory]
    [InlineData("Iraq's interior ministry denied that the PKK was behind the bombing of a checkpoint near Duhok.", "Kurdistan Workers")]
    [InlineData("Iraq's interior ministry said the PKK may have been behind the bombing of a checkpoint near Duhok.", "Kurdistan Workers")]
    [InlineData("Iraq's interior ministry said the PKK was not behind the bombing of a checkpoint near Duhok.", "Kurdistan Workers")]
    [InlineData("Iraq's interior ministry said it was unclear whether the PKK was responsible for the bombing.", "Kurdistan Workers")]
    [InlineData("Turkey did not blame the ambush on the PKK.", "Kurdistan Workers")]
    [InlineData("Syria may attribute the car bombing in Qamishli to the Islamic State.", "ISIS")]
    public void Denied_doubted_or_negated_responsibility_accuses_no_one(string text, string accused)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Accused.Name
            && graph.Entities.Any(e => e.Id == r.TargetId && e.AllNames.Any(n => n.Contains(accused, StringComparison.Ordinal))));
    }

    [Fact]
    public void A_group_that_says_it_was_behind_an_attack_accuses_no_one()
    {
        var graph = TestArticles.ExtractBody("Kataib Hezbollah said it was behind the drone attack on the Tanf garrison.");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Accused.Name);
    }

    [Theory]
    [InlineData("The Syrian army and the SDF exchanged shelling across the Euphrates on Monday.", "Syrian Arab Army", "Syrian Democratic Forces")]
    [InlineData("Turkish troops and YPG fighters traded artillery fire near Tal Rifaat overnight.", "Turk", "YPG")]
    [InlineData("Iranian troops and Jaish al-Adl militants exchanged rocket fire near Saravan.", "Iran", "Jaish al-Adl")]
    [InlineData("The Peshmerga and the PKK exchanged mortar rounds near Zumar, witnesses said.", "Peshmerga", "Kurdistan Workers")]
    public void Fire_of_any_kind_exchanged_by_two_sides_is_a_fight(string text, string one, string other)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.HasByNamePart(EdgeTypes.Fought, one, other) || graph.HasByNamePart(EdgeTypes.Fought, other, one), graph.Facts());
    }

    [Theory]
    [InlineData("The Syrian army and the SDF exchanged prisoners near Manbij on Monday.")]
    [InlineData("The Syrian army and the SDF exchanged messages through Russian mediators.")]
    public void Other_exchanges_are_no_fight(string text)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Fought.Name);
    }

    [Theory]
    [InlineData("Iran supplied drones and missiles to Kataib Hezbollah, US officials say.", "Kataib Hezbollah", "Iran")]
    [InlineData("The Syrian Democratic Forces received weapons from the United States during the campaign.", "Syrian Democratic Forces", "United States")]
    [InlineData("According to the report, Hezbollah got weapons and money from Iran for years.", "Hezbollah", "Iran")]
    [InlineData("Turkey has trained the Syrian National Army since 2017.", "Syrian National Army", "Turk")]
    [InlineData("Washington provided air cover and weapons to the Peshmerga in the battle for Mosul.", "Peshmerga", "United States")]
    [InlineData("Russia shipped ammunition to the Syrian army through Tartus.", "Syrian Arab Army", "Russia")]
    public void Arms_training_or_cover_supplied_or_received_is_backing(string text, string backed, string backer)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.HasByNamePart(EdgeTypes.BackedBy, backed, backer), graph.Facts());
    }

    [Theory]
    [InlineData("Iran denied that it supplies weapons to Kataib Hezbollah.")]
    [InlineData("Russia may ship ammunition to the Syrian army next year.")]
    [InlineData("Iraq supplied electricity to Syria through the Qaim line.")]
    [InlineData("Iran received a delegation from Iraq on Monday.")]
    public void Denied_planned_or_civil_supply_is_no_backing(string text)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.BackedBy.Name);
    }

    [Theory]
    [InlineData("Three Iraqi soldiers were wounded by PKK fighters near Zakho.", "Kurdistan Workers", "Iraq")]
    [InlineData("Two Turkish soldiers were injured by a PKK attack near the border.", "Kurdistan Workers", "Turk")]
    [InlineData("Five Iranian border guards were wounded by Jaish al-Adl gunmen near Saravan.", "Jaish al-Adl", "Iran")]
    [InlineData("Four Peshmerga fighters were injured by ISIS militants in Makhmour on Sunday, officials said.", "ISIS", "Peshmerga")]
    public void Victims_that_were_wounded_or_injured_are_the_patients_of_a_passive(string text, string attacker, string victim)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.HasByNamePart(EdgeTypes.Attacked, attacker, victim), graph.Facts());
    }
    [Theory]
    [InlineData("The Desert Falcons claimed responsibility for the ambush near Rutba.", "Desert Falcons")]
    [InlineData("Syrian troops fought the Black Banners near Palmyra on Sunday.", "Black Banners")]
    [InlineData("Washington designated the Golden Swords a terrorist group in May.", "Golden Swords")]
    [InlineData("Turkish jets bombed positions of the Mountain Wolves in northern Iraq.", "Mountain Wolves")]
    [InlineData("Officials said the Steel Lions have attacked two convoys this month.", "Steel Lions")]
    [InlineData("The army launched an offensive against the Night Hawks near Tikrit.", "Night Hawks")]
    public void A_plural_name_with_an_article_that_attacks_fights_or_is_struck_is_an_armed_group(string text, string group)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.Contains(graph.Entities, e => e.Label == NodeLabels.Organization && e.AllNames.Contains(group));
    }

    [Theory]
    [InlineData("Turkish jets struck the Qandil Mountains overnight.", "Qandil Mountains")]
    [InlineData("Israeli jets struck targets in the Golan Heights on Monday.", "Golan Heights")]
    [InlineData("The Desert Falcons said the road to Rutba was closed.", "Desert Falcons")]
    [InlineData("Gunmen attacked the Yazidi Kurds of the village at dawn.", "Yazidi Kurds")]
    [InlineData("Mountain Wolves were seen near the village, shepherds said.", "Mountain Wolves")]
    public void Places_peoples_and_names_without_hostile_verbs_are_no_armed_group(string text, string name)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.DoesNotContain(graph.Entities, e => e.Label == NodeLabels.Organization && e.AllNames.Contains(name));
    }
    [Theory]
    [InlineData("Iraqi and Iranian troops swapped shots near Mehran on Sunday.", "Iraq", "Iran")]
    [InlineData("Rocket fire was exchanged between the Syrian army and the SDF near Deir Hafer.", "Syrian Arab Army", "Syrian Democratic Forces")]
    [InlineData("Turkish troops returned fire at YPG positions near Tal Rifaat.", "Turk", "YPG")]
    public void Fire_swapped_returned_or_exchanged_between_two_sides_is_a_fight(string text, string one, string other)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.HasByNamePart(EdgeTypes.Fought, one, other) || graph.HasByNamePart(EdgeTypes.Fought, other, one), graph.Facts());
    }

    [Theory]
    [InlineData("Kataib Hezbollah obtains weapons and cash from Iran, the report said.", "Kataib Hezbollah", "Iran")]
    [InlineData("The Houthis have acquired missiles from Iran, UN experts said.", "Houthi", "Iran")]
    [InlineData("Iran bankrolls Hamas and Palestinian Islamic Jihad.", "Hamas", "Iran")]
    public void Arms_or_money_obtained_or_bankrolled_is_backing(string text, string backed, string backer)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.HasByNamePart(EdgeTypes.BackedBy, backed, backer), graph.Facts());
    }

    [Theory]
    [InlineData("A Turkish drone struck a truck transporting PKK fighters near Sinjar.", "Turk", "Kurdistan Workers")]
    [InlineData("Israeli jets destroyed a house sheltering Hezbollah commanders in Tyre.", "Israel", "Hezbollah")]
    [InlineData("US aircraft bombed a warehouse operated by Kataib Hezbollah near Qaim.", "United States", "Kataib Hezbollah")]
    public void A_strike_on_what_carries_shelters_or_is_run_by_a_group_attacks_the_group(string text, string attacker, string target)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.HasByNamePart(EdgeTypes.Attacked, attacker, target), graph.Facts());
    }

    [Theory]
    [InlineData("Iraq said Turkish troops had intruded into its territory near Zakho.", "Iraq", "Turk")]
    [InlineData("Iran says the KDPI has fomented unrest in its Kurdish provinces.", "Iran", "Kurdistan Democratic Party of Iran")]
    [InlineData("Syrian officials said the SDF had plundered oil from the fields of Deir ez-Zor.", "Syria", "Syrian Democratic Forces")]
    public void A_speaker_who_reports_a_wrongdoing_accuses_its_doer(string text, string accuser, string accused)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.HasByNamePart(EdgeTypes.Accused, accuser, accused), graph.Facts());
    }

    [Theory]
    [InlineData("The KDPI said it would never foment unrest in Iran.")]
    [InlineData("Iran says the KDPI may destabilise its border provinces.")]
    [InlineData("Iraq denied that Turkish troops had intruded into its territory.")]
    public void A_wrongdoing_denied_planned_or_disowned_accuses_no_one(string text)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Accused.Name);
    }
}
