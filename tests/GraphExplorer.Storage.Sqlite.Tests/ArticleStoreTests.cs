using System.Text.Json;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;
using GraphExplorer.Storage.Sqlite.Schema;
using GraphExplorer.TestSupport;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Tests;

public sealed class ArticleStoreTests
{
    private const string FirstText = "Alpha Person met Beta Person in Gamma City on Monday. Alpha Person accused Delta Group of smuggling.";
    private const string SecondText = "Beta Person and Alpha Person held talks in Epsilon Town. Mr Beta praised the talks.";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ArticleGraph First(Func<Relationship, Relationship>? meeting = null)
    {
        var builder = new ArticleGraphBuilder("a1", FirstText);
        var alpha = builder.Entity(NodeLabels.Person, "Alpha Person", "Alpha");
        var beta = builder.Entity(NodeLabels.Person, "Beta Person");
        var delta = builder.Entity(NodeLabels.Organization, "Delta Group");
        builder.Entity(NodeLabels.Place, "Gamma City");
        builder.Fact("MET_WITH", alpha, beta, "Alpha Person met Beta Person in Gamma City on Monday.", meeting);
        builder.Fact("ACCUSED", alpha, delta, "Alpha Person accused Delta Group of smuggling.", r => r with { Allegation = "smuggling" });
        return builder.Build("First");
    }

    private static ArticleGraph Second()
    {
        var builder = new ArticleGraphBuilder("a2", SecondText);
        var alpha = builder.Entity(NodeLabels.Person, "Alpha Person");
        var beta = builder.Entity(NodeLabels.Person, "Beta Person", "Mr Beta");
        builder.Entity(NodeLabels.Place, "Epsilon Town");
        builder.Fact("MET_WITH", beta, alpha, "Beta Person and Alpha Person held talks in Epsilon Town.", r => r with
        {
            Confidence = 0.9,
            Date = new DateOnly(2024, 3, 1),
            PlaceId = "place:epsilon-town",
        });
        return builder.Build("Second");
    }

    private static async Task<string> SnapshotAsync(SqliteGraphStore store) =>
        JsonSerializer.Serialize(new { graph = await store.ReadGraphAsync(null, Token), stats = await store.GetStatsAsync(Token) });

    [Fact]
    public async Task A_stated_date_stands_for_a_fact_before_an_earlier_reporting_date_and_the_reporting_date_returns_when_it_goes()
    {
        using var fixture = new SqliteStoreFixture();
        await fixture.Store.SaveArticleAsync(First(r => r with { Date = new DateOnly(2024, 2, 20), DateKind = DateKind.Reported }), Token);
        await fixture.Store.SaveArticleAsync(Second(), Token);

        var meeting = (await fixture.Store.ReadGraphAsync(null, Token)).Relationships.Single(r => r.Type == "MET_WITH");
        Assert.Equal((new DateOnly(2024, 3, 1), DateKind.Stated), (meeting.Date, meeting.DateKind));

        await fixture.Store.SaveArticleAsync(Second() with { Relationships = [] }, Token);
        meeting = (await fixture.Store.ReadGraphAsync(null, Token)).Relationships.Single(r => r.Type == "MET_WITH");
        Assert.Equal((new DateOnly(2024, 2, 20), DateKind.Reported), (meeting.Date, meeting.DateKind));
        var timeline = Core.Queries.QueryCatalog.Default.Get("timeline");
        var row = Assert.Single((await fixture.Store.RunAsync(timeline, timeline.Bind(new Dictionary<string, string?> { ["entity"] = "Beta Person" }), Token)).Rows);
        Assert.Equal(["2024-02-20", "reported", "MET_WITH"], row.Take(3));
    }

    [Fact]
    public async Task Saving_the_same_graph_twice_changes_nothing()
    {
        using var fixture = new SqliteStoreFixture();
        await fixture.Store.SaveArticleAsync(First(), Token);
        await fixture.Store.SaveArticleAsync(Second(), Token);
        var before = await SnapshotAsync(fixture.Store);

        await fixture.Store.SaveArticleAsync(First(), Token);
        await fixture.Store.SaveArticleAsync(Second(), Token);

        Assert.Equal(before, await SnapshotAsync(fixture.Store));
        var stats = await fixture.Store.GetStatsAsync(Token);
        Assert.Equal((2, 5, 2, 3), (stats.Articles, stats.Entities, stats.Relationships, stats.EvidenceSentences));
    }

