using System.Globalization;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Neo4j;
using GraphExplorer.Worker.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Cli.Benchmarks;

/// <summary>
/// <c>bench neo4j-queries</c>: puts the same graph into both stores (or checks that they hold it), then prints
/// <see cref="StoreLatencyBenchmark"/>'s side-by-side table.
/// </summary>
internal static class StoreLatencyCommand
{
    public static async Task<int> RunAsync(Neo4jOptions neo4j, IReadOnlyList<string> articles, bool emptyNeo4j, FileInfo? sqliteFile, int samples, CancellationToken cancellationToken)
    {
        if ((articles.Count > 0) == (sqliteFile is not null))
        {
            throw new InvalidOperationException("give either --articles PATH... (with --empty-neo4j) or --sqlite FILE");
        }

        var scratch = Path.Combine(Path.GetTempPath(), $"graph-explorer-bench-{Guid.NewGuid():N}.db");
        var sqlitePath = sqliteFile?.FullName ?? scratch;
        try
        {
            await using var embedded = await ComposeAsync(new() { ["Storage:Provider"] = "sqlite", ["Storage:Sqlite:DatabasePath"] = sqlitePath }, cancellationToken);
            await using var server = await ComposeAsync(
                new()
                {
                    ["Storage:Provider"] = "neo4j",
                    ["Neo4j:Uri"] = neo4j.Uri.ToString(),
                    ["Neo4j:User"] = neo4j.User,
                    ["Neo4j:Password"] = neo4j.Password,
                    ["Neo4j:Database"] = neo4j.Database,
                },
                cancellationToken);
            if (articles.Count > 0)
            {
                await LoadBothAsync(embedded, server, neo4j, articles, emptyNeo4j, cancellationToken);
            }

            var (sqliteStats, neo4jStats) = (await StatsAsync(embedded, cancellationToken), await StatsAsync(server, cancellationToken));
            if (sqliteStats.Entities != neo4jStats.Entities || sqliteStats.Relationships != neo4jStats.Relationships || sqliteStats.Articles != neo4jStats.Articles)
            {
                throw new InvalidOperationException(
                    $"the stores hold different graphs (embedded: {Describe(sqliteStats)}; Neo4j: {Describe(neo4jStats)}); load Neo4j from the embedded store's export first");
            }

            Console.Error.WriteLine($"reading the graph ({Describe(sqliteStats)}) to draw arguments from …");
            var graph = await embedded.GetRequiredService<IGraphReader>().ReadGraphAsync(cancellationToken: cancellationToken);
            var results = await StoreLatencyBenchmark.RunAsync(
                embedded.GetRequiredService<IQueryRunner>(), server.GetRequiredService<IQueryRunner>(), graph, samples, Console.Error, cancellationToken);
            Console.Out.WriteLine(StoreLatencyBenchmark.Table($"{Describe(sqliteStats)}; milliseconds, measured by this process (CLI to store, both warm)", results));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { scratch, scratch + "-wal", scratch + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }
    }

    private static async Task LoadBothAsync(IServiceProvider embedded, IServiceProvider server, Neo4jOptions neo4j, IReadOnlyList<string> articles, bool emptyNeo4j, CancellationToken cancellationToken)
    {
        var existing = await StatsAsync(server, cancellationToken);
        if (existing.Articles + existing.Entities > 0)
        {
            if (!emptyNeo4j)
            {
                throw new InvalidOperationException($"the Neo4j database is not empty ({Describe(existing)}); add --empty-neo4j to delete everything in it first");
            }

            await Neo4jDatabase.DeleteEverythingAsync(neo4j, cancellationToken);
        }

        foreach (var services in new[] { embedded, server })
        {
            var summary = await services.GetRequiredService<IngestionService>().IngestAsync(articles, cancellationToken: cancellationToken);
            Console.Error.WriteLine(summary.ToString());
        }
    }

    private static async Task<ServiceProvider> ComposeAsync(Dictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddGraphExplorer(configuration).BuildServiceProvider();
        await services.GetRequiredService<IArticleStore>().InitializeAsync(cancellationToken);
        return services;
    }

    private static async Task<GraphStats> StatsAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<IGraphReader>().GetStatsAsync(cancellationToken);

    private static string Describe(GraphStats stats) =>
        string.Create(CultureInfo.InvariantCulture, $"{stats.Entities:N0} entities, {stats.Relationships:N0} relationships, {stats.Articles:N0} articles");
}
