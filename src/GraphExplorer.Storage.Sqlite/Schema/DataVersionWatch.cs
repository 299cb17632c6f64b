using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Schema;

/// <summary>
/// The store's version for readers that keep answers (<see cref="Core.Storage.IStoreVersion"/>), from SQLite's
/// <c>PRAGMA data_version</c> on a connection of its own that never writes: SQLite changes that value whenever another
/// connection, in this process or another, has committed to the file since the last look. Asking costs a read of the
/// WAL index in shared memory (microseconds). The connection is outside the pool, so clearing the pool leaves it
/// alone; <see cref="Dispose"/> closes it.
/// </summary>
internal sealed class DataVersionWatch(string databasePath) : IDisposable
{
    private readonly Lock gate = new();
    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadWrite,
        Pooling = false,
    }.ToString();

    private SqliteConnection? connection;
    private SqliteCommand? dataVersion;
    private long lastDataVersion = -1;
    private long version;
    private bool disposed;

    /// <summary>
    /// The version: unchanged while no other connection commits, one higher after it saw a commit. Also one higher
    /// when the watching connection had to be opened again (its data_version would start over).
    /// </summary>
    public long Current()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            try
            {
                if (dataVersion is null)
                {
                    connection = new SqliteConnection(connectionString);
                    connection.Open();
                    dataVersion = connection.CreateCommand();
                    dataVersion.CommandText = "PRAGMA data_version;";
                    dataVersion.Prepare();
                    lastDataVersion = -1;
                }

                var seen = (long)dataVersion.ExecuteScalar()!;
                if (seen != lastDataVersion)
                {
                    lastDataVersion = seen;
                    version++;
                }

                return version;
            }
            catch
            {
                // A broken watch is opened anew at the next call, under a new version: nothing kept before it is trusted.
                Close();
                version++;
                throw;
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            Close();
        }
    }

    private void Close()
    {
        dataVersion?.Dispose();
        connection?.Dispose();
        dataVersion = null;
        connection = null;
    }
}
