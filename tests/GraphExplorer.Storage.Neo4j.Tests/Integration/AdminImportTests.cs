using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Neo4j.Bulk;
using GraphExplorer.Storage.Neo4j.QueryApi;
using GraphExplorer.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Storage.Neo4j.Tests.Integration;

/// <summary>
/// A first load through <c>neo4j-admin database import</c> gives the store that saving the articles one by one gives:
/// the seed graph and <see cref="HostileArticle"/> are saved into the suite's server, and imported into a second
/// server of the shared Neo4j 5.26 (../shared/neo4j-5.26, started here on free ports and stopped again), then every
/// node, relationship and property of both is compared (the curation store's extracted graphs included).
/// </summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class AdminImportTests(Neo4jServer server) : IDisposable
{
    private readonly TempDirectory work = new();

    [Fact]
    public async Task The_admin_import_of_the_articles_holds_exactly_what_saving_them_writes()
    {
        var token = TestContext.Current.CancellationToken;
        var neo4jHome = RequireSharedServer();
        var graphs = SeedGraphSource.Load().Append(HostileArticle.Build()).ToList();
        await using var saved = SuiteDatabase.Services(server.Require());
        await SuiteDatabase.EmptyAsync(saved, token);
        // as ingest and import save them: through the curated store, which also keeps each article's extracted graph
        var store = new CuratedArticleStore(saved.GetRequiredService<IArticleStore>(), saved.GetRequiredService<ICurationStore>());
        await store.InitializeAsync(token);
        foreach (var graph in graphs)
        {
            await store.SaveArticleAsync(graph, token);
        }

        var serverDirectory = work.File("server");
        var (http, bolt) = FreePorts();
        try
        {
            // the first start lays out the server folder (configuration, password); the import needs it stopped
            var password = await RunAsync(Path.Combine(neo4jHome, "start"), [serverDirectory, http, bolt], token);
            await RunAsync(Path.Combine(neo4jHome, "stop"), [serverDirectory], token);
            var files = AdminImport.Write(graphs, Path.Combine(serverDirectory, "import", "graph-explorer"));
            Assert.Equal([AdminImport.AssertionsFile], files.MultilineFiles); // the hostile sentence holds a line break
            await RunAsync(Path.Combine(neo4jHome, "bin", "neo4j-admin"), files.Arguments(), token, ("NEO4J_HOME", serverDirectory), ("NEO4J_CONF", Path.Combine(serverDirectory, "conf")));
            await RunAsync(Path.Combine(neo4jHome, "start"), [serverDirectory, http, bolt], token);
            await using var imported = SuiteDatabase.Services(new Neo4jOptions { Uri = new Uri($"http://127.0.0.1:{http}"), Password = PasswordOf(password) });
            var importedStore = new CuratedArticleStore(imported.GetRequiredService<IArticleStore>(), imported.GetRequiredService<ICurationStore>());
            // the files are in the current shape and say so: the schema's one-off rewrites of older stores are skipped
            var formats = await imported.GetRequiredService<QueryApiClient>().RunAsync(
                new Statement("MATCH (f:StoreFormat) RETURN coalesce(f.evidence, f.nameKeys) AS format ORDER BY format"), token);
            Assert.Equal(["assertions", "text"], formats.Rows.Select(row => row[0] as string));
            await importedStore.InitializeAsync(token);

            var (expectedNodes, expectedRelationships) = await DumpAsync(saved, token);
            var (actualNodes, actualRelationships) = await DumpAsync(imported, token);
            Assert.Equal(graphs.Count, files.Articles);
            Assert.Equal(graphs.Count, files.Extracted);
            Assert.Equal(expectedNodes, actualNodes);
            Assert.Equal(expectedRelationships, actualRelationships);
            Assert.Equal(
                JsonSerializer.Serialize(await saved.GetRequiredService<IGraphReader>().GetStatsAsync(token)),
                JsonSerializer.Serialize(await imported.GetRequiredService<IGraphReader>().GetStatsAsync(token)));
            foreach (var graph in graphs) // ingest finds every article stored, unchanged
            {
                Assert.Equal(graph.Article.ContentHash, await importedStore.GetContentHashAsync(graph.Article.Id, token));
            }
        }
        finally
        {
            await RunAsync(Path.Combine(neo4jHome, "stop"), [serverDirectory], CancellationToken.None);
        }
    }

    public void Dispose() => work.Dispose();

    /// <summary>
    /// Every node (labels, properties) and relationship (type, end ids, properties), as sorted JSON lines. neo4j-admin
    /// writes no empty arrays, so an empty list property counts as absent (every read of the store treats them alike).
    /// </summary>
    private static async Task<(List<string> Nodes, List<string> Relationships)> DumpAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var client = services.GetRequiredService<QueryApiClient>();
        var nodes = await client.RunAsync(new Statement("MATCH (n) RETURN [l IN labels(n) | l] AS labels, properties(n) AS properties"), cancellationToken);
        var relationships = await client.RunAsync(
            new Statement("MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, a.source) AS start, coalesce(b.id, b.source) AS end, properties(r) AS properties"),
            cancellationToken);
        return (Lines(nodes), Lines(relationships));
    }

    private static List<string> Lines(StatementResult result) =>
        [.. result.Rows.Select(row => JsonSerializer.Serialize(row.Select(Normalized))).Order(StringComparer.Ordinal)];

    private static object? Normalized(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => new SortedDictionary<string, object?>(
            map.Where(p => p.Value is not IReadOnlyList<object?> { Count: 0 }).ToDictionary(p => p.Key, p => p.Value),
            StringComparer.Ordinal),
        _ => value,
    };

    private static string RequireSharedServer()
    {
        var home = RepoPaths.Shared is { } shared ? Path.Combine(shared, "neo4j-5.26") : null;
        if (home is null || !File.Exists(Path.Combine(home, "start")))
        {
            const string reason = "../shared/neo4j-5.26 is absent: no neo4j-admin to import with.";
            if (Environment.GetEnvironmentVariable("NEO4J_TESTS_REQUIRED") == "1")
            {
                Assert.Fail("NEO4J_TESTS_REQUIRED=1 but " + reason);
            }

            Assert.Skip(reason);
        }

        return home;
    }

    private static (string Http, string Bolt) FreePorts()
    {
        var listeners = new[] { new TcpListener(IPAddress.Loopback, 0), new TcpListener(IPAddress.Loopback, 0) };
        foreach (var listener in listeners)
        {
            listener.Start();
        }

        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        foreach (var listener in listeners)
        {
            listener.Stop();
        }

        return (ports[0], ports[1]);
    }

    /// <summary>The password in the start script's <c>export NEO4J_URI=… NEO4J_PASSWORD=…</c> line.</summary>
    private static string PasswordOf(string startOutput) =>
        startOutput.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Single(w => w.StartsWith("NEO4J_PASSWORD=", StringComparison.Ordinal))["NEO4J_PASSWORD=".Length..];

    /// <summary>Runs a script or tool to completion; fails the test with its output when it exits non-zero. Returns stdout.</summary>
    private static async Task<string> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken, params (string Name, string Value)[] environment)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        return await output;
    }
}
