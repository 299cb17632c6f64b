using GraphExplorer.Storage.Neo4j;
using GraphExplorer.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Cli.Hosting;

/// <summary>Chooses the graph store from configuration: the embedded SQLite file unless "Storage:Provider" says neo4j.</summary>
internal static class StorageRegistration
{
    public const string ProviderKey = "Storage:Provider";
    public const string SqlitePathKey = "Storage:Sqlite:DatabasePath";

    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration[ProviderKey] ?? "sqlite";
        switch (provider.ToLowerInvariant())
        {
            case "sqlite":
                var path = configuration[SqlitePathKey] ?? Path.Combine("data", "graph.db");
                services.AddSqliteStorage(options => options.DatabasePath = Path.GetFullPath(path));
                break;
            case "neo4j":
                services.AddNeo4jStorage(configuration);
                break;
            default:
                throw new InvalidOperationException($"Unknown store '{provider}' in {ProviderKey}: use sqlite or neo4j.");
        }

        return services;
    }
}
