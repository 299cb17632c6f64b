using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;
using GraphExplorer.Extraction.Resolution;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Sound correspondences of romanized names as data (name-sounds.tsv): Gulf g for q, Egyptian g for j, dh written th;
/// each with the names they must keep apart. Rooms of a seat of government are no entity; a country's name one letter
/// off is a typo, not a place.
/// </summary>
public sealed class NameSoundsVenuesAndTyposTests
{
    private static Entity Person(string name, params string[] aliases) => new(NameKey.EntityId(NodeLabels.Person, name), NodeLabels.Person, name, aliases);

    private static bool OneAcrossArticles(string first, string second)
    {
        Entity? Resolve(string fresh, string known)
        {
            var graph = new ArticleGraph(new Article("a2", "t", "text", "h"), [Person(fresh)], []);
            var resolved = Assert.Single(new KnownEntityResolver().ResolveAgainst(graph, [Person(known)]).Entities);
            return resolved.Id == NameKey.EntityId(NodeLabels.Person, known) ? resolved : null;
        }

        var forward = Resolve(second, first) is not null;
        Assert.Equal(forward, Resolve(first, second) is not null); // the order of the articles does not matter
        return forward;
    }

    [Theory]
    [InlineData("Qasim al-Araji", "Gasim al-Araji")]
    [InlineData("Qahtan Jubouri", "Gahtan Jubouri")]
    [InlineData("Sadiq Tahir Hilali", "Sadig Tahir Hilali")]
    [InlineData("Jamal Mahmoud Khalil", "Gamal Mahmoud Khalil")]
    [InlineData("Jaber Saleh Obeidi", "Gaber Saleh Obeidi")]
    [InlineData("Dhiab Hamid Sultan", "Thiab Hamid Sultan")]
    [InlineData("Munther Karim Dhiyab", "Munzer Karim Thiyab")]
    [InlineData("Mundhir Fadhil Jassim", "Munzir Fadil Jasim")]
    public void Spellings_that_write_one_sound_with_other_letters_are_one_person(string first, string second) =>
        Assert.True(OneAcrossArticles(first, second));

    [Theory]
    [InlineData("Kamal Mahmoud Khalil", "Gamal Mahmoud Khalil")] // k is not g: Kamal and Jamal are two names
    [InlineData("Kamal Mahmoud Khalil", "Jamal Mahmoud Khalil")] // correspondences do not chain (k ~ q ~ g ~ j)
    [InlineData("Tamir Saleh Obeidi", "Thamir Saleh Obeidi")] // th is not t: Tamer and Thamer are two names
    [InlineData("Qasim al-Araji", "Hashim al-Araji")]
    [InlineData("Gasim al-Araji", "Hasim al-Araji")]
    public void Other_letters_stay_two_people(string first, string second) =>
        Assert.False(OneAcrossArticles(first, second));

    [Fact]
    public void The_sound_table_is_read_from_data_one_way_and_unchained()
    {
        Assert.True(PersonNames.Correspond("gasim", "qasim"));
        Assert.True(PersonNames.Correspond("gamal", "jamal"));
        Assert.False(PersonNames.Correspond("gamal", "kamal"));
        Assert.False(PersonNames.Correspond("jamal", "kamal"));
        Assert.True(PersonNames.Correspond("dhiab", "thiab"));
        Assert.False(PersonNames.Correspond("hasan", "husin"));
    }

    [Theory]
    [InlineData("\u201cThe partnership is strong,\u201d the president said from the Oval Office on Monday.")]
    [InlineData("The two leaders signed the memorandum in the Cabinet Room.")]
    [InlineData("Officials gathered in the Situation Room as the strike went ahead.")]
    [InlineData("Speaking from the Rose Garden, the president thanked Iraq.")]
    public void A_room_of_a_seat_of_government_is_no_entity(string sentence)
    {
        var graph = TestArticles.Extract("Headline\n\n" + sentence + "\n");
        Assert.DoesNotContain(graph.Entities, e => e.Name.Contains("Office", StringComparison.Ordinal) || e.Name.Contains("Room", StringComparison.Ordinal)
            || e.Name.Contains("Garden", StringComparison.Ordinal));
    }

    [Fact]
    public void An_office_that_is_a_body_stays_an_organization()
    {
        var graph = TestArticles.Extract("Headline\n\nThe Integrity Office in Basra said the audit would go on.\n");
        Assert.Contains(graph.Entities, e => e.Label == NodeLabels.Organization && e.Name.EndsWith("Office", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ERBIL, Kurdistan Region of Iraa \u2013 Kurdish officials met on Sunday.", "Iraa")]
    [InlineData("Fighting went on in the province of Syira on Sunday.", "Syira")]
    [InlineData("Refugees returned to the region of Turkye last week.", "Turkye")]
    public void A_country_name_one_letter_off_is_a_typo_not_a_place(string sentence, string typo)
    {
        var graph = TestArticles.Extract("Headline\n\n" + sentence + "\n");
        Assert.DoesNotContain(graph.Entities, e => e.Name == typo);
    }

    [Fact]
    public void A_place_that_is_no_near_miss_of_a_country_is_still_a_place()
    {
        var graph = TestArticles.Extract("Headline\n\nGunmen attacked a checkpoint in the north of Sinjar on Sunday.\n");
        Assert.Contains(graph.Entities, e => e.Label == NodeLabels.Place && e.Name == "Sinjar");
        Assert.False(Recognition.Gazetteer.Default.IsMisspeltCountry("Iran"));
        Assert.False(Recognition.Gazetteer.Default.IsMisspeltCountry("Omar"));
        Assert.True(Recognition.Gazetteer.Default.IsMisspeltCountry("Iraa"));
        Assert.True(Recognition.Gazetteer.Default.IsMisspeltCountry("Iarq"));
    }
}
