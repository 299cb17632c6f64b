using GraphExplorer.Core.Model;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GraphExplorer.Storage.Sqlite.Writing;

/// <summary>
/// The writer's connection and what its batches learnt of the stored entities (<see cref="WriterMemory"/>), kept from one
/// batch to the next: article after article, batch after batch, news names the same actors, whose rows would otherwise be
/// read again at the start of every batch. What was learnt stays true while nothing but these batches writes to the file.
/// Each batch stamps the connection just before it commits, while it still holds the write lock: SQLite's
/// <c>PRAGMA data_version</c> of this connection changes when another connection (in this process or another: a curation
/// edit, another writer) commits, and <c>sqlite3_total_changes</c> when this one writes outside a batch. The next batch,
/// once it holds the write lock, compares: any difference, and the memory is forgotten before it is used. A batch that
/// does not commit (rolled back, failed) forgets it too. The connection is the session's alone (not in the pool).
/// </summary>
internal sealed class WriterSession(SqliteConnection connection, Core.Storage.IEntityIdentityKeys? identityKeys) : IAsyncDisposable
{
    /// <summary>Entities kept in memory at most: past that, the memory is forgotten at the next batch (a bound on its size, not a cache policy).</summary>
    public const int MaxEntities = 50_000;

    private (long DataVersion, long Changes)? stamp;

    public SqliteConnection Connection { get; } = connection;

    public WriterMemory Memory { get; } = new();

    /// <summary>The keys of the names met, made once (they depend on the name alone: never forgotten with <see cref="Memory"/>).</summary>
    public KeyMemo Keys { get; } = new(identityKeys);

    /// <summary>
    /// Records the state of the file as this session leaves it: called by a batch in its write transaction, after its
    /// last write and before its commit (its own commit changes neither value).
    /// </summary>
    public void Stamp() => stamp = Read();

    /// <summary>Forgets the memory and the stamp: a batch did not commit what the memory describes.</summary>
    public void Forget()
    {
        stamp = null;
        Memory.Clear();
    }

    /// <summary>
    /// Called by a batch once it holds the write lock: forgets the memory unless the file is as the last commit of this
    /// session left it. Returns whether the memory was kept.
    /// </summary>
    public bool Validate()
    {
        var kept = stamp is { } last && last == Read() && Memory.Size <= MaxEntities;
        if (!kept)
        {
            Memory.Clear();
        }

        stamp = null;
        return kept;
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();

    private (long, long) Read()
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "PRAGMA data_version;";
        var version = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        var handle = Connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        return (version, raw.sqlite3_total_changes(handle));
    }
}

/// <summary>
/// What the writer knows of the stored entities, as the last committed batch left them (<see cref="WriterSession"/>): the
/// entities read for resolution, the keys looked up, the names each entity's rows were made from and the counts of its
/// names. Each batch keeps it up to date as it writes (see the owners of each part).
/// </summary>
internal sealed class WriterMemory
{
    /// <summary>Entities read for resolution, as stored (<see cref="SqliteArticleBatch"/>).</summary>
    public Dictionary<string, Entity> Entities { get; } = new(StringComparer.Ordinal);

    /// <summary>Name and identity keys read for resolution (<see cref="EntityKeyCache"/>).</summary>
    public EntityKeyCache Keys { get; } = new();

    /// <summary>The names each entity's name keys, identity keys and search row were made from (<see cref="ArticleWriter"/>).</summary>
    public Dictionary<string, SortedSet<string>> NamesOf { get; } = new(StringComparer.Ordinal);

    /// <summary>Each entity's stored name and name counts (<see cref="ArticleWriter"/>).</summary>
    public Dictionary<string, ArticleWriter.EntityNames> NameCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>How many entities the memory holds, at most.</summary>
    public int Size => Math.Max(Math.Max(Entities.Count, NamesOf.Count), NameCounts.Count);

    public void Clear()
    {
        Entities.Clear();
        Keys.Clear();
        NamesOf.Clear();
        NameCounts.Clear();
    }
}
