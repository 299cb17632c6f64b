using GraphExplorer.Core.Model;
using GraphExplorer.Export.Import;
using GraphExplorer.Export.Tests.Support;
using GraphExplorer.Storage.Sqlite;
using GraphExplorer.TestSupport;

namespace GraphExplorer.Export.Tests.Import;

/// <summary>
/// The csv and cypher exports of a whole SQLite graph, loaded into a fresh SQLite store, give the same graph:
/// same nodes, relationships with evidence and attributes, articles, and the same json export bytes.
/// </summary>
public sealed class StoreRoundTripTests : IDisposable
{
    private readonly TempDirectory folder = new();
    private readonly List<SqliteGraphStore> stores = [];

    [Theory]
    [InlineData("json")]
    [InlineData("neo4j-csv")]
    [InlineData("cypher")]
    public async Task Loading_an_export_into_a_fresh_store_reproduces_the_graph(string format)
    {
        var original = await OriginalGraphAsync();
        var export = await Exporting.BytesAsync(format, ExportDocument.ForGraph(original));

        var imported = Read(format, export);
        var copy = NewStore();
        foreach (var article in SubgraphImport.ToArticleGraphs(imported))
        {
            await copy.SaveArticleAsync(article, TestContext.Current.CancellationToken);
        }

        var reloaded = await copy.ReadGraphAsync(cancellationToken: TestContext.Current.CancellationToken);
        GraphAssert.Equivalent(original, reloaded);
        Assert.Equal(await JsonAsync(original), await JsonAsync(reloaded));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("neo4j-csv")]
    [InlineData("CYPHER")]
    public async Task The_importer_saves_every_article_from_an_unseekable_stream(string format)
    {
        var original = await OriginalGraphAsync();
        using var input = new ForwardOnlyStream(await Exporting.BytesAsync(format.ToLowerInvariant(), ExportDocument.ForGraph(original)));
        var copy = NewStore();

        var saved = await GraphImporter.ImportAsync(format, input, copy, TestContext.Current.CancellationToken);

        Assert.Equal(3, saved);
        Assert.Equal(await JsonAsync(original), await JsonAsync(await copy.ReadGraphAsync(cancellationToken: TestContext.Current.CancellationToken)));
        Assert.StartsWith("import:", await copy.GetContentHashAsync("news-a", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_over_the_original_store_changes_nothing_in_the_whole_graph()
    {
        var store = NewStore();
        foreach (var article in StoredGraphs.All)
        {
            await store.SaveArticleAsync(article, TestContext.Current.CancellationToken);
        }

        var before = await store.ReadGraphAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var input = new MemoryStream(await Exporting.BytesAsync("cypher", ExportDocument.ForGraph(before)));

        await GraphImporter.ImportAsync("cypher", input, store, TestContext.Current.CancellationToken);

        Assert.Equal(await JsonAsync(before), await JsonAsync(await store.ReadGraphAsync(cancellationToken: TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task The_original_graph_holds_what_the_round_trip_must_keep()
    {
        // guards the round-trip tests against a fixture that lost its traps
        var graph = await OriginalGraphAsync();

        Assert.Equal(["news-a", "news-b", "news-c"], graph.Articles.Select(a => a.Id));
        Assert.Contains(graph.Nodes, n => n.Name == StoredGraphs.ScriptName);
        Assert.Contains(graph.Nodes, n => n.Name == StoredGraphs.InjectionName);
        Assert.Contains(graph.Nodes, n => n.Name == StoredGraphs.RtlName);
        Assert.Contains(graph.Nodes, n => n.Id == "person:idle-reader");
        var signed = Assert.Single(graph.Relationships, r => r.Type == "SIGNED");
        Assert.Equal(["news-a", "news-b"], signed.Evidence.Select(e => e.ArticleId));
        Assert.Equal((new DateOnly(2024, 4, 28), DateKind.Stated, "place:port-sable", 0.8), (signed.Date, signed.DateKind, signed.PlaceId, signed.Confidence));
        var role = Assert.Single(graph.Relationships, r => r.Type == "HOLDS_ROLE");
        Assert.Equal((new DateOnly(2024, 5, 2), DateKind.Reported), (role.Date, role.DateKind));
        Assert.Contains(graph.Relationships.SelectMany(r => r.Evidence), e => e.Sentence.Contains('\n', StringComparison.Ordinal));
        Assert.Contains(graph.Nodes, n => n.Id == "person:lina-varga" && n.Aliases.Contains("Lina"));
    }

    public void Dispose()
    {
        foreach (var store in stores)
        {
            store.Dispose();
        }

        folder.Dispose();
    }

    private async Task<Subgraph> OriginalGraphAsync()
    {
        var store = NewStore();
        foreach (var article in StoredGraphs.All)
        {
            await store.SaveArticleAsync(article, TestContext.Current.CancellationToken);
        }

        return await store.ReadGraphAsync(cancellationToken: TestContext.Current.CancellationToken);
    }

    private SqliteGraphStore NewStore()
    {
        var store = SqliteGraphStore.Open(folder.File($"graph-{stores.Count}.db"));
        stores.Add(store);
        return store;
    }

    private static Subgraph Read(string format, byte[] export)
    {
        if (format == "neo4j-csv")
        {
            using var zip = new MemoryStream(export);
            return CsvImport.Read(zip);
        }

        if (format == "json")
        {
            return JsonImport.Read(export);
        }

        return CypherScriptImport.Read(new System.Text.UTF8Encoding(false, true).GetString(export));
    }

    private static Task<byte[]> JsonAsync(Subgraph graph) => Exporting.BytesAsync("json", ExportDocument.ForGraph(graph));

    /// <summary>A stream that cannot seek, like standard input.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
