using GraphExplorer.Core.Queries;
using GraphExplorer.Storage.Sqlite.Queries;
using GraphExplorer.TestSupport;

namespace GraphExplorer.Storage.Sqlite.Tests;

/// <summary>Every golden case under tests/golden, run on the embedded store loaded with the seed graph.</summary>
public sealed class GoldenQueryTests(SeedStore seed) : IClassFixture<SeedStore>
{
    public static TheoryData<string> Cases => [.. GoldenCase.LoadAll().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Golden_case_matches(string name)
    {
        var golden = GoldenCase.LoadAll().Single(c => c.Name == name);
        var query = QueryCatalog.Default.Get(golden.Query);
        var arguments = query.Bind(golden.Parameters.ToDictionary(p => p.Key, p => (string?)p.Value));

        var result = await seed.Store.RunAsync(query, arguments, TestContext.Current.CancellationToken);

        Assert.Null(GoldenComparer.Differences(golden, result));
    }

    [Fact]
    public void Every_catalog_query_has_an_embedded_implementation_and_golden_cases()
    {
        var catalog = QueryCatalog.Default.All.Select(q => q.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(catalog, SqliteQueries.All.Select(q => q.Name).Order(StringComparer.Ordinal));
        Assert.Equal(catalog, GoldenCase.LoadAll().Select(c => c.Query).Distinct().Order(StringComparer.Ordinal));
    }
}
