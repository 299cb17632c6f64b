namespace GraphExplorer.Storage.Sqlite;

/// <summary>Settings of the embedded SQLite store.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The default database file, relative to the working directory.</summary>
    public const string DefaultDatabasePath = "./data/graph.db";

    /// <summary>The database file. Default <c>./data/graph.db</c>; its folder is created when missing.</summary>
    public string DatabasePath { get; set; } = DefaultDatabasePath;

    /// <summary>How long a connection waits for another writer's lock before failing. Default 5 seconds.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
