using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Neo4j.QueryApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Storage.Neo4j.Tests.Integration;

/// <summary>
/// The database the suite runs against, shared by every class of <see cref="Neo4jServerGroup"/>. It remembers whether
/// the database holds exactly the seed graph, so tests that only read the seeds load them once, while tests that
/// empty or change the database go through <see cref="EmptyAsync"/>, which forgets it first.
/// </summary>
internal static class SuiteDatabase
{
    private static readonly SemaphoreSlim Lock = new(1, 1);
    private static bool holdsSeeds;

    /// <summary>The Neo4j store, reader and query runner, registered as the application registers them.</summary>
    public static ServiceProvider Services(Neo4jOptions options)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = options.Uri.ToString(),
            ["Neo4j:User"] = options.User,
            ["Neo4j:Password"] = options.Password,
            ["Neo4j:Database"] = options.Database,
        }).Build();
        return new ServiceCollection().AddNeo4jStorage(configuration).BuildServiceProvider();
    }

    /// <summary>Makes the database hold the seed graph (emptied, schema applied, every seed article saved) unless it already does.</summary>
    public static async Task LoadSeedsOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await Lock.WaitAsync(cancellationToken);
        try
        {
            if (holdsSeeds)
            {
                return;
            }

            var graphs = SeedGraphSource.Load();
            await DeleteEverythingAsync(services, cancellationToken);
            var store = services.GetRequiredService<IArticleStore>();
            await store.InitializeAsync(cancellationToken);
            foreach (var graph in graphs)
            {
                await store.SaveArticleAsync(graph, cancellationToken);
            }

            holdsSeeds = true;
        }
        finally
        {
            Lock.Release();
        }
    }

    /// <summary>
    /// Deletes every node and relationship; with <paramref name="dropSchema"/> also every constraint and index except
    /// the built-in token lookup indexes, leaving the database as a fresh <c>neo4j:5.26</c> starts.
    /// </summary>
    public static async Task EmptyAsync(IServiceProvider services, CancellationToken cancellationToken, bool dropSchema = false)
    {
        await Lock.WaitAsync(cancellationToken);
        try
        {
            holdsSeeds = false;
            await DeleteEverythingAsync(services, cancellationToken);
            if (dropSchema)
            {
                await DropSchemaAsync(services.GetRequiredService<QueryApiClient>(), cancellationToken);
            }
        }
        finally
        {
            Lock.Release();
        }
    }

    private static async Task DeleteEverythingAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<QueryApiClient>().RunAsync(new Statement("MATCH (n) DETACH DELETE n"), cancellationToken);

    private static async Task DropSchemaAsync(QueryApiClient client, CancellationToken cancellationToken)
    {
        // Schema names cannot be parameters of DROP; they come from the server and are backtick-quoted.
        var constraints = await client.RunAsync(new Statement("SHOW CONSTRAINTS YIELD name RETURN name"), cancellationToken);
        foreach (var name in constraints.Rows.Select(row => (string)row[0]!))
        {
            await client.RunAsync(new Statement($"DROP CONSTRAINT {Quoted(name)} IF EXISTS"), cancellationToken);
        }

        var indexes = await client.RunAsync(
            new Statement("SHOW INDEXES YIELD name, type, owningConstraint WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN name"),
            cancellationToken);
        foreach (var name in indexes.Rows.Select(row => (string)row[0]!))
        {
            await client.RunAsync(new Statement($"DROP INDEX {Quoted(name)} IF EXISTS"), cancellationToken);
        }
    }

    private static string Quoted(string name) => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";
}
