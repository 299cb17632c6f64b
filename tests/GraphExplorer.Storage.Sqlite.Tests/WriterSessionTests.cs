using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;
using GraphExplorer.Storage.Sqlite.Curation;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Tests;

/// <summary>
/// What the writer's batches learn of the stored entities is kept from batch to batch (<see cref="Writing.WriterSession"/>)
/// only while nothing else writes to the file: a curation edit or any other connection's commit between two batches, or a
/// batch that is not committed, and the next batch reads everything anew.
/// </summary>
public sealed class WriterSessionTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<IReadOnlyList<Entity>> LookUpAsync(SqliteGraphStore store, params string[] names)
    {
        await using var batch = await store.BeginBatchAsync(Token);
        var found = await batch.FindEntitiesByNameKeysAsync([.. names.Select(NameKey.Normalize)], Token);
        await batch.CommitAsync(Token);
        return found;
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Token);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Token);
    }

    [Fact]
    public async Task A_curation_edit_or_another_connections_write_between_batches_is_seen_by_the_next_batch()
    {
        using var fixture = new SqliteStoreFixture();
        await fixture.Store.SaveArticleAsync(BatchTestGraphs.Accusation("a1", "Alpha Person", "accused", "Beta Person"), Token);

        // read, and kept, by a batch
        Assert.Equal(["Alpha Person", "Beta Person"], (await LookUpAsync(fixture.Store, "Alpha Person", "Beta Person")).Select(e => e.Name));

        // a curation edit, on a connection of its own: the entity's name, at once
        var curation = new SqliteCurationStore(new SqliteStoreOptions { DatabasePath = fixture.DatabasePath });
        await curation.SetEntityNameAsync("person:alpha-person", "Alpha Renamed", Token);
        Assert.Equal(["Alpha Renamed", "Beta Person"], (await LookUpAsync(fixture.Store, "Alpha Person", "Beta Person")).Select(e => e.Name));

        // any other connection's write: a name key taken away
        await ExecuteAsync(fixture.DatabasePath, "DELETE FROM entity_name_keys WHERE entity_id = 'person:beta-person'");
        Assert.Equal(["Alpha Renamed"], (await LookUpAsync(fixture.Store, "Alpha Person", "Beta Person")).Select(e => e.Name));
    }

    [Fact]
    public async Task A_batch_not_committed_leaves_nothing_of_what_it_wrote_in_the_next_batch_and_the_graph_is_as_if_stored_alone()
    {
        using var fixture = new SqliteStoreFixture();
        using var reference = new SqliteStoreFixture();
        foreach (var store in new[] { fixture.Store, reference.Store })
        {
            await store.SaveArticleAsync(BatchTestGraphs.Accusation("a1", "Alpha Person", "accused", "Beta Person"), Token);
        }

        await using (var dropped = await fixture.Store.BeginBatchAsync(Token))
        {
            await dropped.SaveArticleAsync(BatchTestGraphs.Accusation("a2", "Epsilon Person", "accused", "Alpha Person"), Token);
            await dropped.SaveArticleAsync(BatchTestGraphs.Accusation("a3", "Alpha Person", "accused", "Beta Person"), Token);
            Assert.Single(await dropped.FindEntitiesByNameKeysAsync([NameKey.Normalize("Epsilon Person")], Token));
        }

        Assert.Empty(await LookUpAsync(fixture.Store, "Epsilon Person"));

        // the same articles once more, committed: the names and counts learnt in the dropped batch are not counted twice
        foreach (var store in new[] { fixture.Store, reference.Store })
        {
            await using var batch = await store.BeginBatchAsync(Token);
            await batch.SaveArticleAsync(BatchTestGraphs.Accusation("a2", "Epsilon Person", "accused", "Alpha Person"), Token);
            await batch.SaveArticleAsync(BatchTestGraphs.Accusation("a3", "Alpha Person", "accused", "Beta Person"), Token);
            await batch.CommitAsync(Token);
        }

        Assert.Equal(await BatchTestGraphs.SnapshotAsync(reference.Store, Token), await BatchTestGraphs.SnapshotAsync(fixture.Store, Token));
        Assert.Equal(await CountsAsync(reference.DatabasePath), await CountsAsync(fixture.DatabasePath));
    }

    private static async Task<string> CountsAsync(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Token);
        using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT json_group_array(json_array(entity_id, name, articles)) FROM (SELECT * FROM entity_name_counts ORDER BY entity_id, name)
            UNION ALL SELECT json_group_array(json_array(entity_id, alias, articles)) FROM (SELECT * FROM entity_alias_counts ORDER BY entity_id, alias)
            UNION ALL SELECT json_group_array(json_array(name_key, entity_id)) FROM (SELECT * FROM entity_name_keys ORDER BY name_key, entity_id)
            """;
        using var reader = await command.ExecuteReaderAsync(Token);
        var parts = new List<string>();
        while (await reader.ReadAsync(Token))
        {
            parts.Add(reader.GetString(0));
        }

        return string.Join("\n", parts);
    }
}
