using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Sqlite.Curation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Storage.Sqlite;

/// <summary>Registers the embedded SQLite store.</summary>
public static class SqliteStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="SqliteGraphStore"/> as <see cref="IArticleStore"/>, <see cref="IGraphReader"/>,
    /// <see cref="IQueryRunner"/> and <see cref="IStoreVersion"/>, and its <see cref="ICurationStore"/>; the store indexes the identity keys of the <see cref="IEntityIdentityKeys"/> registered, if any. Call <see cref="IArticleStore.InitializeAsync"/> once at start.
    /// </summary>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services, Action<SqliteStoreOptions> configure)
    {
        services.AddOptions<SqliteStoreOptions>().Configure(configure);
        services.AddSingleton(provider => new SqliteGraphStore(provider.GetRequiredService<IOptions<SqliteStoreOptions>>().Value, provider.GetService<IEntityIdentityKeys>()));
        services.AddSingleton<IArticleStore>(provider => provider.GetRequiredService<SqliteGraphStore>());
        services.AddSingleton<IGraphReader>(provider => provider.GetRequiredService<SqliteGraphStore>());
        services.AddSingleton<IQueryRunner>(provider => provider.GetRequiredService<SqliteGraphStore>());
        services.AddSingleton<IStoreVersion>(provider => provider.GetRequiredService<SqliteGraphStore>());
        services.AddSingleton<ICurationStore>(provider => new SqliteCurationStore(provider.GetRequiredService<IOptions<SqliteStoreOptions>>().Value));
        return services;
    }
}
