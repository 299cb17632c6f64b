using System.Text.Json;
using GraphExplorer.Core.Queries;
using GraphExplorer.TestSupport;

namespace GraphExplorer.Storage.Sqlite.Tests;

/// <summary>Hostile or unknown arguments give an empty result or a clear error, and never change the store.</summary>
public sealed class QuerySafetyTests
{
    private static readonly string[] Hostile = ["' OR 1=1", "}) DETACH DELETE n //", "\"; DROP TABLE entities; --", "x' UNION SELECT id FROM entities --"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<SqliteStoreFixture> SeededAsync()
    {
        var fixture = new SqliteStoreFixture();
        foreach (var graph in SeedGraphFixture.Load())
        {
            await fixture.Store.SaveArticleAsync(graph, Token);
        }

        return fixture;
    }

    [Fact]
    public async Task Injection_strings_in_every_string_parameter_change_nothing_and_find_nothing()
    {
        using var fixture = await SeededAsync();
        var before = JsonSerializer.Serialize(await fixture.Store.ReadGraphAsync(null, Token));

        foreach (var query in QueryCatalog.Default.All)
        {
            var textual = query.Parameters.Where(p => p.Kind is ParameterKind.String or ParameterKind.Entity or ParameterKind.Article).ToList();
            foreach (var parameter in textual)
            {
                foreach (var hostile in Hostile)
                {
                    var raw = query.Parameters.Where(p => p.Required).ToDictionary(p => p.Name, p => (string?)Hostile[0]);
                    raw[parameter.Name] = hostile;
                    var result = await fixture.Store.RunAsync(query, query.Bind(raw), Token);
                    Assert.True(result.Rows.Count == 0, $"{query.Name} with {parameter.Name}={hostile} returned {result.Rows.Count} rows");
                }
            }
        }

        Assert.Equal(before, JsonSerializer.Serialize(await fixture.Store.ReadGraphAsync(null, Token)));
    }

    [Fact]
    public async Task A_query_the_store_does_not_implement_is_an_unknown_query()
    {
        using var fixture = new SqliteStoreFixture();
        var madeUp = new QueryDefinition("no-such-query", "d", "r", [], "RETURN 1");

        await Assert.ThrowsAsync<UnknownQueryException>(() => fixture.Store.RunAsync(madeUp, madeUp.Bind(new Dictionary<string, string?>()), Token));
    }

    [Fact]
    public async Task A_cancelled_request_stops()
    {
        using var fixture = await SeededAsync();
        var query = QueryCatalog.Default.Get("key-actors");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixture.Store.RunAsync(query, query.Bind(new Dictionary<string, string?>()), cancelled.Token));
    }
}
