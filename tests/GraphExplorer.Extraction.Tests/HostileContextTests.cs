using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Hostile facts whose arguments stand outside the trigger's own words: a body named by a proxy noun that binds the
/// pronouns of its reported clause, an attack the preceding accusation names the attacker of, a condemnation two
/// sentences after its attack; and the designations, listings and reported incursions that accuse, with what must not
/// be read as such (refrained, stopped short of, negated, planned).
/// </summary>
public sealed class HostileContextTests
{
    [Theory]
    [InlineData("Israel's military said its jets had hit weapons depots belonging to the Golan Shield Brigade.", "Israel", "Golan Shield Brigade")]
    [InlineData("Lebanese officials said their army had shelled the Hermel Falcons Brigade overnight.", "Leban", "Hermel Falcons Brigade")]
    [InlineData("Smoke rose over Tal Abyad on Friday. Turkey's army said on Saturday that it had bombed the Euphrates Lions Battalion there.", "Turk", "Euphrates Lions Battalion")]
    [InlineData("“Our aim was clear,” Jordan's army said, adding that its helicopters had struck the Desert Wolves Brigade near Ruwaished.", "Jordan", "Desert Wolves Brigade")]
    public void A_body_named_by_a_proxy_noun_binds_the_pronouns_of_the_clause_it_reports(string text, string attacker, string target)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.HasByNamePart(EdgeTypes.Attacked, attacker, target), graph.Facts());
    }

    [Theory]
    [InlineData("Israel's military said its jets had not hit the Golan Shield Brigade.")]
    [InlineData("Jordan's army said it would strike the Desert Wolves Brigade if the raids went on.")]
    [InlineData("Jordan's army said it was considering strikes on the Desert Wolves Brigade.")]
    public void A_pronoun_bound_by_a_proxy_noun_states_no_denied_or_planned_attack(string text)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Attacked.Name);
    }

    [Theory]
    [InlineData("Syrian officials stopped short of blaming the Ahrar Brigade for the bombing in Azaz.")]
    [InlineData("Ankara refrained from condemning the Ahrar Brigade after the ambush near Afrin.")]
    [InlineData("The Kurdistan Regional Government shied away from accusing the Ahrar Brigade of the killings.")]
    [InlineData("Iraqi officials avoided blaming the Ahrar Brigade, a Syrian faction, for the attack.")]
    public void An_accusation_held_back_is_no_accusation(string text)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Accused.Name);
    }

    [Fact]
    public void An_accusation_made_is_one_beside_the_accusation_held_back()
    {
        var graph = TestArticles.ExtractBody("Syrian officials blamed the Ahrar Brigade for the bombing in Azaz, but Ankara stopped short of condemning the Ahrar Brigade.");
        Assert.True(graph.HasByNamePart(EdgeTypes.Accused, "Syria", "Ahrar Brigade"), graph.Facts());
        Assert.False(graph.HasByNamePart(EdgeTypes.Accused, "Turk", "Ahrar Brigade"), graph.Facts());
    }

    [Theory]
    [InlineData("Kuwait and Bahrain continue to list the Red Crescent Battalion as a terrorist entity.", "Kuwait", "Red Crescent Battalion")]
    [InlineData("Qatar has classified the Nile Guardians Front as a terrorist organisation, the foreign ministry said.", "Qatar", "Nile Guardians Front")]
    [InlineData("Oman blacklisted the Dhofar Shield Brigade on Monday.", "Oman", "Dhofar Shield Brigade")]
    [InlineData("In a decree published on Sunday, Tunisia declared the Kairouan Youth Front a terrorist group.", "Tunisia", "Kairouan Youth Front")]
    [InlineData("Egypt proscribed the Sinai Hawks Brigade last year.", "Egypt", "Sinai Hawks Brigade")]
    public void Listing_classifying_or_proscribing_a_group_as_terrorist_accuses_it(string text, string accuser, string accused)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.HasByNamePart(EdgeTypes.Accused, accuser, accused), graph.Facts());
    }

    [Theory]
    [InlineData("Kuwait does not list the Red Crescent Battalion as a terrorist entity.")]
    [InlineData("Qatar listed the Nile Guardians Front among the parties invited to the talks.")]
    [InlineData("Oman may blacklist the Dhofar Shield Brigade next year.")]
    [InlineData("Tunisia declared the Kairouan Youth Front a partner in the reconstruction.")]
    public void A_listing_negated_planned_or_without_a_charge_accuses_no_one(string text)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Accused.Name);
    }

    [Theory]
    [InlineData("Lebanon's foreign ministry blamed Israel for a drone strike near Tyre on Monday. Spokesman Karim Haddad described the attack as a flagrant violation of Lebanese sovereignty.", "Karim Haddad", "Israel")]
    [InlineData("Baghdad accused Turkey of the bombing of a clinic in Sinjar. The next day Kurdish lawmaker Shirin Amedi called the bombing an assault on civilians.", "Shirin Amedi", "Turk")]
    [InlineData("Syria blamed the Coastal Shield Brigade for the rocket attack on Jableh on Tuesday, state media said. Governor Fadi Issa condemned the attack.", "Fadi Issa", "Coastal Shield Brigade")]
    public void An_attack_the_accused_is_blamed_for_is_theirs_when_a_later_sentence_condemns_it(string text, string accuser, string accused)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.HasByNamePart(EdgeTypes.Accused, accuser, accused), graph.Facts());
    }

    [Fact]
    public void An_attack_the_accused_is_not_blamed_for_gives_no_one_to_condemn()
    {
        var graph = TestArticles.ExtractBody("Lebanon's foreign ministry did not blame Israel for the drone strike near Tyre. Spokesman Karim Haddad described the attack as a flagrant violation of Lebanese sovereignty.");
        Assert.False(graph.HasByNamePart(EdgeTypes.Accused, "Karim Haddad", "Israel"), graph.Facts());
    }

    [Fact]
    public void An_attack_someone_is_blamed_for_reaches_the_next_sentence_only_and_is_no_attack_itself()
    {
        var graph = TestArticles.ExtractBody("American jets struck depots of the Kirkuk Lions Brigade on Monday. Tehran accused Israel of an airstrike near Damascus. "
            + "Iranian officials threatened retaliation. Iraq's government condemned the air strikes on the depots.");
        Assert.False(graph.HasByNamePart(EdgeTypes.Accused, "Iraq", "Israel"), graph.Facts());
        Assert.False(graph.HasByNamePart(EdgeTypes.Attacked, "Israel", "Iraq"), graph.Facts());
        Assert.True(graph.HasByNamePart(EdgeTypes.Accused, "Iran", "Israel"), graph.Facts());
    }

    [Fact]
    public void A_condemnation_two_sentences_after_the_attack_accuses_the_attacker()
    {
        var graph = TestArticles.ExtractBody("Turkish jets struck a camp of the Zab Eagles Battalion near Makhmour on Sunday, local officials said. "
            + "The group said two of its fighters were wounded. The Kurdistan Regional Government condemned the strike.");
        Assert.True(graph.HasByNamePart(EdgeTypes.Accused, "Kurdistan Regional Government", "Turk"), graph.Facts());
    }

    [Fact]
    public void A_condemnation_three_sentences_after_the_attack_names_no_attacker()
    {
        var graph = TestArticles.ExtractBody("Turkish jets struck a camp of the Zab Eagles Battalion near Makhmour on Sunday, local officials said. "
            + "The group said two of its fighters were wounded. Roads into the town were closed. Farmers left the valley. The Kurdistan Regional Government condemned the strike.");
        Assert.False(graph.HasByNamePart(EdgeTypes.Accused, "Kurdistan Regional Government", "Turk"), graph.Facts());
    }

    [Theory]
    [InlineData("Armenia says Azerbaijani soldiers have crossed into its territory near Jermuk.", "Armenia", "Azerbaijan")]
    [InlineData("Iraqi officials said on Monday that Iranian border guards had crossed into Iraqi territory near Penjwen.", "Iraq", "Iran")]
    public void A_reported_crossing_into_territory_accuses_the_crossing_side(string text, string accuser, string accused)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.HasByNamePart(EdgeTypes.Accused, accuser, accused), graph.Facts());
    }

    [Theory]
    [InlineData("Armenia says Azerbaijani soldiers have not crossed into its territory.")]
    [InlineData("Azerbaijani soldiers crossed into Georgia to attend a training course.")]
    public void A_crossing_denied_or_not_reported_accuses_no_one(string text)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Accused.Name);
    }
}
