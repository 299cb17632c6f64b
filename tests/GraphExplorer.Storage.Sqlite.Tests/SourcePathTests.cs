using GraphExplorer.Core.Model;
using GraphExplorer.Storage.Sqlite.Schema;
using GraphExplorer.TestSupport;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Tests;

/// <summary>
/// An article's source is relative to the folder that was ingested; a server path is refused on save, and the
/// server paths older versions stored are cut down to file names when the file is opened.
/// </summary>
public sealed class SourcePathTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/srv/inbox/a.txt")]
    [InlineData(@"C:\data\a.txt")]
    [InlineData(@"\\server\share\a.txt")]
    [InlineData("../outside/a.txt")]
    [InlineData("file:///srv/a.txt")]
    public async Task A_server_path_as_source_is_refused(string source)
    {
        using var folder = new TempDirectory();
        using var store = SqliteGraphStore.Open(folder.File("graph.db"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.SaveArticleAsync(Article(source), Token));

        Assert.Contains("is a server path", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.txt")]
    [InlineData("2024/05/a.txt")]
    [InlineData("https://example.org/news/a.html")]
    public async Task A_relative_path_or_url_is_stored_as_given(string source)
    {
        using var folder = new TempDirectory();
        using var store = SqliteGraphStore.Open(folder.File("graph.db"));

        await store.SaveArticleAsync(Article(source), Token);

        Assert.Equal(source, Assert.Single((await store.ReadGraphAsync(null, Token)).Articles).Source);
    }

    [Fact]
    public async Task Server_paths_stored_by_an_older_version_become_file_names()
    {
        using var folder = new TempDirectory();
        var path = folder.File("old.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(Token);
            using var command = connection.CreateCommand();
            command.CommandText = string.Concat(SchemaMigrations.All.Take(3)) +
                """
                PRAGMA user_version = 3;
                INSERT INTO articles (id, title, content_hash, source) VALUES
                    ('a', 'A', 'h1', '/home/analyst/inbox/2024/a.txt'), ('b', 'B', 'h2', 'C:\data\inbox\b.html'),
                    ('c', 'C', 'h3', 'sub/c.txt'), ('d', 'D', 'h4', NULL), ('e', 'E', 'h5', 'https://example.org/e.html');
                INSERT INTO ingest_failures (source, reason, at) VALUES ('/srv/inbox/bad.txt', 'file is empty', '2024-01-01T00:00:00Z');
                """;
            await command.ExecuteNonQueryAsync(Token);
        }

        using (var store = SqliteGraphStore.Open(path))
        {
            var sources = (await store.ReadGraphAsync(null, Token)).Articles.Select(a => a.Source);
            Assert.Equal(["a.txt", "b.html", "sub/c.txt", null, "https://example.org/e.html"], sources);
        }

        using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        await check.OpenAsync(Token);
        using var failures = check.CreateCommand();
        failures.CommandText = "SELECT source FROM ingest_failures";
        Assert.Equal("bad.txt", await failures.ExecuteScalarAsync(Token));
    }

    [Theory]
    [InlineData("/srv/inbox/a.txt", true, "a.txt")]
    [InlineData("~/a.txt", true, "a.txt")]
    [InlineData("sub/../../a.txt", true, "a.txt")]
    [InlineData("sub/a.txt", false, "sub/a.txt")]
    [InlineData("a..b.txt", false, "a..b.txt")]
    [InlineData("http://example.org/a", false, "http://example.org/a")]
    public void The_rule_is_shared_by_every_store(string source, bool serverPath, string safe)
    {
        Assert.Equal(serverPath, ArticleSources.IsServerPath(source));
        Assert.Equal(safe, ArticleSources.WithoutServerPath(source));
    }

    private static ArticleGraph Article(string source) =>
        new(new Article("a", "A", "Some text.", "hash") { Source = source }, [], []);
}
