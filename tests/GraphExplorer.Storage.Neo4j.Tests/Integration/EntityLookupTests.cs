using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Neo4j.Queries;
using GraphExplorer.Storage.Neo4j.QueryApi;
using GraphExplorer.Storage.Neo4j.Writing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Storage.Neo4j.Tests.Integration;

/// <summary>
/// Entity arguments are found through indexes, not by reading every entity: on the seed graph plus a few thousand
/// entities without facts, every curated query that takes an entity argument, run with its example arguments, touches
/// fewer database records (the server's own count, PROFILE's db hits) than there are entities; reading every entity's
/// name keys took three per entity. Stores written before <c>nameKeyText</c> gain it when the schema is applied.
/// </summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class EntityLookupTests(Neo4jServer server)
{
    private const int Fillers = 3000;

    [Fact]
    public async Task Every_entity_argument_is_found_by_index()
    {
        var token = TestContext.Current.CancellationToken;
        var options = server.Require();
        await using var services = SuiteDatabase.Services(options);
        await SuiteDatabase.EmptyAsync(services, token);
        var store = services.GetRequiredService<IArticleStore>();
        await store.InitializeAsync(token);
        foreach (var graph in SeedGraphSource.Load())
        {
            await store.SaveArticleAsync(graph, token);
        }

        var client = services.GetRequiredService<QueryApiClient>();
        var fillers = Enumerable.Range(0, Fillers).Select(i => new EntityWrite($"person:filler-{i:D5}", NodeLabels.Person, $"Filler Person {i}", [$"F. Person {i}"]).ToRow()).ToList();
        await client.RunAsync(new Statement(WriteStatements.WriteEntities(NodeLabels.Person), new Dictionary<string, object?> { ["rows"] = fillers }), token);
        await AwaitIndexesAsync(client, token);

        var queries = QueryCatalog.Default.All.Where(q => q.Parameters.Any(p => p.Kind == ParameterKind.Entity) && q.Example.Count > 0).ToList();
        Assert.NotEmpty(queries);
        var profiles = new List<(string Query, long DbHits)>();
        foreach (var query in queries)
        {
            var hits = await DbHitsAsync(options, query.Cypher, Neo4jQueryRunner.Parameters(query, query.Bind(query.Example)), token);
            profiles.Add(($"{query.Name} ({string.Join(", ", query.Example.Select(p => $"{p.Key}={p.Value}"))})", hits));
        }

        Assert.True(profiles.All(p => p.DbHits < Fillers), string.Join(Environment.NewLine, profiles.Select(p => $"{p.Query}: {p.DbHits} db hits")));
    }

    [Fact]
    public async Task A_store_without_name_key_text_gains_it_and_is_searched_by_name()
    {
        var token = TestContext.Current.CancellationToken;
        await using var services = SuiteDatabase.Services(server.Require());
        await SuiteDatabase.EmptyAsync(services, token);
        var client = services.GetRequiredService<QueryApiClient>();
        // as an older version wrote it: name keys as a list only, and no :StoreFormat saying nameKeyText is kept
        await client.RunAsync(new Statement("CREATE (:Entity:Person {id: 'person:ana-vega', name: 'Ana Vega', aliases: ['Mrs Vega'], aliasText: 'Mrs Vega', nameKeys: ['ana vega', 'mrs vega', '~viga']})"), token);

        await services.GetRequiredService<IArticleStore>().InitializeAsync(token);

        var stored = await client.RunAsync(new Statement("MATCH (e:Entity {id: 'person:ana-vega'}) RETURN e.nameKeyText AS text"), token);
        Assert.Equal(",ana vega,mrs vega,~viga,", stored.Single("text") as string);
        var found = await services.GetRequiredService<IArticleStore>().FindEntitiesByNameKeysAsync(["mrs vega"], token);
        Assert.Equal(["person:ana-vega"], found.Select(e => e.Id));
        Assert.Empty(await services.GetRequiredService<IArticleStore>().FindEntitiesByNameKeysAsync(["vega"], token));
    }

    private static async Task AwaitIndexesAsync(QueryApiClient client, CancellationToken cancellationToken) =>
        await client.RunAsync(new Statement("CALL db.awaitIndexes(300)"), cancellationToken);

    /// <summary>The db hits of a statement's profile, summed over its operators (the Query API answers PROFILE with the plan).</summary>
    private static async Task<long> DbHitsAsync(Neo4jOptions options, string cypher, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = options.Uri };
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        using var content = new ByteArrayContent(RequestJson.Statement(new Statement("PROFILE " + cypher, parameters)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync($"db/{options.Database}/query/v2", content, cancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        Assert.True(json.RootElement.TryGetProperty("profiledQueryPlan", out var plan), json.RootElement.ToString());
        return Sum(plan);

        static long Sum(JsonElement operatorNode) =>
            operatorNode.GetProperty("dbHits").GetInt64() + operatorNode.GetProperty("children").EnumerateArray().Sum(Sum);
    }
}
