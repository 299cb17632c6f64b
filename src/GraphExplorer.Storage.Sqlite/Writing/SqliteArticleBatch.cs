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
    private bool committed;

    private SqliteArticleBatch(SqliteConnection connection, SqliteTransaction transaction, string databasePath)
    {
        this.connection = connection;
        this.transaction = transaction;
        writer = new ArticleWriter(connection, transaction);
        DatabasePath = databasePath;
    }

    /// <summary>The file the batch writes to (a store of the same file may write its own rows in it).</summary>
    public string DatabasePath { get; }

    /// <summary>Starts the write transaction at once (BEGIN IMMEDIATE): a batch never fails half-way for want of the lock.</summary>
    public static async Task<SqliteArticleBatch> BeginAsync(SqliteConnections connections, CancellationToken cancellationToken)
    {
        var connection = await connections.OpenAsync(cancellationToken);
        try
        {
            return new SqliteArticleBatch(connection, connection.BeginTransaction(deferred: false), connections.DatabasePath);
        }
        catch
        {
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
        var missing = ids.Where(id => !knownEntities.ContainsKey(id)).ToList();
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
                    using var clear = connection.Command("DELETE FROM ingest_failures WHERE source = @source", transaction).With("@source", source);
                    await clear.ExecuteNonQueryAsync(cancellationToken);
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

    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(committed, this);
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
        transaction.Save(ArticleSavepoint);
        try
        {
            await write();
        }
        catch
        {
            knownEntities.Clear(); // what the failed write changed is taken back: read everything anew
            transaction.Rollback(ArticleSavepoint);
            transaction.Release(ArticleSavepoint);
            throw;
        }

        transaction.Release(ArticleSavepoint);
    }
}
