using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;
using GraphExplorer.Export;
using GraphExplorer.Storage.Neo4j;
using GraphExplorer.TestSupport;
using GraphExplorer.Worker.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Cli.Tests;

/// <summary>
/// The embedded store and Neo4j give the same answers: the same articles ingested by the real pipeline into both,
/// then every golden case, the queries around the corpus's most connected entities, the stats and the JSON export
/// must be equal, value for value. Runs against the Neo4j named by <c>NEO4J_URI</c> (it empties that database);
/// skipped with the reason when there is none, failed instead when <c>NEO4J_TESTS_REQUIRED=1</c>.
/// </summary>
public sealed class StoreParityTests : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly TempDirectory work = new();

    public static TheoryData<string> Corpora => ["seeds", "dev"];

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task Both_stores_answer_alike_and_export_the_same_graph(string corpus)
    {
        var token = TestContext.Current.CancellationToken;
        var neo4j = RequireNeo4j();
        var articles = CorpusPath(corpus);
        await using var exclusive = await Neo4jDatabaseLock.AcquireAsync(Neo4jDatabaseLock.Pool(neo4j.Uri), token);
        neo4j.Uri = exclusive.Server;
        await EmptyAsync(neo4j, token);
        await using var sqlite = await ComposeAsync(new() { ["Storage:Provider"] = "sqlite", ["Storage:Sqlite:DatabasePath"] = work.File("graph.db") }, token);
        await using var graph = await ComposeAsync(
            new()
            {
                ["Storage:Provider"] = "neo4j",
                ["Neo4j:Uri"] = neo4j.Uri.ToString(),
                ["Neo4j:User"] = neo4j.User,
                ["Neo4j:Password"] = neo4j.Password,
                ["Neo4j:Database"] = neo4j.Database,
            },
            token);

        var ingested = await IngestAsync(sqlite, articles, token);
        Assert.Equal(ingested, await IngestAsync(graph, articles, token));

        var differences = new List<string>();
        foreach (var (name, query, arguments) in Cases(await sqlite.GetRequiredService<IGraphReader>().ReadGraphAsync(cancellationToken: token)))
        {
            var expected = Serialize(await sqlite.GetRequiredService<IQueryRunner>().RunAsync(query, arguments, token));
            var actual = Serialize(await graph.GetRequiredService<IQueryRunner>().RunAsync(query, arguments, token));
            if (expected != actual)
            {
                differences.Add($"{name}: SQLite {Shorten(expected)}{Environment.NewLine}   Neo4j  {Shorten(actual)}");
            }
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
        Assert.Equal(Serialize(await StatsAsync(sqlite, token)), Serialize(await StatsAsync(graph, token)));
        Assert.Equal(await ExportAsync(sqlite, token), await ExportAsync(graph, token));
    }

    public void Dispose() => work.Dispose();

    /// <summary>
    /// Every golden case (computed on the seeds, so on another corpus many are empty), then for the corpus's five
    /// most connected entities every query that takes an entity, and the shortest paths between each two of them.
    /// </summary>
    private static IEnumerable<(string Name, QueryDefinition Query, QueryArgumentDictionary Arguments)> Cases(Subgraph graph)
    {
        foreach (var golden in GoldenCase.LoadAll())
        {
            var query = QueryCatalog.Default.Get(golden.Query);
            yield return (golden.Name, query, query.Bind(golden.Parameters.ToDictionary(p => p.Key, p => (string?)p.Value)));
        }

        var hubs = graph.Relationships.SelectMany(r => new[] { r.SourceId, r.TargetId })
            .GroupBy(id => id, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(5).Select(g => graph.Nodes.First(n => n.Id == g.Key)).ToList();
        foreach (var query in QueryCatalog.Default.All)
        {
            var entityParameters = query.Parameters.Where(p => p.Kind == ParameterKind.Entity).ToList();
            if (query.Name == "shortest-paths")
            {
                foreach (var (from, to) in hubs.SelectMany((a, i) => hubs.Skip(i + 1).Select(b => (a, b))))
                {
                    yield return ($"shortest-paths {from.Id} {to.Id}", query, query.Bind(new Dictionary<string, string?> { ["from"] = from.Name, ["to"] = to.Id }));
                }
            }
            else if (entityParameters.Count > 0)
            {
                foreach (var hub in hubs)
                {
                    var raw = new Dictionary<string, string?> { [entityParameters[0].Name] = hub.Name };
                    if (query.Parameters.Any(p => p.Name == "depth"))
                    {
                        raw["depth"] = "2";
                    }

                    yield return ($"{query.Name} {hub.Id}", query, query.Bind(raw));
                }
            }
            else
            {
                yield return ($"{query.Name} (example)", query, query.Bind(query.Example));
            }
        }

        foreach (var article in graph.Articles.Take(5))
        {
            var query = QueryCatalog.Default.Get("article");
            yield return ($"article {article.Id}", query, query.Bind(new Dictionary<string, string?> { ["article"] = article.Id }));
        }
    }

    internal static Neo4jOptions RequireNeo4j()
    {
        if (Neo4jOptions.FromEnvironment() is { } options)
        {
            return options;
        }

        const string reason = "No Neo4j to compare with: NEO4J_URI is not set (../shared/neo4j-5.26/start DIR HTTP_PORT BOLT_PORT prints it; .ci/run does this).";
        if (Environment.GetEnvironmentVariable("NEO4J_TESTS_REQUIRED") == "1")
        {
            Assert.Fail("NEO4J_TESTS_REQUIRED=1 but " + reason);
        }

        Assert.Skip(reason);
        return null!;
    }

    private static string CorpusPath(string corpus)
    {
        if (corpus == "seeds")
        {
            return RepoPaths.Seeds;
        }

        var path = RepoPaths.Shared is { } shared ? Path.Combine(shared, "eval", corpus, "articles") : null;
        if (path is null || !Directory.Exists(path))
        {
            Assert.Skip($"../shared/eval/{corpus}/articles is absent in this checkout.");
        }

        return path;
    }

    /// <summary>The application's services (as the CLI composes them) over one store, with that store's schema applied.</summary>
    private static async Task<ServiceProvider> ComposeAsync(Dictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddGraphExplorer(configuration).BuildServiceProvider();
        await services.GetRequiredService<IArticleStore>().InitializeAsync(cancellationToken);
        return services;
    }

    private static async Task<string> IngestAsync(IServiceProvider services, string articles, CancellationToken cancellationToken)
    {
        var summary = await services.GetRequiredService<IngestionService>().IngestAsync([articles], cancellationToken: cancellationToken);
        Assert.True(summary.Failed == 0 && summary.New > 0, summary.ToString());
        return summary.ToString();
    }

    private static async Task<GraphStats> StatsAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<IGraphReader>().GetStatsAsync(cancellationToken);

    private static async Task<string> ExportAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var graph = await services.GetRequiredService<IGraphReader>().ReadGraphAsync(cancellationToken: cancellationToken);
        using var output = new MemoryStream();
        await ExportFormats.Get("json").WriteAsync(ExportDocument.ForGraph(graph), output, cancellationToken);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>Deletes everything in the Neo4j database, straight through the Query API.</summary>
    internal static async Task EmptyAsync(Neo4jOptions neo4j, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = neo4j.Uri };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"db/{neo4j.Database}/query/v2")
        {
            Content = new StringContent("""{"statement":"MATCH (n) DETACH DELETE n"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{neo4j.User}:{neo4j.Password}")));
        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode && !body.Contains("\"errors\"", StringComparison.Ordinal), $"Emptying the Neo4j database failed: {body}");
    }

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json);

    private static string Shorten(string text) => text.Length <= 1500 ? text : text[..1500] + "…";
}
