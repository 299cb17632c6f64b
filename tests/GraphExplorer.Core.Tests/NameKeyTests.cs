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
}
