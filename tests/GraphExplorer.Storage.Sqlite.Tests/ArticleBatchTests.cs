using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Text;
using GraphExplorer.Storage.Sqlite.Writing;
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
        await PoisonedEvidence.RefuseInAsync(fixture.DatabasePath, Token);

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

    [Fact]
    public async Task A_failed_save_takes_back_only_itself_the_saves_failures_and_curation_writes_before_it_stay_and_the_batch_writes_on()
    {
        using var fixture = new SqliteStoreFixture();
        await fixture.Store.InitializeAsync(Token);
        await PoisonedEvidence.RefuseInAsync(fixture.DatabasePath, Token);

        var at = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);
        using var reference = new SqliteStoreFixture();
        await reference.Store.SaveArticleAsync(BatchTestGraphs.Accusation("k1", "Kilo Person", "accused", "Lima Person"), Token);
        await reference.Store.RecordFailureAsync(new IngestFailure("bad-1.txt", "unreadable", at), Token);
        await reference.Store.SaveArticleAsync(BatchTestGraphs.Accusation("k3", "Lima Person", "blamed", "Mike Person"), Token);
        await reference.Store.RecordFailureAsync(new IngestFailure("bad-2.txt", "too large", at), Token);
        await reference.Store.SaveArticleAsync(BatchTestGraphs.Accusation("k5", "Mike Person", "accused", "Kilo Person"), Token);

        await using (var batch = (SqliteArticleBatch)await fixture.Store.BeginBatchAsync(Token))
        {
            await batch.SaveArticleAsync(BatchTestGraphs.Accusation("k1", "Kilo Person", "accused", "Lima Person"), Token);
            await batch.RecordFailureAsync(new IngestFailure("bad-1.txt", "unreadable", at), Token);
            var curated = 0;
            await batch.WriteAsync((connection, transaction) =>
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "CREATE TABLE IF NOT EXISTS test_curation (n INTEGER); INSERT INTO test_curation VALUES (1);";
                command.ExecuteNonQuery();
                curated++;
                return Task.CompletedTask;
            });

            // a save failing after its article, entities and fact are written, then one naming its entities again
            await Assert.ThrowsAsync<SqliteException>(() => batch.SaveArticleAsync(BatchTestGraphs.Accusation("k2", "November Person", "poisoned", "Kilo Person"), Token));
            Assert.Empty(await batch.FindEntitiesByNameKeysAsync([NameKey.Normalize("November Person")], Token));
            Assert.Equal(["person:kilo-person"], (await batch.FindEntitiesByNameKeysAsync([NameKey.Normalize("Kilo Person")], Token)).Select(e => e.Id));
            await batch.SaveArticleAsync(BatchTestGraphs.Accusation("k3", "Lima Person", "blamed", "Mike Person"), Token);
            await batch.RecordFailureAsync(new IngestFailure("bad-2.txt", "too large", at), Token);

            // a curation write failing half-way is taken back too, and a second failure after the first
            await Assert.ThrowsAsync<SqliteException>(() => batch.WriteAsync((connection, transaction) =>
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "INSERT INTO test_curation VALUES (2); INSERT INTO no_such_table VALUES (1);";
                command.ExecuteNonQuery();
                return Task.CompletedTask;
            }));
            await Assert.ThrowsAsync<SqliteException>(() => batch.SaveArticleAsync(BatchTestGraphs.Accusation("k4", "Oscar Person", "poisoned", "Lima Person"), Token));
            await batch.SaveArticleAsync(BatchTestGraphs.Accusation("k5", "Mike Person", "accused", "Kilo Person"), Token);
            await batch.CommitAsync(Token);
            Assert.True(curated >= 1);
        }

        Assert.Equal(await BatchTestGraphs.SnapshotAsync(reference.Store, Token), await BatchTestGraphs.SnapshotAsync(fixture.Store, Token));
        using (var connection = new SqliteConnection($"Data Source={fixture.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync(Token);
            using var read = connection.CreateCommand();
            read.CommandText = "SELECT (SELECT group_concat(n) FROM test_curation), (SELECT group_concat(source || ':' || reason, ',') FROM (SELECT * FROM ingest_failures ORDER BY source))";
            using var reader = await read.ExecuteReaderAsync(Token);
            Assert.True(await reader.ReadAsync(Token));
            Assert.Equal("1", reader.GetString(0));
            Assert.Equal("bad-1.txt:unreadable,bad-2.txt:too large", reader.GetString(1));
        }

        // the writer's memory after the failures: a later batch names the same people again, as a fresh store would have them
        await using (var next = await fixture.Store.BeginBatchAsync(Token))
        {
            await next.SaveArticleAsync(BatchTestGraphs.Accusation("k6", "Lima Person", "accused", "Kilo Person"), Token);
            await next.CommitAsync(Token);
        }

        await reference.Store.SaveArticleAsync(BatchTestGraphs.Accusation("k6", "Lima Person", "accused", "Kilo Person"), Token);
        Assert.Equal(await BatchTestGraphs.SnapshotAsync(reference.Store, Token), await BatchTestGraphs.SnapshotAsync(fixture.Store, Token));
    }
}
