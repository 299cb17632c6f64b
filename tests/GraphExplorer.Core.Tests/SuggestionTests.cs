using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Text;

namespace GraphExplorer.Core.Tests;

public sealed class SuggestionTests
{
    [Theory]
    [InlineData("meeting", "meetings")]
    [InlineData("Meetings ", "meetings")]
    [InlineData("ego", "ego-network")]
    [InlineData("egonetwork", "ego-network")]
    [InlineData("timline", "timeline")]
    [InlineData("acusations", "accusations")]
    [InlineData("key-actros", "key-actors")]
    public void A_misspelt_query_name_suggests_the_nearest(string typed, string expected)
    {
        var error = Assert.Throws<UnknownQueryException>(() => QueryCatalog.Default.Get(typed));

        Assert.Equal(expected, error.Suggestions[0]);
        Assert.Contains($"Did you mean '{expected}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_near_nothing_suggests_nothing()
    {
        var error = Assert.Throws<UnknownQueryException>(() => QueryCatalog.Default.Get("weather"));

        Assert.Empty(error.Suggestions);
        Assert.Equal("No curated query is named 'weather'. Run 'queries' to list them all.", error.Message);
    }

    [Fact]
    public void Closest_orders_by_distance_and_ignores_far_words()
    {
        Assert.Equal(["json"], Closest.To("jsn", ["json", "csv", "gexf", "markdown"]));
        Assert.Empty(Closest.To("xml", ["json", "markdown"]));
        Assert.Equal("Did you mean 'graphml'?", Closest.Suggestion("grapml", ["graphml", "html"]));
    }

    [Fact]
    public void A_missing_parameter_reads_as_one_sentence_without_the_dotnet_suffix()
    {
        var query = QueryCatalog.Default.Get("ego-network");

        var error = Assert.Throws<QueryParameterException>(() => query.Bind(new Dictionary<string, string?>()));

        Assert.Equal("Parameter 'entity' is required.", error.Message);
        Assert.Equal("entity", error.ParamName);
    }
}
