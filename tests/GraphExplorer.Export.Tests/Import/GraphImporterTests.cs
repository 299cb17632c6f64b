using System.Text;
using GraphExplorer.Export.Import;
using GraphExplorer.TestSupport.Fakes;

namespace GraphExplorer.Export.Tests.Import;

public sealed class GraphImporterTests
{
    [Theory]
    [InlineData("svg", "export-only")]
    [InlineData("parquet", "only json, neo4j-csv, cypher")]
    public async Task An_unimportable_format_is_refused_before_anything_is_saved(string format, string expected)
    {
        var store = new InMemoryGraphStore();
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("{}"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => GraphImporter.ImportAsync(format, input, store, TestContext.Current.CancellationToken));

        Assert.Contains($"'{format}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(store.ArticleIds);
    }

    [Theory]
    [InlineData("cypher", "MATCH (n) DETACH DELETE n;", "Not a GraphExplorer cypher export")]
    [InlineData("neo4j-csv", "id,name\n", "not a zip")]
    public async Task Input_that_is_not_such_an_export_is_refused_before_anything_is_saved(string format, string content, string expected)
    {
        var store = new InMemoryGraphStore();
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(content));

        var error = await Assert.ThrowsAsync<FormatException>(() => GraphImporter.ImportAsync(format, input, store, TestContext.Current.CancellationToken));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(store.ArticleIds);
    }

    [Fact]
    public async Task Saves_one_graph_per_article_into_any_store()
    {
        var store = new InMemoryGraphStore();
        var script = await Support.Exporting.BytesAsync("cypher", Support.Exporting.Sample());
        using var input = new MemoryStream(script);

        var saved = await GraphImporter.ImportAsync("cypher", input, store, TestContext.Current.CancellationToken);

        Assert.Equal(2, saved);
        Assert.Equal(["art-1", "art-2"], store.ArticleIds);
    }
}
