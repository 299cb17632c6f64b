using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Neo4j.QueryApi;
using GraphExplorer.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Storage.Neo4j.Tests.Integration;

/// <summary>
/// The suite against a real Neo4j 5.26 (see <see cref="Neo4jServer"/>; skipped with the reason when there is none).
/// It empties the database, applies the schema, saves the seed graph, and checks the golden results, idempotent
/// re-saving and the merged graph. It deletes everything in the database it is pointed at.
/// </summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class Neo4jIntegrationTests(Neo4jServer server)
{
    [Fact]
    public async Task Every_golden_result_holds_on_neo4j()
    {
        await using var services = await LoadSeedsAsync();
        var runner = services.GetRequiredService<IQueryRunner>();
        var files = Directory.Exists(RepoPaths.Golden)
            ? Directory.GetDirectories(RepoPaths.Golden).SelectMany(d => Directory.GetFiles(d, "*.json")).Order(StringComparer.Ordinal).ToList()
            : [];
        Assert.True(files.Count > 0, $"No golden files under {RepoPaths.Golden}/<query>/<case>.json; the suite cannot pass without them.");

        var differences = new List<string>();
        foreach (var golden in files.Select(GoldenFile.Read))
        {
            var query = QueryCatalog.Default.Get(golden.Query);
            var result = await runner.RunAsync(query, query.Bind(golden.Parameters), TestContext.Current.CancellationToken);
            differences.AddRange(golden.Differences(result));
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public async Task Saving_every_article_again_changes_nothing()
    {
        await using var services = await LoadSeedsAsync();
        var reader = services.GetRequiredService<IGraphReader>();
        var before = (await reader.GetStatsAsync(TestContext.Current.CancellationToken), await reader.ReadGraphAsync(cancellationToken: TestContext.Current.CancellationToken));

        var store = services.GetRequiredService<IArticleStore>();
        foreach (var graph in SeedGraphSource.Load())
        {
            await store.SaveArticleAsync(graph, TestContext.Current.CancellationToken);
        }

        var after = (await reader.GetStatsAsync(TestContext.Current.CancellationToken), await reader.ReadGraphAsync(cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(Describe(before.Item1), Describe(after.Item1));
        Assert.Equal(before.Item2.Nodes, after.Item2.Nodes);
        Assert.Equal(before.Item2.Relationships, after.Item2.Relationships);
        Assert.Equal(before.Item2.Articles, after.Item2.Articles);
    }

    [Fact]
    public async Task Whole_graph_equals_the_merged_seed_graph()
    {
        await using var services = await LoadSeedsAsync();
        var expected = SeedGraphSource.Merge(SeedGraphSource.Load());

        var actual = await services.GetRequiredService<IGraphReader>().ReadGraphAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(expected.Nodes, actual.Nodes);
        Assert.Equal(expected.Relationships, actual.Relationships);
        Assert.Equal(expected.Articles, actual.Articles);
    }

    [Fact]
    public async Task Schema_applies_twice_and_creates_the_full_text_index()
    {
        await using var services = await LoadSeedsAsync();

        await services.GetRequiredService<IArticleStore>().InitializeAsync(TestContext.Current.CancellationToken);

        var indexes = await services.GetRequiredService<QueryApiClient>().RunAsync(new Statement("SHOW INDEXES YIELD name RETURN name ORDER BY name"), TestContext.Current.CancellationToken);
        var names = indexes.Rows.Select(r => r[0] as string).ToList();
        Assert.Contains("entity_names", names);
        Assert.Contains("entity_id", names);
    }

    /// <summary>The store on the test server, holding the seed graph (loaded once while no other test changes the database).</summary>
    private async Task<ServiceProvider> LoadSeedsAsync()
    {
        var services = SuiteDatabase.Services(server.Require());
        await SuiteDatabase.LoadSeedsOnceAsync(services, TestContext.Current.CancellationToken);
        return services;
    }

    private static string Describe(GraphStats stats) =>
        $"{stats.Articles} {stats.FailedArticles} {stats.Entities} {stats.Relationships} {stats.EvidenceSentences} "
        + string.Join(",", stats.EntitiesByLabel.OrderBy(p => p.Key, StringComparer.Ordinal)) + " "
        + string.Join(",", stats.RelationshipsByType.OrderBy(p => p.Key, StringComparer.Ordinal));
}
