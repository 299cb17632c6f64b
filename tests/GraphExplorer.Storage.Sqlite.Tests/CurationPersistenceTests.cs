using GraphExplorer.Core.Curation;
using GraphExplorer.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Storage.Sqlite.Tests;

/// <summary>Curations kept by the embedded store hold across a re-ingest and a rebuild, and can be undone.</summary>
public sealed class CurationPersistenceTests : IDisposable
{
    private readonly TempDirectory work = new();

    [Fact]
    public async Task Curations_survive_reingest_and_rebuild_and_undo_on_sqlite()
    {
        await using var services = new ServiceCollection().AddSqliteStorage(o => o.DatabasePath = work.File("graph.db")).BuildServiceProvider();
        var store = services.GetRequiredService<SqliteGraphStore>();

        var problems = await new CurationScenario(store, services.GetRequiredService<ICurationStore>(), store, store).RunAsync(TestContext.Current.CancellationToken);

        Assert.Empty(problems);
    }

    public void Dispose() => work.Dispose();
}
