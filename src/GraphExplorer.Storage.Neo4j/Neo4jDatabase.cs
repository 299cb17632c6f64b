using GraphExplorer.Storage.Neo4j.QueryApi;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Storage.Neo4j;

/// <summary>Whole-database operations for tools (benchmarks, test set-up), outside the store contract.</summary>
public static class Neo4jDatabase
{
    /// <summary>Deletes every node and relationship of the configured database, in batches; the schema stays.</summary>
    public static async Task DeleteEverythingAsync(Neo4jOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        await using var services = Client(options);
        await services.GetRequiredService<QueryApiClient>().RunAsync(
            new Statement("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"),
            cancellationToken);
    }

    /// <summary>A service provider holding a Query API client for <paramref name="options"/> (validated).</summary>
    internal static ServiceProvider Client(Neo4jOptions options)
    {
        var services = new ServiceCollection();
        services.AddOptions<Neo4jOptions>().Configure(o =>
        {
            o.Uri = options.Uri;
            o.Database = options.Database;
            o.User = options.User;
            o.Password = options.Password;
            o.RequestTimeout = options.RequestTimeout;
            o.TransactionTimeout = options.TransactionTimeout;
            o.MaxRetries = options.MaxRetries;
            o.RetryDelay = options.RetryDelay;
        }).PostConfigure(o => o.Validate());
        services.AddQueryApi();
        return services.BuildServiceProvider();
    }
}
