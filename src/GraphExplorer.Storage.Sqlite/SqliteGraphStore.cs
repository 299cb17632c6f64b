using GraphExplorer.Core.Model;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Sqlite.Queries;
using GraphExplorer.Storage.Sqlite.Reading;
using GraphExplorer.Storage.Sqlite.Schema;
using GraphExplorer.Storage.Sqlite.Writing;

namespace GraphExplorer.Storage.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file (WAL mode, foreign keys, versioned schema, FTS5 name search)
/// serving the write side, the read side and the curated queries. Thread-safe: every call opens its own
/// pooled connection. Its <see cref="IStoreVersion"/> changes after every commit to the file, from any connection or process.
/// </summary>
public sealed class SqliteGraphStore : IArticleStore, IGraphReader, IQueryRunner, IStoreVersion, IDisposable
{
    private readonly SqliteConnections connections;
    private readonly DataVersionWatch dataVersion;

    /// <summary>The rules of the identity keys the store indexes (none: entities are found by name alone).</summary>
    private readonly IEntityIdentityKeys? identityKeys;

    /// <summary>
    /// The writer's connection between batches, with what they learnt of the stored entities (<see cref="WriterSession"/>):
    /// a batch takes it, and gives it back when done; a batch begun while another holds it opens a session of its own,
    /// closed when done unless the slot is free again.
    /// </summary>
    private WriterSession? idleSession;
    private bool disposed;

