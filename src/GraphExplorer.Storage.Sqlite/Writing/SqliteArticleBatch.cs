using GraphExplorer.Core.Model;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Sqlite.Reading;
using GraphExplorer.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Writing;

/// <summary>
/// Article saves in one write transaction on one connection (<see cref="IArticleBatch"/>); reads on the same connection
/// see the saves before them. A save that fails is taken back alone, without a savepoint per save (SQLite would copy into
/// its sub-journal every page each save touches first, to forget them at once when the save is kept): the batch keeps
/// the writes it has done (<see cref="done"/>), and when one fails, rolls the whole transaction back, begins it again and
/// does them again, in order (<see cref="TakeBackAsync"/>). A failure costs the batch's writes twice; a save none.
/// </summary>
internal sealed class SqliteArticleBatch : IArticleBatch
{
    private readonly SqliteConnection connection;
    private SqliteTransaction transaction;

    /// <summary>
    /// Entities read for resolution, as stored in this transaction: the batch holds the write lock, so only its own saves
    /// change them, and each save drops the entities it touched. Article after article asks for the same entities (news
    /// repeats its actors), which are then read and parsed once per batch; the resolver also sees the same objects again.
    /// </summary>
    private readonly Dictionary<string, Entity> knownEntities;
    private ArticleWriter writer;

    /// <summary>The name and identity keys read for resolution, kept up to date by the writer (<see cref="EntityKeyCache"/>).</summary>
    private readonly EntityKeyCache keys;

    /// <summary>The connection, with what its batches learnt (kept from batch to batch while nothing else writes).</summary>
    private readonly WriterSession session;

    /// <summary>Takes the session back when the batch is done (null: the batch closes the connection).</summary>
    private readonly Action<WriterSession>? release;

    /// <summary>The rules of the identity keys, when the store's rows were made by them (else entities are found by name alone).</summary>
    private readonly IEntityIdentityKeys? identityKeys;

    /// <summary>The writes the transaction holds, in order (saves, failures recorded, writes of the curation tables): done again after a failed one is taken back.</summary>
    private readonly List<Func<Task>> done = [];

    /// <summary>Why the batch can no longer write (its writes could not be done again after a failure was taken back).</summary>
    private Exception? lost;
    private bool committed;

    private SqliteArticleBatch(WriterSession session, Action<WriterSession>? release, SqliteTransaction transaction, string databasePath, IEntityIdentityKeys? identityKeys)
    {
        this.session = session;
        this.release = release;
        connection = session.Connection;
        this.transaction = transaction;
        this.identityKeys = identityKeys;
        knownEntities = session.Memory.Entities;
        keys = session.Memory.Keys;
        writer = new ArticleWriter(connection, transaction, identityKeys, session.Memory, session.Keys);
        DatabasePath = databasePath;
    }

    /// <summary>The file the batch writes to (a store of the same file may write its own rows in it).</summary>
    public string DatabasePath { get; }

    /// <summary>
    /// Starts the write transaction at once (BEGIN IMMEDIATE): a batch never fails half-way for want of the lock. With
    /// <paramref name="identityKeys"/>, identity keys made by other rules (or by a write without any) are made again first.
    /// </summary>
    /// <remarks>
    /// On <paramref name="session"/> (a connection of its own, with what earlier batches on it learnt, kept only if nothing
    /// else wrote since: <see cref="WriterSession.Validate"/>), handed to <paramref name="release"/> when the batch is done;
    /// without, on a connection of the pool, closed when the batch is done.
    /// </remarks>
    public static async Task<SqliteArticleBatch> BeginAsync(
        SqliteConnections connections, IEntityIdentityKeys? identityKeys, CancellationToken cancellationToken, WriterSession? session = null, Action<WriterSession>? release = null)
    {
        if (session is null)
        {
            session = new WriterSession(await connections.OpenAsync(cancellationToken), identityKeys);
            release = null;
        }

        SqliteTransaction? transaction = null;
        try
        {
            transaction = session.Connection.BeginTransaction(deferred: false);
            session.Validate();
            if (identityKeys is not null && await IdentityKeyRows.RebuildAsync(session.Connection, transaction, identityKeys, cancellationToken))
            {
                session.Memory.Clear(); // the identity keys were made anew
            }

            return new SqliteArticleBatch(session, release, transaction, connections.DatabasePath, identityKeys);
        }
        catch
        {
            transaction?.Dispose();
            session.Forget();
            if (release is null)
            {
                await session.DisposeAsync();
            }
            else
            {
                release(session);
            }

            throw;
        }
    }

