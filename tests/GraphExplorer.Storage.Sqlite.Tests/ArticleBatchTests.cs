using GraphExplorer.Core.Text;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Tests;

/// <summary>Several article saves in one transaction (<see cref="Core.Storage.IArticleBatch"/>).</summary>
public sealed class ArticleBatchTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_batch_sees_its_own_saves_others_see_them_once_committed_and_a_save_failing_half_way_is_taken_back_alone()
    {
        using var fixture = new SqliteStoreFixture();
        await fixture.Store.InitializeAsync(Token);
        using (var connection = new SqliteConnection($"Data Source={fixture.DatabasePath};Pooling=False"))
        {
            // fails a save after its article, entities, fact and assertion rows are written
            await connection.OpenAsync(Token);
            using var trigger = connection.CreateCommand();
            trigger.CommandText = "CREATE TRIGGER refuse_poison BEFORE INSERT ON evidence WHEN new.sentence LIKE '%poison%' BEGIN SELECT RAISE(ABORT, 'poisoned'); END;";
            await trigger.ExecuteNonQueryAsync(Token);
        }

        using var reference = new SqliteStoreFixture();
        await reference.Store.SaveArticleAsync(BatchTestGraphs.Accusation("a1", "Alpha Person", "accused", "Beta Person"), Token);
        await reference.Store.SaveArticleAsync(BatchTestGraphs.Accusation("a3", "Beta Person", "accused", "Gamma Person"), Token);

        await using (var batch = await fixture.Store.BeginBatchAsync(Token))
        {
            await batch.SaveArticleAsync(BatchTestGraphs.Accusation("a1", "Alpha Person", "accused", "Beta Person"), Token);
            Assert.Equal(["person:alpha-person"], (await batch.FindEntitiesByNameKeysAsync([NameKey.Normalize("Alpha Person")], Token)).Select(e => e.Id));
            Assert.Null(await fixture.Store.GetContentHashAsync("a1", Token));

            await Assert.ThrowsAsync<SqliteException>(() => batch.SaveArticleAsync(BatchTestGraphs.Accusation("a2", "Delta Person", "poisoned", "Beta Person"), Token));
            await batch.SaveArticleAsync(BatchTestGraphs.Accusation("a3", "Beta Person", "accused", "Gamma Person"), Token);
            await batch.CommitAsync(Token);
        }

        Assert.NotNull(await fixture.Store.GetContentHashAsync("a1", Token));
        Assert.Null(await fixture.Store.GetContentHashAsync("a2", Token));
        var committed = await BatchTestGraphs.SnapshotAsync(fixture.Store, Token);
        Assert.Equal(await BatchTestGraphs.SnapshotAsync(reference.Store, Token), committed);

        await using (var discarded = await fixture.Store.BeginBatchAsync(Token))
        {
            await discarded.SaveArticleAsync(BatchTestGraphs.Accusation("a4", "Epsilon Person", "accused", "Alpha Person"), Token);
        }

        Assert.Equal(committed, await BatchTestGraphs.SnapshotAsync(fixture.Store, Token));
    }
}
