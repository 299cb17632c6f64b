using System.Globalization;
using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Sqlite.Schema;
using GraphExplorer.Storage.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Curation;

/// <summary>
/// The curation log and the extracted article graphs in the embedded store's file. Their tables are created
/// (IF NOT EXISTS) apart from the graph schema's migrations, and a rebuild empties the graph around them.
/// </summary>
internal sealed class SqliteCurationStore(SqliteStoreOptions options) : ICurationStore
{
    private readonly SqliteConnections connections = new(options.DatabasePath, options.BusyTimeout);

    public async Task InitializeCurationAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var command = connection.Command(
            """
            CREATE TABLE IF NOT EXISTS curations (
                id INTEGER PRIMARY KEY,
                curation TEXT NOT NULL,
                made_by TEXT NOT NULL,
                made_at TEXT NOT NULL,
                undone_by TEXT,
                undone_at TEXT
            );
            CREATE TABLE IF NOT EXISTS extracted_articles (
                article_id TEXT PRIMARY KEY,
                content_hash TEXT NOT NULL,
                graph TEXT NOT NULL
            );
            -- entity ids each article mentions, as extracted and as curated: which articles a curation touches
            CREATE TABLE IF NOT EXISTS extracted_mentions (
                entity_id TEXT NOT NULL,
                article_id TEXT NOT NULL,
                PRIMARY KEY (entity_id, article_id)
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS extracted_mentions_article ON extracted_mentions(article_id);
            """);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CurationRecord>> ReadLogAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var command = connection.Command("SELECT id, curation, made_by, made_at, undone_by, undone_at FROM curations ORDER BY id");
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var log = new List<CurationRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            log.Add(new CurationRecord(reader.GetInt64(0), CurationJson.ReadCuration(reader.GetString(1)), reader.GetString(2), Time(reader.GetString(3)))
            {
                UndoneBy = reader.GetNullableString(4),
                UndoneAt = reader.GetNullableString(5) is { } undone ? Time(undone) : null,
            });
        }

        return log;
    }

    public async Task<CurationRecord> AppendAsync(Core.Curation.Curation curation, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var command = connection.Command("INSERT INTO curations (curation, made_by, made_at) VALUES (@curation, @by, @at) RETURNING id")
            .With("@curation", CurationJson.Write(curation)).With("@by", by).With("@at", Text(at));
        var id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return new CurationRecord(id, curation, by, Parse(at));
    }

    public async Task<bool> MarkUndoneAsync(long id, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var command = connection.Command("UPDATE curations SET undone_by = @by, undone_at = @at WHERE id = @id AND undone_at IS NULL")
            .With("@id", id).With("@by", by).With("@at", Text(at));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task SaveExtractedAsync(ArticleGraph extracted, IReadOnlyCollection<string> curatedEntityIds, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction(deferred: false);
        using (var command = connection.Command(WriteExtractedSql, transaction))
        {
            await WriteExtractedAsync(command, extracted, curatedEntityIds, cancellationToken);
        }

        transaction.Commit();
    }

    /// <summary>In the batch when it writes to this very file: the extracted graph is then committed, or lost, with the stored one.</summary>
    public Task SaveExtractedAsync(ArticleGraph extracted, IReadOnlyCollection<string> curatedEntityIds, IArticleBatch batch, CancellationToken cancellationToken = default) =>
        batch is SqliteArticleBatch sqlite && sqlite.DatabasePath == connections.DatabasePath
            ? sqlite.WriteAsync((_, _) => WriteExtracted(sqlite, extracted, curatedEntityIds))
            : SaveExtractedAsync(extracted, curatedEntityIds, cancellationToken);

    /// <summary>
    /// Writes the extracted graph in <paramref name="batch"/>, as <see cref="WriteExtractedSql"/> does, with one-row
    /// statements prepared once for the batch and the graph's JSON bound as UTF-8 (<see cref="CurationJson.WriteUtf8"/>).
    /// </summary>
    private static Task WriteExtracted(SqliteArticleBatch batch, ArticleGraph extracted, IReadOnlyCollection<string> curatedEntityIds)
    {
        using var step = WriteTrace.Step("extracted");
        var articleId = extracted.Article.Id;
        batch.Statement(
            """
            INSERT INTO extracted_articles (article_id, content_hash, graph) VALUES (?1, ?2, ?3)
            ON CONFLICT (article_id) DO UPDATE SET content_hash = excluded.content_hash, graph = excluded.graph
            """)
            .Text(1, articleId).Text(2, extracted.Article.ContentHash).Text(3, CurationJson.WriteUtf8(extracted)).Execute();
        batch.Statement("DELETE FROM extracted_mentions WHERE article_id = ?1").Text(1, articleId).Execute();
        var mention = batch.Statement("INSERT OR IGNORE INTO extracted_mentions (entity_id, article_id) VALUES (?1, ?2)").Text(2, articleId);
        foreach (var id in CurationJson.EntityIds(extracted).Concat(curatedEntityIds).Distinct(StringComparer.Ordinal))
        {
            mention.Text(1, id).Execute();
        }

        return Task.CompletedTask;
    }

    private const string WriteExtractedSql =
        """
        INSERT INTO extracted_articles (article_id, content_hash, graph) VALUES (@id, @hash, @graph)
        ON CONFLICT (article_id) DO UPDATE SET content_hash = excluded.content_hash, graph = excluded.graph;
        DELETE FROM extracted_mentions WHERE article_id = @id;
        INSERT OR IGNORE INTO extracted_mentions (entity_id, article_id) SELECT value, @id FROM json_each(@ids);
        """;

    /// <summary>Writes the extracted graph with <paramref name="article"/>, a command of <see cref="WriteExtractedSql"/> without parameters (in a batch, prepared once for all its articles).</summary>
    private static async Task WriteExtractedAsync(SqliteCommand article, ArticleGraph extracted, IReadOnlyCollection<string> curatedEntityIds, CancellationToken cancellationToken)
    {
        using var step = WriteTrace.Step("extracted");
        var articleId = extracted.Article.Id;
        article.With("@id", articleId).With("@hash", extracted.Article.ContentHash).With("@graph", CurationJson.Write(extracted))
            .With("@ids", CommandExtensions.JsonList(CurationJson.EntityIds(extracted).Concat(curatedEntityIds).Distinct()));
        await article.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ArticleGraph?> ReadExtractedAsync(string articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var command = connection.Command("SELECT graph FROM extracted_articles WHERE article_id = @id").With("@id", articleId);
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? CurationJson.ReadGraph(json) : null;
    }

    public async Task<string?> GetExtractedHashAsync(string articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var command = connection.Command("SELECT content_hash FROM extracted_articles WHERE article_id = @id").With("@id", articleId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<IReadOnlyList<string>> ArticlesMentioningAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var command = connection.Command(
            "SELECT DISTINCT article_id FROM extracted_mentions WHERE entity_id IN (SELECT value FROM json_each(@ids)) ORDER BY article_id")
            .With("@ids", CommandExtensions.JsonList(entityIds));
        return await command.ReadStringsAsync(cancellationToken);
    }

    public async Task SetEntityNameAsync(string entityId, string name, CancellationToken cancellationToken = default)
    {
        // Name keys and the search row follow when the articles that mention the entity are stored again.
        await using var connection = await connections.OpenAsync(cancellationToken);
        // The identity keys are made again, from the new name too, by the next write (until then entities are found by name).
        using var command = connection.Command("UPDATE entities SET name = @name WHERE id = @id; DELETE FROM entity_identity_rules;").With("@id", entityId).With("@name", name);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ClearGraphAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.Command(
            """
            DELETE FROM evidence; DELETE FROM assertions; DELETE FROM adjacency; DELETE FROM relationships;
            DELETE FROM mentions; DELETE FROM entity_aliases; DELETE FROM entity_name_counts; DELETE FROM entity_alias_counts; DELETE FROM entity_name_keys; DELETE FROM entity_identity_keys; DELETE FROM entity_search;
            DELETE FROM entities; DELETE FROM articles; DELETE FROM ingest_failures;
            DELETE FROM extracted_mentions; DELETE FROM extracted_articles;
            """,
            transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
        transaction.Commit();
    }

    private static string Text(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(DateTimeOffset at) => Time(Text(at));

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
