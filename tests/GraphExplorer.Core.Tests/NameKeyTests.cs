using GraphExplorer.Core.Text;

namespace GraphExplorer.Core.Tests;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("The Hague", "hague")]
    [InlineData("Kurdistan Workers' Party", "kurdistan workers party")]
    [InlineData("Iraq–Iran border", "iraq iran border")]
    [InlineData("U.S.", "u s")]
    [InlineData("  Al-Hol   camp ", "al hol camp")]
    [InlineData("Iran’s Revolutionary Guard", "irans revolutionary guard")]
    public void Normalizes_like_the_reference_scorer(string name, string key) => Assert.Equal(key, NameKey.Normalize(name));

    [Fact]
    public void Ids_are_label_and_ascii_slug()
    {
        Assert.Equal("person:qasim-al-araji", NameKey.EntityId("Person", "Qasim al-Araji"));
        Assert.Equal("border:iraq-iran-border", NameKey.EntityId("Border", "Iraq–Iran border"));
    }

    [Fact]
    public void Names_in_other_scripts_still_get_a_stable_id()
    {
        var id = NameKey.EntityId("Person", "مسعود بارزاني");

        Assert.StartsWith("person:x", id, StringComparison.Ordinal);
        Assert.Equal(id, NameKey.EntityId("Person", "مسعود بارزاني"));
        Assert.NotEqual(id, NameKey.EntityId("Person", "نيجيرفان بارزاني"));
    }

    [Theory]
    [InlineData("Fuad", "Fouad")]
    [InlineData("Qasim", "Qassem")]
    [InlineData("Kanaani", "Kanani")]
    [InlineData("Kadhim", "Kazem")]
    [InlineData("Hussein", "Hossein")]
    [InlineData("Abdullah", "Abdulla")]
    [InlineData("Javad", "Jawad")]
    [InlineData("Güler", "Guler")]
    public void Spellings_of_one_name_word_sound_alike(string a, string b) => Assert.Equal(NameKey.SoundKey(a), NameKey.SoundKey(b));

    [Theory]
    [InlineData("Hassan", "Hussein")]
    [InlineData("Hamad", "Hamid")]
    [InlineData("Omar", "Amir")]
    public void Different_name_words_do_not_sound_alike(string a, string b) => Assert.NotEqual(NameKey.SoundKey(a), NameKey.SoundKey(b));

    [Fact]
    public void Lookup_keys_of_a_full_name_hold_its_key_and_the_sound_of_its_surname()
    {
        Assert.Equal(["nasser kanaani", "~kanani"], NameKey.LookupKeys("Nasser Kanaani"));
        Assert.Equal(["hossein amir abdollahian", "~abdulahian", "~amirabdulahian"], NameKey.LookupKeys("Hossein Amir-Abdollahian"));
        Assert.Contains("~amirabdulahian", NameKey.LookupKeys("Hossein Amirabdollahian"));
    }

    [Fact]
    public void A_one_word_name_has_no_surname_key()
    {
        Assert.Equal(["kanaani"], NameKey.LookupKeys("Kanaani"));
        Assert.Empty(NameKey.LookupKeys("  "));
    }

    [Fact]
    public void Only_persons_get_sound_keys()
    {
        Assert.Equal(["iran iraq border security agreement"], NameKey.LookupKeys("Iran–Iraq border security agreement"));
        Assert.Equal(["kurdistan regional government"], NameKey.LookupKeys("Kurdistan Regional Government", "Organization"));
        Assert.Contains("~kanani", NameKey.LookupKeys("Nasser Kanaani", "Person"));
    }

    [Fact]
    public void The_name_shown_does_not_depend_on_the_order_of_the_articles()
    {
        string[] names = ["Fouad Hussein", "Fuad Hussein", "Fuad Hussein", "Fuad Ali Hussein"];
        Assert.Equal("Fuad Hussein", NameKey.ChooseName(names));
        Assert.Equal("Fuad Hussein", NameKey.ChooseName(names.Reverse()));
        Assert.Equal("Fuad Ali Hussein", NameKey.ChooseName(["Fuad Hussein", "Fuad Ali Hussein"]));
        Assert.Equal("Fuad Ali Hussein", NameKey.ChooseName(["Fuad Ali Hussein", "Fuad Hussein"]));
    }
}
