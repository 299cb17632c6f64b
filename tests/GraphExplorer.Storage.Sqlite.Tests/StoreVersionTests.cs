using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.TestSupport;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Tests;

/// <summary>
/// The embedded store's version (what the query service's response cache is keyed by): unchanged by reads, changed by
/// every commit, whichever connection or store instance on the file made it.
/// </summary>
public sealed class StoreVersionTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ArticleGraph Article(string id, string text, string first, string second)
    {
        var builder = new ArticleGraphBuilder(id, text);
        var a = builder.Entity(NodeLabels.Person, first);
        var b = builder.Entity(NodeLabels.Person, second);
        builder.Fact("MET_WITH", a, b, text);
        return builder.Build($"Article {id}");
    }

    [Fact]
    public async Task Reads_leave_the_version_alone_and_every_write_moves_it_on()
    {
        using var fixture = new SqliteStoreFixture();
        var store = fixture.Store;
        await store.SaveArticleAsync(Article("a1", "Alpha Person met Beta Person.", "Alpha Person", "Beta Person"), Token);
        var before = store.Current();

        await store.GetStatsAsync(Token);
        await store.ReadGraphAsync(null, Token);
        var meetings = QueryCatalog.Default.Get("meetings");
        await store.RunAsync(meetings, meetings.Bind(new Dictionary<string, string?>()), Token);
        Assert.Equal(before, store.Current());

        await store.SaveArticleAsync(Article("a2", "Gamma Person met Delta Person.", "Gamma Person", "Delta Person"), Token);
        var afterOwnWrite = store.Current();
        Assert.True(afterOwnWrite > before, $"after a save the version is {afterOwnWrite}, before it {before}");
        Assert.Equal(afterOwnWrite, store.Current());
    }

    [Fact]
    public async Task A_write_through_another_connection_or_store_on_the_same_file_moves_the_version_on()
    {
        using var fixture = new SqliteStoreFixture();
        var store = fixture.Store;
        var start = store.Current();

        // Another store instance on the file: what an `ingest` in another process does.
        using (var other = SqliteGraphStore.Open(fixture.DatabasePath))
        {
            await other.SaveArticleAsync(Article("a1", "Alpha Person met Beta Person.", "Alpha Person", "Beta Person"), Token);
        }

        var afterOtherStore = store.Current();
        Assert.True(afterOtherStore > start, "a save by another store instance left the version alone");

        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = fixture.DatabasePath, Pooling = false }.ToString()))
        {
            await connection.OpenAsync(Token);
            await using var rename = connection.CreateCommand();
            rename.CommandText = "UPDATE entities SET name = 'Alpha Renamed' WHERE name = 'Alpha Person'";
            Assert.Equal(1, await rename.ExecuteNonQueryAsync(Token));
        }

        Assert.True(store.Current() > afterOtherStore, "an update through a plain connection left the version alone");
    }
}
