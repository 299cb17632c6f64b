using GraphExplorer.Storage.Sqlite.Schema;
using GraphExplorer.TestSupport;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Tests;

public sealed class SchemaMigrationTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_version_1_file_is_migrated_and_its_facts_are_aggregated()
    {
        using var folder = new TempDirectory();
        var path = folder.File("old.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(Token);
            using var command = connection.CreateCommand();
            command.CommandText = SchemaMigrations.All[0] +
                """
                PRAGMA user_version = 1;
                INSERT INTO articles (id, title, content_hash) VALUES ('b', 'B', 'h2'), ('a', 'A', 'h1');
                INSERT INTO entities (id, label, name) VALUES ('person:x', 'Person', 'X'), ('person:y', 'Person', 'Y');
                INSERT INTO mentions (article_id, entity_id) VALUES ('a', 'person:x'), ('a', 'person:y'), ('b', 'person:x'), ('b', 'person:y');
                INSERT INTO entity_aliases (entity_id, article_id, alias) VALUES ('person:x', 'a', 'X'), ('person:x', 'b', 'Mr X');
                INSERT INTO relationships (key, type, source_id, target_id, confidence) VALUES ('MET_WITH|person:x|person:y', 'MET_WITH', 'person:x', 'person:y', 0.7);
                INSERT INTO assertions (id, relationship_key, article_id, date, title, confidence) VALUES
                    (1, 'MET_WITH|person:x|person:y', 'b', '2024-01-05', 'later', 0.7),
                    (2, 'MET_WITH|person:x|person:y', 'a', '2024-02-01', NULL, 0.4);
                INSERT INTO evidence (assertion_id, sentence, start, "end") VALUES (1, 'X met Y.', 10, 18), (2, 'Y met X.', 0, 8);
                """;
            await command.ExecuteNonQueryAsync(Token);
        }

        using var store = SqliteGraphStore.Open(path);

        var meeting = Assert.Single((await store.ReadGraphAsync(null, Token)).Relationships);
        Assert.Equal(new DateOnly(2024, 1, 5), meeting.Date);
        Assert.Equal("later", meeting.Title);
        Assert.Equal(0.7, meeting.Confidence);
        Assert.Equal(["a", "b"], meeting.Evidence.Select(e => e.ArticleId));
        Assert.Equal(["Mr X"], (await store.GetEntityAsync("person:x", Token))!.Aliases);

        var ego = Core.Queries.QueryCatalog.Default.Get("ego-network");
        var around = await store.RunAsync(ego, ego.Bind(new Dictionary<string, string?> { ["entity"] = "person:x" }), Token);
        Assert.Equal(meeting, Assert.Single(around.Graph.Relationships));
    }

    [Fact]
    public async Task A_version_5_file_gets_date_kinds_and_its_undated_facts_their_articles_publication_date_as_reporting_date()
    {
        using var folder = new TempDirectory();
        var path = folder.File("v5.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(Token);
            using var command = connection.CreateCommand();
            command.CommandText = string.Join("\n", SchemaMigrations.All.Take(5)) +
                """
                PRAGMA user_version = 5;
                INSERT INTO articles (id, title, published, content_hash) VALUES ('a', 'A', '2024-03-09', 'h1'), ('b', 'B', NULL, 'h2');
                INSERT INTO entities (id, label, name) VALUES ('person:x', 'Person', 'X'), ('person:y', 'Person', 'Y'), ('person:z', 'Person', 'Z');
                INSERT INTO mentions (article_id, entity_id, name) VALUES ('a', 'person:x', 'X'), ('a', 'person:y', 'Y'), ('a', 'person:z', 'Z'), ('b', 'person:x', 'X'), ('b', 'person:z', 'Z');
                INSERT INTO relationships (key, type, source_id, target_id, confidence) VALUES
                    ('MET_WITH|person:x|person:y', 'MET_WITH', 'person:x', 'person:y', 0.7),
                    ('FOUGHT|person:x|person:z', 'FOUGHT', 'person:x', 'person:z', 0.7),
                    ('ACCUSED|person:z|person:x', 'ACCUSED', 'person:z', 'person:x', 0.7);
                INSERT INTO assertions (id, relationship_key, article_id, date, confidence) VALUES
                    (1, 'MET_WITH|person:x|person:y', 'a', NULL, 0.7),
                    (2, 'FOUGHT|person:x|person:z', 'a', '2024-03-04', 0.7),
                    (3, 'ACCUSED|person:z|person:x', 'b', NULL, 0.7);
                INSERT INTO evidence (assertion_id, sentence, start, "end") VALUES (1, 'X met Y.', 0, 8), (2, 'X fought Z.', 9, 20), (3, 'Z blamed X.', 0, 11);
                """;
            await command.ExecuteNonQueryAsync(Token);
        }

        using var store = SqliteGraphStore.Open(path);

        var facts = (await store.ReadGraphAsync(null, Token)).Relationships.ToDictionary(r => r.Type, r => (r.Date, r.DateKind));
        Assert.Equal((new DateOnly(2024, 3, 9), Core.Model.DateKind.Reported), facts["MET_WITH"]);
        Assert.Equal((new DateOnly(2024, 3, 4), Core.Model.DateKind.Stated), facts["FOUGHT"]);
        Assert.Null(facts["ACCUSED"].Date);
        var timeline = Core.Queries.QueryCatalog.Default.Get("timeline");
        var rows = (await store.RunAsync(timeline, timeline.Bind(new Dictionary<string, string?> { ["entity"] = "person:x" }), Token)).Rows;
        Assert.Equal([["2024-03-04", "stated", "FOUGHT"], ["2024-03-09", "reported", "MET_WITH"]], rows.Select(r => r.Take(3).Select(v => v as string)).Select(r => r.ToArray()).ToArray());
    }

    [Fact]
    public async Task A_version_9_file_loses_its_count_triggers_and_its_counts_are_made_again_from_the_rows_then_kept_by_the_writer()
    {
        using var folder = new TempDirectory();
        var path = folder.File("v9.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(Token);
            using var command = connection.CreateCommand();
            command.CommandText = string.Join("\n", SchemaMigrations.All.Take(9)) +
                """
                PRAGMA user_version = 9;
                INSERT INTO articles (id, title, content_hash) VALUES ('a', 'A', 'h1'), ('b', 'B', 'h2');
                INSERT INTO entities (id, label, name) VALUES ('person:x', 'Person', 'X');
                INSERT INTO mentions (article_id, entity_id, name) VALUES ('a', 'person:x', 'X'), ('b', 'person:x', 'X');
                INSERT INTO entity_aliases (entity_id, article_id, alias) VALUES ('person:x', 'a', 'Mr X');
                -- counts gone wrong (the migration makes them again from the rows)
                UPDATE entity_name_counts SET articles = 5;
                INSERT INTO entity_name_counts (entity_id, name, articles) VALUES ('person:x', 'Stale', 9);
                DELETE FROM entity_alias_counts;
                """;
            await command.ExecuteNonQueryAsync(Token);
        }

        using var store = SqliteGraphStore.Open(path);
        await store.InitializeAsync(Token);
        await using (var batch = await store.BeginBatchAsync(Token))
        {
            foreach (var id in new[] { "c", "d", "e" })
            {
                var text = $"Xavier Long spoke in {id}.";
                var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
                await batch.SaveArticleAsync(new Core.Model.ArticleGraph(new Core.Model.Article(id, id, text, hash), [new Core.Model.Entity("person:x", Core.Model.NodeLabels.Person, "Xavier Long", [])], []), Token);
            }

            await batch.CommitAsync(Token);
        }

        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(Token);
            async Task<List<string>> Rows(string sql)
            {
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                using var reader = await command.ExecuteReaderAsync(Token);
                var rows = new List<string>();
                while (await reader.ReadAsync(Token))
                {
                    rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
                }

                return rows;
            }

            Assert.Empty(await Rows("SELECT name FROM sqlite_master WHERE type = 'trigger'"));
            Assert.Equal(["person:x | X | 2", "person:x | Xavier Long | 3"], await Rows("SELECT entity_id, name, articles FROM entity_name_counts ORDER BY 2"));
            Assert.Equal(["person:x | Mr X | 1", "person:x | Xavier Long | 3"], await Rows("SELECT entity_id, alias, articles FROM entity_alias_counts ORDER BY 2"));
        }

        var entity = (await store.GetEntityAsync("person:x", Token))!;
        Assert.Equal("Xavier Long", entity.Name); // three articles against two: with the stale counts it stayed "X"
        Assert.Equal(["Mr X"], entity.Aliases);
    }

    [Fact]
    public async Task A_file_from_a_newer_version_is_refused_with_a_clear_message()
    {
        using var folder = new TempDirectory();
        var path = folder.File("future.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(Token);
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA user_version = {SchemaMigrations.CurrentVersion + 1};";
            await command.ExecuteNonQueryAsync(Token);
        }

        var error = Assert.Throws<InvalidOperationException>(() => SqliteGraphStore.Open(path));
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }
}
