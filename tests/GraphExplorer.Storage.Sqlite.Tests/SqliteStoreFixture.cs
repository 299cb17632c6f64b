using GraphExplorer.TestSupport;

namespace GraphExplorer.Storage.Sqlite.Tests;

/// <summary>A fresh store in a temporary folder.</summary>
internal sealed class SqliteStoreFixture : IDisposable
{
    private readonly TempDirectory folder = new();

    public SqliteStoreFixture() => Store = SqliteGraphStore.Open(folder.File("graph.db"));

    public SqliteGraphStore Store { get; }

    public string DatabasePath => Store.DatabasePath;

    public void Dispose()
    {
        Store.Dispose();
        folder.Dispose();
    }
}