    public async Task<IReadOnlyList<Entity>> FindEntitiesByNameKeysAsync(IReadOnlyCollection<string> nameKeys, CancellationToken cancellationToken = default) =>
        await LoadAsync([.. NamedBy(nameKeys).Select(e => e.Id)], cancellationToken);

    /// <inheritdoc />
    /// <remarks>
    /// The entities of a label with identity keys are those sharing an identity key with the article's entities, or one of
    /// their ids, and a lookup key with the article's entities (as <see cref="FindEntitiesByNameKeysAsync"/>): the resolver
    /// takes a known agreement for one of the article's only when they have the same id or share a key
    /// (<see cref="IEntityIdentityKeys"/>), so it matches exactly what it matched among every entity found by name. Each key
    /// is read once per batch (<see cref="EntityKeyCache"/>), one index seek of <c>entity_name_keys</c> or
    /// <c>entity_identity_keys</c>.
    /// </remarks>
    public async Task<IReadOnlyList<Entity>> FindCandidatesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken = default)
    {
        var named = NamedBy(session.Keys.LookupKeysOf(entities));
        if (identityKeys is null)
        {
            return await LoadAsync([.. named.Select(e => e.Id)], cancellationToken);
        }

        var keyedLabels = identityKeys.KeyedLabels.ToHashSet(StringComparer.Ordinal);
        var keyed = entities.Where(e => identityKeys.HasKeys(e.Label)).ToList();
        var sharing = IdentifiedBy(keyed.SelectMany(e => session.Keys.KeysOfEntity(e.Label, e.AllNames)));
        sharing.UnionWith(keyed.Select(e => e.Id));

        // by name, unless of a keyed label: then only those sharing an identity key with the article's, or one of their ids
        var ids = named.Where(e => !keyedLabels.Contains(e.Label) || sharing.Contains(e.Id)).Select(e => e.Id).ToList();
        return await LoadAsync(ids, cancellationToken);
    }

    /// <summary>The entities (id, label) that have one of these name keys, each key read once per batch.</summary>
    private List<(string Id, string Label)> NamedBy(IEnumerable<string> nameKeys)
    {
        var found = new List<(string Id, string Label)>();
        PositionalStatement? read = null;
        foreach (var key in nameKeys)
        {
            if (!keys.TryGetNameKey(key, out var entities))
            {
                read ??= writer.Statement("SELECT n.entity_id, e.label FROM entity_name_keys n JOIN entities e ON e.id = n.entity_id WHERE n.name_key = ?1");
                read.Text(1, key);
                var rows = new List<(string, string, string)>();
                while (read.Next())
                {
                    rows.Add((key, read.ColumnText(0)!, read.ColumnText(1)!));
                }

                keys.PutNameKeys([key], rows);
                keys.TryGetNameKey(key, out entities);
            }

            found.AddRange(entities);
        }

        return found;
    }

    /// <summary>The ids of the entities that have one of these identity keys, each key read once per batch.</summary>
    private HashSet<string> IdentifiedBy(IEnumerable<string> identities)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        PositionalStatement? read = null;
        foreach (var key in identities)
        {
            if (!keys.TryGetIdentityKey(key, out var entities))
            {
                read ??= writer.Statement("SELECT entity_id FROM entity_identity_keys WHERE identity_key = ?1");
                read.Text(1, key);
                var rows = new List<(string, string)>();
                while (read.Next())
                {
                    rows.Add((key, read.ColumnText(0)!));
                }

                keys.PutIdentityKeys([key], rows);
                keys.TryGetIdentityKey(key, out entities);
            }

            found.UnionWith(entities);
        }

        return found;
    }

    /// <summary>The entities of these ids, read once per batch (<see cref="knownEntities"/>), in id order.</summary>
    private async Task<IReadOnlyList<Entity>> LoadAsync(List<string> ids, CancellationToken cancellationToken)
    {
        // (the keys of an article's names find the same entities many times over)
        var distinct = new HashSet<string>(ids, StringComparer.Ordinal);
        List<string>? missing = null;
        foreach (var id in distinct)
        {
            if (!knownEntities.ContainsKey(id))
            {
                (missing ??= []).Add(id);
            }
        }

        if (missing is not null)
        {
            foreach (var entity in await new GraphLoader(connection, transaction).EntitiesAsync(missing, cancellationToken))
            {
                knownEntities[entity.Id] = entity;
            }
        }

        var found = new List<Entity>(distinct.Count);
        foreach (var id in distinct)
        {
            if (knownEntities.TryGetValue(id, out var entity))
            {
                found.Add(entity);
            }
        }

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

        await AllOrNothingAsync(
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

    public Task RecordFailureAsync(IngestFailure failure, CancellationToken cancellationToken = default) =>
        AllOrNothingAsync(
            () =>
            {
                writer.Statement("INSERT INTO ingest_failures (source, reason, at) VALUES (?1, ?2, ?3)")
                    .Text(1, failure.Source).Text(2, failure.Reason).Text(3, failure.At.ToString("O")).Execute();
                return Task.CompletedTask;
            });

    /// <summary>Runs a write of another part of the store (the curation tables) in the batch, all or nothing (done again if a later write fails).</summary>
    public Task WriteAsync(Func<SqliteConnection, SqliteTransaction, Task> write) => AllOrNothingAsync(() => write(connection, transaction));

    /// <summary>The statement of this text in the batch's transaction, prepared once for the batch, without parameters (not to be disposed).</summary>
    public SqliteCommand Command(string sql) => writer.Command(sql);

    /// <summary>The one-row statement of this text, bound by position, prepared once for the batch (not to be disposed).</summary>
    public PositionalStatement Statement(string sql) => writer.Statement(sql);

    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(committed, this);
        ThrowIfLost();

        // the name and alias counts the saves changed, one write per distinct row (schema 10: the writer keeps them)
        writer.FlushCounts();
        session.Stamp(); // the file as this batch leaves it, taken while the batch still holds the write lock
        try
        {
            transaction.Commit();
        }
        catch
        {
            session.Forget();
            throw;
        }

        committed = true;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        writer.Dispose();
        await transaction.DisposeAsync(); // rolls back unless committed
        if (!committed)
        {
            session.Forget(); // what the memory learnt was taken back with the transaction
        }

        if (release is null)
        {
            await session.DisposeAsync();
        }
        else
        {
            release(session);
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/>, kept to be done again should a later write of the batch fail; if it fails, the batch
    /// is as before it (<see cref="TakeBackAsync"/>) and its exception is thrown.
    /// </summary>
    private async Task AllOrNothingAsync(Func<Task> write)
    {
        ObjectDisposedException.ThrowIf(committed, this);
        ThrowIfLost();
        try
        {
            await write();
        }
        catch
        {
            await TakeBackAsync();
            throw;
        }

        done.Add(write);
    }

    /// <summary>
    /// Takes a failed write back: the transaction is rolled back whole, begun again (BEGIN IMMEDIATE), and the writes kept
    /// before the failed one are done again in order, on a writer that forgot everything (the memory described rows now
    /// gone). Should that fail too, the batch is lost: every later call throws, and its commit (the ingestion then stores
    /// its articles one per transaction).
    /// </summary>
    private async Task TakeBackAsync()
    {
        session.Forget();
        writer.Dispose(); // its statements finalized: nothing is left running in the transaction
        try
        {
            try
            {
                transaction.Rollback();
            }
            catch (InvalidOperationException)
            {
                // SQLite rolled the transaction back itself (a full disk, an I/O error)
            }

            transaction.Dispose();
            transaction = connection.BeginTransaction(deferred: false);
            if (identityKeys is not null)
            {
                await IdentityKeyRows.RebuildAsync(connection, transaction, identityKeys, CancellationToken.None);
            }

            writer = new ArticleWriter(connection, transaction, identityKeys, session.Memory, session.Keys);
            foreach (var write in done)
            {
                await write();
            }
        }
        catch (Exception e)
        {
            lost = e;
            session.Forget();
        }
    }

    private void ThrowIfLost()
    {
        if (lost is not null)
        {
            throw new InvalidOperationException($"The batch lost its writes when a failed one was taken back: {lost.Message}", lost);
        }
    }
}