    [Fact]
    public async Task Symmetric_facts_from_two_articles_are_one_relationship_with_both_evidence()
    {
        using var fixture = new SqliteStoreFixture();
        await fixture.Store.SaveArticleAsync(First(r => r with { Confidence = 0.5 }), Token);
        await fixture.Store.SaveArticleAsync(Second(), Token);

        var graph = await fixture.Store.ReadGraphAsync(null, Token);
        var meeting = Assert.Single(graph.Relationships, r => r.Type == "MET_WITH");
        Assert.Equal(("person:alpha-person", "person:beta-person"), (meeting.SourceId, meeting.TargetId));
        Assert.Equal(["a1", "a2"], meeting.Evidence.Select(e => e.ArticleId));
        Assert.Equal(0.9, meeting.Confidence);
        Assert.Equal(new DateOnly(2024, 3, 1), meeting.Date);
        Assert.Equal("place:epsilon-town", meeting.PlaceId);
    }

    [Fact]
    public async Task Aggregation_takes_the_earliest_date_and_the_first_article_place()
    {
        using var fixture = new SqliteStoreFixture();
        await fixture.Store.SaveArticleAsync(First(r => r with { Date = new DateOnly(2024, 5, 1), PlaceId = "place:gamma-city" }), Token);
        await fixture.Store.SaveArticleAsync(Second(), Token);

        var meeting = Assert.Single((await fixture.Store.ReadGraphAsync(null, Token)).Relationships, r => r.Type == "MET_WITH");
        Assert.Equal(new DateOnly(2024, 3, 1), meeting.Date);
        Assert.Equal("place:gamma-city", meeting.PlaceId);
    }

    [Fact]
    public async Task Replacing_a_changed_article_keeps_the_other_articles_facts_and_drops_orphans()
    {
        using var fixture = new SqliteStoreFixture();
        await fixture.Store.SaveArticleAsync(First(), Token);
        await fixture.Store.SaveArticleAsync(Second(), Token);

        var changed = new ArticleGraphBuilder("a1", "Alpha Person stayed home.");
        changed.Entity(NodeLabels.Person, "Alpha Person");
        await fixture.Store.SaveArticleAsync(changed.Build("First, corrected"), Token);

        var graph = await fixture.Store.ReadGraphAsync(null, Token);
        var meeting = Assert.Single(graph.Relationships);
        Assert.Equal(["a2"], meeting.Evidence.Select(e => e.ArticleId));
        Assert.DoesNotContain(graph.Nodes, n => n.Id is "organization:delta-group" or "place:gamma-city");
        Assert.Contains(graph.Nodes, n => n.Id == "place:epsilon-town");
        Assert.Null(await fixture.Store.GetEntityAsync("organization:delta-group", Token));
        Assert.Equal("First, corrected", Assert.Single(graph.Articles, a => a.Id == "a1").Title);

        // traversals read the node-clustered copy of each fact: it follows the replacement too
        var ego = Core.Queries.QueryCatalog.Default.Get("ego-network");
        var around = await fixture.Store.RunAsync(ego, ego.Bind(new Dictionary<string, string?> { ["entity"] = "Alpha Person", ["depth"] = "2" }), Token);
        var edge = Assert.Single(around.Graph.Relationships);
        Assert.Equal(("MET_WITH", 0.9), (edge.Type, edge.Confidence));
        Assert.Equal(["a2"], edge.Evidence.Select(e => e.ArticleId));
    }

    [Fact]
    public async Task Aliases_are_the_union_across_articles_and_the_first_name_stays()
    {
        using var fixture = new SqliteStoreFixture();
        await fixture.Store.SaveArticleAsync(Second(), Token);
        var renamed = new ArticleGraphBuilder("a3", "Beta P. spoke.");
        renamed.Entity(NodeLabels.Person, "Beta Person", "Beta P.");
        var graph = renamed.Build();
        graph = graph with { Entities = [graph.Entities[0] with { Name = "B. Person" }] };
        await fixture.Store.SaveArticleAsync(graph, Token);

        var beta = await fixture.Store.GetEntityAsync("person:beta-person", Token);
        Assert.NotNull(beta);
        Assert.Equal("Beta Person", beta.Name);
        Assert.Equal(["B. Person", "Beta P.", "Mr Beta"], beta.Aliases);
        var byKey = await fixture.Store.FindEntitiesByNameKeysAsync(["mr beta", "b person"], Token);
        Assert.Equal("person:beta-person", Assert.Single(byKey).Id);
    }