    internal SqliteGraphStore(SqliteStoreOptions options, IEntityIdentityKeys? identityKeys = null)
    {
        this.identityKeys = identityKeys;
        connections = new SqliteConnections(options.DatabasePath, options.BusyTimeout);
        dataVersion = new DataVersionWatch(connections.DatabasePath);
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath => connections.DatabasePath;

    /// <summary>Opens (creating or migrating when needed) the store at <paramref name="databasePath"/>, without DI.</summary>
    public static SqliteGraphStore Open(string databasePath)
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = databasePath });
        store.InitializeAsync().GetAwaiter().GetResult();
        return store;
    }

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await SchemaMigrations.MigrateAsync(connection, cancellationToken);
        if (identityKeys is not null && !await IdentityKeyRows.MadeByAsync(connection, null, identityKeys, cancellationToken))
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            await IdentityKeyRows.RebuildAsync(connection, transaction, identityKeys, cancellationToken);
            transaction.Commit();
        }
    }

    /// <inheritdoc />
    public async Task<string?> GetContentHashAsync(string articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var command = connection.Command("SELECT content_hash FROM articles WHERE id = @id").With("@id", articleId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Entity>> FindEntitiesByNameKeysAsync(IReadOnlyCollection<string> nameKeys, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var command = connection.Command(
            "SELECT DISTINCT entity_id FROM entity_name_keys WHERE name_key IN (SELECT value FROM json_each(@keys))")
            .With("@keys", CommandExtensions.JsonList(nameKeys));
        var ids = await command.ReadStringsAsync(cancellationToken);
        return await new GraphLoader(connection).EntitiesAsync(ids, cancellationToken);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The graph is inconsistent (for example evidence outside the article text); nothing is written.</exception>
    public async Task SaveArticleAsync(ArticleGraph graph, CancellationToken cancellationToken = default)
    {
        ArticleGraphValidator.Validate(graph); // before the write lock is taken
        await using var batch = await BeginAsync(cancellationToken);
        await batch.SaveArticleAsync(graph, cancellationToken);
        await batch.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task RecordFailureAsync(IngestFailure failure, CancellationToken cancellationToken = default)
    {
        await using var batch = await BeginAsync(cancellationToken);
        await batch.RecordFailureAsync(failure, cancellationToken);
        await batch.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>One write transaction (BEGIN IMMEDIATE) on one connection: other writers wait for it (readers do not, in WAL mode).</remarks>
    public async Task<IArticleBatch> BeginBatchAsync(CancellationToken cancellationToken = default) => await BeginAsync(cancellationToken);

    /// <inheritdoc />
    /// <remarks>For one article: the entities it mentions and the facts it states (aggregated over every article that states them).</remarks>
    public async Task<Subgraph> ReadGraphAsync(string? articleId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var (entitySql, keySql) = articleId is null
            ? ("SELECT id FROM entities", "SELECT key FROM relationships")
            : ("SELECT entity_id FROM mentions WHERE article_id = @article", "SELECT relationship_key FROM assertions WHERE article_id = @article");
        using var entities = connection.Command(entitySql).With("@article", articleId);
        using var keys = connection.Command(keySql).With("@article", articleId);
        var loader = new GraphLoader(connection);
        using var articles = connection.Command("SELECT id FROM articles");
        var extra = articleId is null ? await articles.ReadStringsAsync(cancellationToken) : [articleId];
        var graph = await loader.SubgraphAsync(await entities.ReadStringsAsync(cancellationToken), await keys.ReadStringsAsync(cancellationToken), cancellationToken, extra);
        return articleId is not null && graph.Articles.All(a => a.Id != articleId) ? Subgraph.Empty : graph;
    }

    /// <inheritdoc />
    public async Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var found = await new GraphLoader(connection).EntitiesAsync([id], cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var counts = connection.Command(
            """
            SELECT (SELECT count(*) FROM articles), (SELECT count(DISTINCT source) FROM ingest_failures),
                   (SELECT count(*) FROM entities), (SELECT count(*) FROM relationships), (SELECT count(*) FROM evidence)
            """);
        using var reader = await counts.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (articles, failed, entities, relationships, evidence) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4));
        return new GraphStats(
            articles,
            failed,
            entities,
            relationships,
            evidence,
            await CountByAsync(connection, "SELECT label, count(*) FROM entities GROUP BY label", cancellationToken),
            await CountByAsync(connection, "SELECT type, count(*) FROM relationships GROUP BY type", cancellationToken));
    }

    /// <inheritdoc />
    public async Task<QueryResult> RunAsync(QueryDefinition query, QueryArgumentDictionary arguments, CancellationToken cancellationToken = default)
    {
        var implementation = SqliteQueries.Get(query.Name);
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var context = new QueryContext(connection, query, arguments);
        return await implementation.RunAsync(context, cancellationToken);
    }

    /// <summary>Runs bulk work (the benchmark's synthetic graph) on one open connection.</summary>
    internal async Task WithConnectionAsync(Func<Microsoft.Data.Sqlite.SqliteConnection, Task> work, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await work(connection);
    }

    /// <inheritdoc />
    /// <remarks>From <c>PRAGMA data_version</c> on a connection that only watches (see <see cref="DataVersionWatch"/>).</remarks>
    public long Current() => dataVersion.Current();

    /// <summary>Releases the watching connection, the writer's and the pooled connections to the file.</summary>
    public void Dispose()
    {
        disposed = true;
        Interlocked.Exchange(ref idleSession, null)?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        dataVersion.Dispose();
        connections.ClearPool();
    }

    /// <summary>A batch on the idle writer session, or on a session of its own when another batch holds it.</summary>
    private async Task<SqliteArticleBatch> BeginAsync(CancellationToken cancellationToken)
    {
        var session = Interlocked.Exchange(ref idleSession, null) ?? new WriterSession(await connections.OpenAsync(cancellationToken), identityKeys);
        return await SqliteArticleBatch.BeginAsync(connections, identityKeys, cancellationToken, session, Release);
    }

    /// <summary>Keeps a batch's session for the next batch, unless another is kept already or the store is disposed.</summary>
    private void Release(WriterSession session)
    {
        if (disposed || Interlocked.CompareExchange(ref idleSession, session, null) is not null)
        {
            session.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        else if (disposed && Interlocked.CompareExchange(ref idleSession, null, session) == session)
        {
            session.DisposeAsync().AsTask().GetAwaiter().GetResult(); // disposed meanwhile
        }
    }

    private static async Task<IReadOnlyDictionary<string, int>> CountByAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.Command(sql);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }
}
