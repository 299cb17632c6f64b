using System.Text;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Storage;
using GraphExplorer.Export;
using GraphExplorer.Export.Import;
using GraphExplorer.Storage.Neo4j.QueryApi;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Storage.Neo4j.Tests.Integration;

/// <summary>
/// The csv and cypher exports round-trip through a real Neo4j (see <see cref="Neo4jServer"/>; skipped with the reason
/// when there is none). The graph is the seed graph plus <see cref="HostileArticle"/>, saved by the Neo4j store and read
/// back whole. Each test empties the database it is pointed at; the script test also drops its constraints and indexes.
/// </summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class ExportRoundTripTests(Neo4jServer server)
{
    [Theory]
    [InlineData("neo4j-csv")]
    [InlineData("cypher")]
    public async Task Importing_the_export_into_the_emptied_database_reads_back_the_same_graph(string format)
    {
        var token = TestContext.Current.CancellationToken;
        await using var services = SuiteDatabase.Services(server.Require());
        var original = await LoadOriginalAsync(services, token);
        using var export = new MemoryStream(await ExportAsync(format, original, token));

        await SuiteDatabase.EmptyAsync(services, token);
        var saved = await GraphImporter.ImportAsync(format, export, services.GetRequiredService<IArticleStore>(), token);
        var reloaded = await services.GetRequiredService<IGraphReader>().ReadGraphAsync(cancellationToken: token);

        Assert.Equal(original.Articles.Count, saved);
        AssertSameGraph(original, reloaded);
        Assert.Equal(await JsonAsync(original, token), await JsonAsync(reloaded, token));
    }

    [Fact]
    public async Task The_cypher_export_loads_statement_by_statement_as_cypher_shell_runs_it_and_again_changes_nothing()
    {
        var token = TestContext.Current.CancellationToken;
        await using var services = SuiteDatabase.Services(server.Require());
        var client = services.GetRequiredService<QueryApiClient>();
        var original = await LoadOriginalAsync(services, token);
        var script = Encoding.UTF8.GetString(await ExportAsync("cypher", original, token));
        var statements = CypherShellScript.Statements(script);
        AssertOneStatementPerLine(script, statements);

        await SuiteDatabase.EmptyAsync(services, token, dropSchema: true);
        await RunAllAsync(client, statements, token);
        var loaded = await GraphCounts.ReadAsync(client, token);

        Assert.Equal(GraphCounts.Of(original), loaded);
        await AssertHostileNamesSurvivedAsync(client, token);
        var constraints = await client.RunAsync(new Statement("SHOW CONSTRAINTS YIELD name RETURN name"), token);
        Assert.Superset(new HashSet<string> { "entity_id", "article_id" }, constraints.Rows.Select(row => (string)row[0]!).ToHashSet());
        var json = await JsonAsync(original, token);
        Assert.Equal(json, await JsonAsync(await services.GetRequiredService<IGraphReader>().ReadGraphAsync(cancellationToken: token), token));

        await RunAllAsync(client, statements, token);

        Assert.Equal(loaded, await GraphCounts.ReadAsync(client, token));
        Assert.Equal(json, await JsonAsync(await services.GetRequiredService<IGraphReader>().ReadGraphAsync(cancellationToken: token), token));
    }

    /// <summary>Empties the database, saves the seed graph and the hostile article through the Neo4j store, and reads the whole graph.</summary>
    private static async Task<Subgraph> LoadOriginalAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var graphs = SeedGraphSource.Load().Append(HostileArticle.Build()).ToList();
        await SuiteDatabase.EmptyAsync(services, cancellationToken);
        var store = services.GetRequiredService<IArticleStore>();
        await store.InitializeAsync(cancellationToken);
        foreach (var graph in graphs)
        {
            await store.SaveArticleAsync(graph, cancellationToken);
        }

        var original = await services.GetRequiredService<IGraphReader>().ReadGraphAsync(cancellationToken: cancellationToken);

        // guards the round trips against a graph that lost what they must carry
        Assert.Equal(graphs.Select(g => g.Article.Id).Order(StringComparer.Ordinal), original.Articles.Select(a => a.Id));
        Assert.Contains(original.Nodes, n => n.Name == HostileArticle.InjectionName);
        Assert.Contains(original.Nodes, n => n.Name == HostileArticle.ScriptName);
        Assert.Contains(original.Nodes, n => n.Name == HostileArticle.RtlName);
        Assert.Equal(graphs.SelectMany(g => g.Relationships).Select(r => r.Key).Distinct().Count(), original.Relationships.Count);
        return original;
    }

    private static async Task RunAllAsync(QueryApiClient client, IReadOnlyList<string> statements, CancellationToken cancellationToken)
    {
        foreach (var statement in statements)
        {
            await client.RunAsync(new Statement(statement), cancellationToken);
        }
    }

    /// <summary>The exporter's shape: every statement on one line ending in <c>;</c>, so no literal can hold a line break or end a statement.</summary>
    private static void AssertOneStatementPerLine(string script, IReadOnlyList<string> statements)
    {
        var lines = script.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)).ToList();
        Assert.All(lines, line => Assert.EndsWith(";", line, StringComparison.Ordinal));
        Assert.Equal(lines.Select(l => l[..^1].Trim()), statements);
    }

    private static async Task AssertHostileNamesSurvivedAsync(QueryApiClient client, CancellationToken cancellationToken)
    {
        foreach (var name in new[] { HostileArticle.InjectionName, HostileArticle.ScriptName, HostileArticle.RtlName })
        {
            var found = await client.RunAsync(new Statement("MATCH (e:Entity) WHERE e.name = $name RETURN e.name AS name", Parameters(("name", name))), cancellationToken);
            Assert.Equal([name], found.Rows.Select(row => row[0] as string));
        }

        var article = await client.RunAsync(new Statement("MATCH (a:Article {id: $id}) RETURN a.title AS title", Parameters(("id", HostileArticle.Id))), cancellationToken);
        Assert.Equal(HostileArticle.Title, article.Single("title"));
    }

    private static void AssertSameGraph(Subgraph expected, Subgraph actual)
    {
        var (e, a) = (Normalized(expected), Normalized(actual));
        Assert.Equal(e.Nodes, a.Nodes);
        Assert.Equal(e.Relationships, a.Relationships);
        Assert.Equal(e.Articles, a.Articles);
    }

    private static Subgraph Normalized(Subgraph graph)
    {
        var normalized = graph.Normalized();
        return normalized with
        {
            Relationships = [.. normalized.Relationships.Select(r => r with { Evidence = [.. r.Evidence.OrderBy(v => v.ArticleId, StringComparer.Ordinal).ThenBy(v => v.Start).ThenBy(v => v.End)] })],
        };
    }

    private static async Task<byte[]> ExportAsync(string format, Subgraph graph, CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        await ExportFormats.Get(format).WriteAsync(ExportDocument.ForGraph(graph), output, cancellationToken);
        return output.ToArray();
    }

    /// <summary>The json export as text, so a failing comparison shows where the graphs differ.</summary>
    private static async Task<string> JsonAsync(Subgraph graph, CancellationToken cancellationToken) =>
        Encoding.UTF8.GetString(await ExportAsync("json", graph, cancellationToken));

    private static Dictionary<string, object?> Parameters(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}

