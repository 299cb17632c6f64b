using Microsoft.Extensions.Configuration;

namespace GraphExplorer.Cli.Hosting;

/// <summary>Where the configured store keeps the graph, in words: "the embedded store /home/me/data/graph.db", "Neo4j at http://localhost:7474 (database neo4j)".</summary>
internal static class StoreDescription
{
    public static bool IsNeo4j(IConfiguration configuration) =>
        string.Equals(configuration[StorageRegistration.ProviderKey], "neo4j", StringComparison.OrdinalIgnoreCase);

    public static string Of(IConfiguration configuration) => IsNeo4j(configuration)
        ? $"Neo4j at {Neo4jUri(configuration)} (database {configuration["NEO4J_DATABASE"] ?? configuration["Neo4j:Database"] ?? "neo4j"})"
        : $"the embedded store {SqlitePath(configuration)}";

    /// <summary>The Neo4j address as the store resolves it: <c>NEO4J_URI</c> wins over <c>Neo4j:Uri</c>.</summary>
    public static string Neo4jUri(IConfiguration configuration) =>
        configuration["NEO4J_URI"] is { Length: > 0 } uri ? uri : configuration["Neo4j:Uri"] ?? "http://localhost:7474";

    /// <summary>The embedded store's file, as a full path.</summary>
    public static string SqlitePath(IConfiguration configuration) =>
        Path.GetFullPath(configuration[StorageRegistration.SqlitePathKey] is { Length: > 0 } path ? path : Path.Combine("data", "graph.db"));
}
