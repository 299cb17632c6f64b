using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Schema;

/// <summary>Opens connections to one database file with the store's per-connection settings.</summary>
internal sealed class SqliteConnections
{
    private readonly string connectionString;
    private readonly int busyTimeoutMs;

    public SqliteConnections(string databasePath, TimeSpan busyTimeout)
    {
        if (string.IsNullOrWhiteSpace(databasePath))
        {
            throw new ArgumentException("The SQLite database path must not be empty.", nameof(databasePath));
        }

        DatabasePath = Path.GetFullPath(databasePath);
        var folder = Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        busyTimeoutMs = (int)Math.Clamp(busyTimeout.TotalMilliseconds, 0, int.MaxValue);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = Math.Max(1, busyTimeoutMs / 1000),
        }.ToString();
    }

    /// <summary>
    /// Bytes of the file read through memory mapping: random reads without a system call per page. SQLite's largest
    /// (SQLITE_MAX_MMAP_SIZE, just under 2 GiB), so that a store of more than 1 GiB (the 1M-edge graph is 1.15 GB) is
    /// mapped whole; the address space it reserves is not memory it uses.
    /// </summary>
    public const long MmapSize = 0x7fff0000;

    /// <summary>
    /// Pages the write-ahead log grows to before a commit copies it into the file (SQLite's default is 1,000, 4 MB): a
    /// batch of articles dirties about that many index pages, so the default checkpointed at nearly every commit, copying
    /// pages the next batch dirtied again. At 16,384 (64 MB) a page rewritten by many batches is copied once per
    /// checkpoint. The log file keeps that size once reached and is written over after each checkpoint.
    /// </summary>
    public const int WalCheckpointPages = 16_384;

    /// <summary>The mapping SQLite keeps after being asked for <see cref="MmapSize"/> (a build may cap it lower), learnt at the first open.</summary>
    private static long appliedMmapSize = MmapSize;

    public string DatabasePath { get; }

    /// <summary>An open connection with foreign keys on and the busy timeout set.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA mmap_size;";
            var mapped = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken) ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
            if (mapped != Interlocked.Read(ref appliedMmapSize))
            {
                // once per physical connection (pooled ones keep these settings, their page cache and their mapping;
                // setting the mapping again would unmap it and fault every page in anew)
                command.CommandText = $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {busyTimeoutMs}; PRAGMA synchronous = NORMAL; "
                    + $"PRAGMA cache_size = -32768; PRAGMA mmap_size = {MmapSize}; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = {WalCheckpointPages};";
                await command.ExecuteNonQueryAsync(cancellationToken);
                command.CommandText = "PRAGMA mmap_size;";
                Interlocked.Exchange(ref appliedMmapSize, Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken) ?? 0L, System.Globalization.CultureInfo.InvariantCulture));
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Releases pooled connections so the file can be deleted or copied.</summary>
    public void ClearPool() => SqliteConnection.ClearPool(new SqliteConnection(connectionString));
}
