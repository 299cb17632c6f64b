using GraphExplorer.TestSupport;

namespace GraphExplorer.Storage.Sqlite.Tests;

/// <summary>A store loaded once with the seed-graph fixture, shared by the golden tests.</summary>
public sealed class SeedStore : IAsyncLifetime
{
    private readonly TempDirectory folder = new();

    public SqliteGraphStore Store { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Store = SqliteGraphStore.Open(folder.File("seed.db"));
        foreach (var graph in SeedGraphFixture.Load())
        {
            await Store.SaveArticleAsync(graph);
        }
    }

    public ValueTask DisposeAsync()
    {
        Store.Dispose();
        folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