    [Fact]
    public async Task Evidence_outside_the_article_text_is_refused_and_nothing_is_written()
    {
        using var fixture = new SqliteStoreFixture();
        await fixture.Store.SaveArticleAsync(Second(), Token);
        var before = await SnapshotAsync(fixture.Store);
        var bad = First();
        var meeting = bad.Relationships[0];
        bad = bad with { Relationships = [meeting with { Evidence = [meeting.Evidence[0] with { Sentence = "Alpha Person never met anyone." }] }] };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => fixture.Store.SaveArticleAsync(bad, Token));

        Assert.Contains("'a1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("not the article text", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(fixture.Store));
    }

    [Fact]
    public async Task A_relationship_to_an_entity_the_article_does_not_list_is_refused()
    {
        using var fixture = new SqliteStoreFixture();
        var graph = First();
        graph = graph with { Entities = [.. graph.Entities.Where(e => e.Id != "organization:delta-group")] };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => fixture.Store.SaveArticleAsync(graph, Token));

        Assert.Contains("organization:delta-group", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await fixture.Store.GetStatsAsync(Token)).Articles);
    }

    [Fact]
    public async Task The_file_is_in_WAL_mode_with_the_current_schema_version()
    {
        using var fixture = new SqliteStoreFixture();
        await fixture.Store.InitializeAsync(Token);
        using var connection = new SqliteConnection($"Data Source={fixture.DatabasePath};Pooling=False");
        await connection.OpenAsync(Token);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", await command.ExecuteScalarAsync(Token));
        Assert.Equal(SchemaMigrations.CurrentVersion, await SchemaMigrations.ReadVersionAsync(connection, Token));
        Assert.True(SchemaMigrations.CurrentVersion >= 1);
    }

    [Fact]
    public async Task Content_hash_and_failures_are_recorded()
    {
        using var fixture = new SqliteStoreFixture();
        var graph = First();
        Assert.Null(await fixture.Store.GetContentHashAsync("a1", Token));
        await fixture.Store.SaveArticleAsync(graph, Token);
        await fixture.Store.RecordFailureAsync(new("inbox/bad.txt", "empty file", DateTimeOffset.UnixEpoch), Token);
        await fixture.Store.RecordFailureAsync(new("inbox/bad.txt", "empty file", DateTimeOffset.UnixEpoch), Token);

        Assert.Equal(graph.Article.ContentHash, await fixture.Store.GetContentHashAsync("a1", Token));
        var stats = await fixture.Store.GetStatsAsync(Token);
        Assert.Equal(1, stats.FailedArticles);
        Assert.Equal(1, stats.RelationshipsByType["ACCUSED"]);
    }

    [Fact]
    public async Task Storing_a_file_clears_its_earlier_failures_and_only_its_own()
    {
        using var fixture = new SqliteStoreFixture();
        var graph = First();
        graph = graph with { Article = graph.Article with { Source = "inbox/a1.txt" } };
        await fixture.Store.RecordFailureAsync(new("inbox/a1.txt", "file is empty", DateTimeOffset.UnixEpoch), Token);
        await fixture.Store.RecordFailureAsync(new("inbox/other.txt", "file is binary", DateTimeOffset.UnixEpoch), Token);

        await fixture.Store.SaveArticleAsync(graph, Token);

        Assert.Equal(1, (await fixture.Store.GetStatsAsync(Token)).FailedArticles);
    }

    [Fact]
    public async Task Reading_one_article_gives_its_entities_and_facts()
    {
        using var fixture = new SqliteStoreFixture();
        await fixture.Store.SaveArticleAsync(First(), Token);
        await fixture.Store.SaveArticleAsync(Second(), Token);

        var graph = await fixture.Store.ReadGraphAsync("a2", Token);

        Assert.Equal(["person:alpha-person", "person:beta-person", "place:epsilon-town"], graph.Nodes.Select(n => n.Id));
        Assert.Equal(["MET_WITH|person:alpha-person|person:beta-person"], graph.Relationships.Select(r => r.Key));
        Assert.Equal(["a1", "a2"], graph.Articles.Select(a => a.Id));
        Assert.Empty((await fixture.Store.ReadGraphAsync("missing", Token)).Nodes);
    }
    /// <summary>An article naming one person (the id the resolver gave it) its own way.</summary>
    private static ArticleGraph Naming(string articleId, string name, string text)
    {
        var builder = new ArticleGraphBuilder(articleId, text);
        var id = NameKey.EntityId(NodeLabels.Person, "Fuad Hamadi");
        builder.Entity(NodeLabels.Person, "Fuad Hamadi");
        var graph = builder.Build(articleId);
        return graph with { Entities = [new Entity(id, NodeLabels.Person, name, [])] };
    }

    [Fact]
    public async Task The_stored_name_is_chosen_from_every_article_and_not_by_the_order_they_came_in()
    {
        ArticleGraph[] articles =
        [
            Naming("a1", "Fouad Hamadi", "Fouad Hamadi spoke."),
            Naming("a2", "Fuad Hamadi", "Fuad Hamadi spoke."),
            Naming("a3", "Fuad Hamadi", "Fuad Hamadi spoke again."),
        ];
        var snapshots = new List<string>();
        foreach (var order in new[] { articles, articles.Reverse().ToArray() })
        {
            using var fixture = new SqliteStoreFixture();
            foreach (var article in order)
            {
                await fixture.Store.SaveArticleAsync(article, Token);
            }

            var person = Assert.Single((await fixture.Store.ReadGraphAsync(null, Token)).Nodes);
            Assert.Equal("Fuad Hamadi", person.Name);
            Assert.Equal(["Fouad Hamadi"], person.Aliases);
            snapshots.Add(JsonSerializer.Serialize((await fixture.Store.ReadGraphAsync(null, Token)).Nodes));
        }

        Assert.Equal(snapshots[0], snapshots[1]);
    }

    [Fact]
    public async Task The_stored_name_follows_when_an_article_changes_its_name()
    {
        using var fixture = new SqliteStoreFixture();
        await fixture.Store.SaveArticleAsync(Naming("a1", "Fouad Hamadi", "Fouad Hamadi spoke."), Token);
        await fixture.Store.SaveArticleAsync(Naming("a2", "Fouad Hamadi", "Fouad Hamadi spoke."), Token);
        await fixture.Store.SaveArticleAsync(Naming("a3", "Fuad Hamadi", "Fuad Hamadi spoke."), Token);
        Assert.Equal("Fouad Hamadi", Assert.Single((await fixture.Store.ReadGraphAsync(null, Token)).Nodes).Name);

        await fixture.Store.SaveArticleAsync(Naming("a2", "Fuad Hamadi", "Fuad Hamadi spoke at last."), Token);
        Assert.Equal("Fuad Hamadi", Assert.Single((await fixture.Store.ReadGraphAsync(null, Token)).Nodes).Name);
    }

    [Fact]
    public async Task A_person_is_found_by_the_sound_of_the_surname()
    {
        using var fixture = new SqliteStoreFixture();
        var builder = new ArticleGraphBuilder("a1", "Nasser Kanaani spoke.");
        builder.Entity(NodeLabels.Person, "Nasser Kanaani");
        await fixture.Store.SaveArticleAsync(builder.Build(), Token);

        var found = await fixture.Store.FindEntitiesByNameKeysAsync([.. NameKey.LookupKeys("Nasser Kanani")], Token);
        Assert.Equal("Nasser Kanaani", Assert.Single(found).Name);
    }
}

public sealed class ConnectionSettingsTests
{
    [Fact]
    public async Task Every_connection_including_pooled_ones_enforces_foreign_keys_and_waits_for_locks()
    {
        using var folder = new TempDirectory();
        var connections = new SqliteConnections(folder.File("pool.db"), TimeSpan.FromSeconds(3));
        for (var i = 0; i < 3; i++)
        {
            await using var connection = await connections.OpenAsync(TestContext.Current.CancellationToken);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA foreign_keys;";
            Assert.Equal(1L, await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
            command.CommandText = "PRAGMA busy_timeout;";
            Assert.Equal(3000L, await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
        }

        connections.ClearPool();
    }
}

