using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Title forms of HOLDS_ROLE (class C3): a rank and name followed by "of the navy's Y"; a title of a site held "at"
/// a body ("head of the customs hall at the Y", "director of the X crossing at the Y"); the body of a title qualified by a
/// backing state ("a spokesman for the Iran-backed Y": Y, not the state); generic role nouns (treasurer, officer, operative);
/// synonyms of "counterpart" (homologue, peer), also after a title with no name; persons named after "as" by a verb of naming
/// ("identified him as X") and before an apposition whose title follows its state and the office's field ("X, Latvia's new
/// customs director,") (class C4). Every sentence is written for these tests.
/// </summary>
public sealed class RoleTitleFormTests
{
    private static ArticleGraph Read(string body) => TestArticles.Extract("Report\n\n" + body + "\n");

    [Theory]
    [InlineData("Colonel Rawand Sindi of the army's Zakho Border Regiment said the road had reopened.", "Rawand Sindi", "Zakho Border Regiment")]
    [InlineData("Lieutenant Harem Duski of the ministry's Rapid Response Division told reporters two men were held.", "Harem Duski", "Rapid Response Division")]
    [InlineData("\"The gates were shut at noon,\" said Shirin Akreyi, head of the customs hall at the Zakho Border Ports Authority.", "Shirin Akreyi", "Zakho Border Ports Authority")]
    [InlineData("Officials were briefed by Rekan Barwari, director of the Parwez Khan crossing at the Kurdistan Regional Government.", "Rekan Barwari", "Kurdistan Regional Government")]
    [InlineData("Kamaran Sindi, a spokesman for the Iran-backed Kataib Hezbollah, denied the claim.", "Kamaran Sindi", "Kataib Hezbollah")]
    [InlineData("The convoy was stopped, said Yasin Halabi, the commander of the Turkish-backed Sultan Murad Division.", "Yasin Halabi", "Sultan Murad Division")]
    [InlineData("Hassan Karimi, an officer of the Kurdistan Democratic Party, was detained in Erbil.", "Hassan Karimi", "Kurdistan Democratic Party")]
    [InlineData("Sarbast Omar, an operative for the Asayish, was detained in Erbil.", "Sarbast Omar", "Asayish")]
    [InlineData("Lana Xoshnaw, the treasurer of the Patriotic Union of Kurdistan, resigned on Monday.", "Lana Xoshnaw", "Patriotic Union of Kurdistan")]
    public void A_title_names_the_body_it_is_held_in(string body, string person, string office)
    {
        var graph = Read(body);
        Assert.True(graph.Has(EdgeTypes.HoldsRole, person, office), graph.Facts());
    }

    [Theory]
    [InlineData("Kamaran Sindi, a spokesman for the Iran-backed Kataib Hezbollah, denied the claim.", "Kamaran Sindi", "Iran")]
    [InlineData("Nawzad Herki, a treasurer of the Iran-funded Zagros Falcons, was arrested.", "Nawzad Herki", "Iran")]
    [InlineData("Jamal Kareem, a former treasurer of the Kurdistan Democratic Party, now runs a bakery.", "Jamal Kareem", "Kurdistan Democratic Party")]
    public void A_backing_state_or_a_former_post_holds_no_role(string body, string person, string office)
    {
        var graph = Read(body);
        Assert.False(graph.Has(EdgeTypes.HoldsRole, person, office), graph.Facts());
    }

    [Fact]
    public void The_body_of_a_title_is_still_backed_by_the_state_hyphened_to_it()
    {
        var graph = Read("Kamaran Sindi, a spokesman for the Iran-backed Kataib Hezbollah, denied the claim.");
        Assert.True(graph.Has(EdgeTypes.BackedBy, "Kataib Hezbollah", "Iran"), graph.Facts());
    }

    [Theory]
    [InlineData("Iraqi Foreign Minister Fuad Hussein met his Turkish peer, Hakan Fidan, in Ankara.", "Hakan Fidan", "Turkey")]
    [InlineData("Turkey's foreign minister met his Iraqi homologue, Fuad Hussein, in Ankara.", "Fuad Hussein", "Iraq")]
    [InlineData("\"We agreed on water,\" said Syria's defence minister after talks with his Iranian homologue Aziz Nasirzadeh.", "Aziz Nasirzadeh", "Iran")]
    public void A_synonym_of_counterpart_holds_the_office_in_its_state(string body, string person, string state)
    {
        var graph = Read(body);
        Assert.True(graph.Has(EdgeTypes.HoldsRole, person, state), graph.Facts());
    }

    [Fact]
    public void A_peer_is_met_as_a_counterpart_is()
    {
        var graph = Read("Iraqi Foreign Minister Fuad Hussein met his Turkish peer, Hakan Fidan, in Ankara.");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Fuad Hussein", "Hakan Fidan") || graph.Has(EdgeTypes.MetWith, "Hakan Fidan", "Fuad Hussein"), graph.Facts());
    }

    [Theory]
    [InlineData("Police identified the gunman as Zoran Petek.", "Zoran Petek")]
    [InlineData("The slain man, identified as Rebin Akreyi, was a shepherd.", "Rebin Akreyi")]
    [InlineData("The commander was named as Harun Zebari by local officials.", "Harun Zebari")]
    [InlineData("A drone hit a car near Sinjar on Tuesday. Local officials identified him as Zardasht Shingali.", "Zardasht Shingali")]
    [InlineData("Vaino Tamm, Latvia's new customs director, shook hands in Tartu with the Estonian premier.", "Vaino Tamm")]
    public void A_name_given_by_a_verb_of_naming_or_before_a_titled_apposition_is_a_person(string body, string person)
    {
        var graph = Read(body);
        Assert.NotNull(graph.Find(NodeLabels.Person, person));
    }

    [Theory]
    [InlineData("Officials identified the attackers as Zagros Eagles fighters.", "Zagros Eagles")]
    [InlineData("Erbil, Iraq's northern oil hub, welcomed Turkish investors.", "Erbil")]
    public void A_name_qualifying_a_noun_after_as_or_before_an_untitled_apposition_is_no_person(string body, string name)
    {
        var graph = Read(body);
        Assert.Null(graph.Find(NodeLabels.Person, name));
    }

    [Theory]
    [InlineData("Vaino Tamm, Latvia's new customs director, shook hands in Tartu with the Estonian premier.", "Vaino Tamm", "Latvia")]
    [InlineData("Hemin Dizayi, Iraq's border ports director, flew to Ankara.", "Hemin Dizayi", "Iraq")]
    public void A_field_word_between_a_state_and_its_title_keeps_the_state(string body, string person, string state)
    {
        var graph = Read(body);
        Assert.True(graph.Has(EdgeTypes.HoldsRole, person, state), graph.Facts());
    }
}