/// <summary>What the script test counts in Neo4j: all nodes and relationships, articles, entities per label and facts per type.</summary>
internal sealed record GraphCounts(long Nodes, long Relationships, long Articles, string EntitiesByLabel, string RelationshipsByType)
{
    /// <summary>The counts a database loaded with exactly <paramref name="graph"/> by the cypher script holds (the script writes no MENTIONS).</summary>
    public static GraphCounts Of(Subgraph graph) => new(
        graph.Nodes.Count + graph.Articles.Count,
        graph.Relationships.Count,
        graph.Articles.Count,
        Describe(graph.Nodes.GroupBy(n => n.Label, StringComparer.Ordinal).Select(g => (g.Key, (long)g.Count()))),
        Describe(graph.Relationships.GroupBy(r => r.Type, StringComparer.Ordinal).Select(g => (g.Key, (long)g.Count()))));

    public static async Task<GraphCounts> ReadAsync(QueryApiClient client, CancellationToken cancellationToken)
    {
        async Task<long> CountAsync(string cypher) => (long)(await client.RunAsync(new Statement(cypher), cancellationToken)).Single("n")!;
        async Task<string> CountByAsync(string cypher) =>
            Describe((await client.RunAsync(new Statement(cypher), cancellationToken)).Rows.Select(row => ((string)row[0]!, (long)row[1]!)));

        return new GraphCounts(
            await CountAsync("MATCH (n) RETURN count(n) AS n"),
            await CountAsync("MATCH ()-[r]->() RETURN count(r) AS n"),
            await CountAsync("MATCH (a:Article) RETURN count(a) AS n"),
            await CountByAsync("MATCH (e:Entity) UNWIND [l IN labels(e) WHERE l <> 'Entity'] AS label RETURN label, count(*) AS n"),
            await CountByAsync("MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(r) AS n"));
    }

    private static string Describe(IEnumerable<(string Name, long Count)> counts) =>
        string.Join(", ", counts.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => $"{c.Name}={c.Count}"));
}
