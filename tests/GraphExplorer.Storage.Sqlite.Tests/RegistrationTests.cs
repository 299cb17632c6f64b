using GraphExplorer.Core.Storage;
using GraphExplorer.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Storage.Sqlite.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public async Task AddSqliteStorage_serves_all_three_contracts_from_one_store_and_creates_the_folder()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "nested", "graph.db");
        var services = new ServiceCollection().AddSqliteStorage(o => o.DatabasePath = path).BuildServiceProvider();
        await using (services)
        {
            var writer = services.GetRequiredService<IArticleStore>();
            await writer.InitializeAsync(TestContext.Current.CancellationToken);

            Assert.Same(writer, services.GetRequiredService<IGraphReader>());
            Assert.Same(writer, services.GetRequiredService<IQueryRunner>());
            Assert.True(File.Exists(path));
        }
    }

    [Fact]
    public void The_default_database_path_is_documented()
    {
        Assert.Equal("./data/graph.db", new SqliteStoreOptions().DatabasePath);
        Assert.Throws<ArgumentException>(() => SqliteGraphStore.Open(" "));
    }
}
