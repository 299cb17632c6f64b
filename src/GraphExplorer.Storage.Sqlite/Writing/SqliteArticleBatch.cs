using GraphExplorer.Core.Model;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Sqlite.Reading;
using GraphExplorer.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Writing;

/// <summary>
/// Article saves in one write transaction on one connection (<see cref="IArticleBatch"/>): each save inside a savepoint,
/// so a save that fails is taken back alone; reads on the same connection see the saves before them.
/// </summary>
internal sealed class SqliteArticleBatch : IArticleBatch
{
    private const string ArticleSavepoint = "article";
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;

    /// <summary>
    /// Entities read for resolution, as stored in this transaction: the batch holds the write lock, so only its own saves
    /// change them, and each save drops the entities it touched. Article after article asks for the same entities (news
    /// repeats its actors), which are then read and parsed once per batch; the resolver also sees the same objects again.
    /// </summary>
    private readonly Dictionary<string, Entity> knownEntities = new(StringComparer.Ordinal);
    private readonly ArticleWriter writer;

    /// <summary>The rules of the identity keys, when the store's rows were made by them (else entities are found by name alone).</summary>
    private readonly IEntityIdentityKeys? identityKeys;
    private bool committed;

    private SqliteArticleBatch(SqliteConnection connection, SqliteTransaction transaction, string databasePath, IEntityIdentityKeys? identityKeys)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.identityKeys = identityKeys;
        writer = new ArticleWriter(connection, transaction, identityKeys);
        DatabasePath = databasePath;
    }

    /// <summary>The file the batch writes to (a store of the same file may write its own rows in it).</summary>
    public string DatabasePath { get; }

    /// <summary>
    /// Starts the write transaction at once (BEGIN IMMEDIATE): a batch never fails half-way for want of the lock. With
    /// <paramref name="identityKeys"/>, identity keys made by other rules (or by a write without any) are made again first.
    /// </summary>
    public static async Task<SqliteArticleBatch> BeginAsync(SqliteConnections connections, IEntityIdentityKeys? identityKeys, CancellationToken cancellationToken)
    {
        var connection = await connections.OpenAsync(cancellationToken);
        SqliteTransaction? transaction = null;
        try
        {
            transaction = connection.BeginTransaction(deferred: false);
            if (identityKeys is not null)
            {
                await IdentityKeyRows.RebuildAsync(connection, transaction, identityKeys, cancellationToken);
            }

            return new SqliteArticleBatch(connection, transaction, connections.DatabasePath, identityKeys);
        }
        catch
        {
            transaction?.Dispose();
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<IReadOnlyList<Entity>> FindEntitiesByNameKeysAsync(IReadOnlyCollection<string> nameKeys, CancellationToken cancellationToken = default)
    {
        using var command = connection.Command(
            "SELECT DISTINCT entity_id FROM entity_name_keys WHERE name_key IN (SELECT value FROM json_each(@keys))",
            transaction)
            .With("@keys", CommandExtensions.JsonList(nameKeys));
        var ids = await command.ReadStringsAsync(cancellationToken);
        return await LoadAsync(ids, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// The entities of a label with identity keys are those sharing an identity key with the article's entities (one
    /// probe of <c>entity_identity_keys</c> per key), or one of their ids, and a lookup key with the article's entities
    /// (as <see cref="FindEntitiesByNameKeysAsync"/>): the resolver takes a known agreement for one of the article's only
    /// when they have the same id or share a key (<see cref="IEntityIdentityKeys"/>), so it matches exactly what it matched
    /// among every entity found by name.
    /// </remarks>
    public async Task<IReadOnlyList<Entity>> FindCandidatesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken = default)
    {
        var nameKeys = IArticleBatch.LookupKeysOf(entities);
        if (identityKeys is null)
        {
            return await FindEntitiesByNameKeysAsync(nameKeys, cancellationToken);
        }

        var keyedLabels = identityKeys.KeyedLabels;
        var keyed = entities.Where(e => identityKeys.HasKeys(e.Label)).ToList();
        var wanted = keyed.SelectMany(e => identityKeys.KeysOfEntity(e.Label, e.AllNames)).Distinct(StringComparer.Ordinal);
        var command = writer.Command(
            """
            SELECT n.entity_id FROM entity_name_keys n JOIN entities e ON e.id = n.entity_id
            WHERE n.name_key IN (SELECT value FROM json_each(@keys)) AND e.label NOT IN (SELECT value FROM json_each(@labels))
            UNION
            SELECT i.entity_id FROM entity_identity_keys i WHERE i.identity_key IN (SELECT value FROM json_each(@identities))
                AND EXISTS (SELECT 1 FROM entity_name_keys n WHERE n.entity_id = i.entity_id AND n.name_key IN (SELECT value FROM json_each(@keys)))
            UNION
            SELECT n.entity_id FROM entity_name_keys n WHERE n.entity_id IN (SELECT value FROM json_each(@ids))
                AND n.name_key IN (SELECT value FROM json_each(@keys))
            """)
            .With("@keys", CommandExtensions.JsonList(nameKeys))
            .With("@labels", CommandExtensions.JsonList(keyedLabels))
            .With("@identities", CommandExtensions.JsonList(wanted))
            .With("@ids", CommandExtensions.JsonList(keyed.Select(e => e.Id).Distinct(StringComparer.Ordinal)));
        return await LoadAsync(await command.ReadStringsAsync(cancellationToken), cancellationToken);
    }

    /// <summary>The entities of these ids, read once per batch (<see cref="knownEntities"/>), in id order.</summary>
    private async Task<IReadOnlyList<Entity>> LoadAsync(List<string> ids, CancellationToken cancellationToken)
    {
        var missing = ids.Where(id => !knownEntities.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            foreach (var entity in await new GraphLoader(connection, transaction).EntitiesAsync(missing, cancellationToken))
            {
                knownEntities[entity.Id] = entity;
            }
        }

        var found = ids.Distinct(StringComparer.Ordinal).Select(id => knownEntities.GetValueOrDefault(id)).OfType<Entity>().ToList();
        found.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        return found;
    }

    /// <exception cref="ArgumentException">The graph is inconsistent (for example evidence outside the article text); nothing is written.</exception>
    public async Task SaveArticleAsync(ArticleGraph graph, CancellationToken cancellationToken = default)
    {
        using (WriteTrace.Step("validate"))
        {
            ArticleGraphValidator.Validate(graph);
        }

        await InSavepointAsync(
            async () =>
            {
                var touched = await writer.WriteAsync(graph, cancellationToken);
                foreach (var id in touched)
                {
                    knownEntities.Remove(id);
                }

                if (graph.Article.Source is { } source)
                {
                    // The file is stored now: earlier failures of the same file no longer describe it.
                    var clear = writer.Statement("DELETE FROM ingest_failures WHERE source = ?1");
                    clear.Text(1, source);
                    clear.Execute();
                }
            });
    }

    public async Task RecordFailureAsync(IngestFailure failure, CancellationToken cancellationToken = default)
    {
        using var command = connection.Command("INSERT INTO ingest_failures (source, reason, at) VALUES (@source, @reason, @at)", transaction)
            .With("@source", failure.Source).With("@reason", failure.Reason).With("@at", failure.At.ToString("O"));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs a write of another part of the store (the curation tables) in the batch, all or nothing.</summary>
    public Task WriteAsync(Func<SqliteConnection, SqliteTransaction, Task> write) => InSavepointAsync(() => write(connection, transaction));

    /// <summary>The statement of this text in the batch's transaction, prepared once for the batch, without parameters (not to be disposed).</summary>
    public SqliteCommand Command(string sql) => writer.Command(sql);

    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(committed, this);

        // the name and alias counts the saves changed, one write per distinct row (schema 10: the writer keeps them)
        writer.FlushCounts();
        transaction.Commit();
        committed = true;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        writer.Dispose();
        await transaction.DisposeAsync(); // rolls back unless committed
        await connection.DisposeAsync();
    }

    private async Task InSavepointAsync(Func<Task> write)
    {
        ObjectDisposedException.ThrowIf(committed, this);

        // as SqliteTransaction.Save, Rollback and Release, with statements prepared once for the batch
        writer.Statement($"SAVEPOINT {ArticleSavepoint}").Execute();
        try
        {
            await write();
        }
        catch
        {
            knownEntities.Clear(); // what the failed write changed is taken back: read everything anew
            writer.Forget();
            await writer.Command($"ROLLBACK TO SAVEPOINT {ArticleSavepoint}; RELEASE SAVEPOINT {ArticleSavepoint};").ExecuteNonQueryAsync();
            throw;
        }

        writer.Statement($"RELEASE SAVEPOINT {ArticleSavepoint}").Execute();
        writer.Accept();
    }
}
