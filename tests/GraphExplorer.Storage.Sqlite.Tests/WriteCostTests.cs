using GraphExplorer.Core.Model;
using GraphExplorer.TestSupport;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Tests;

/// <summary>
/// What one save costs, counted in database pages written (WAL frames), not in time: news repeats the same facts about
/// the same people, and storing the 300th article that states a fact must not rewrite what the 299 before it said.
/// </summary>
public sealed class WriteCostTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ArticleGraph Repeating(int index)
    {
        // the same two people meeting, in the same words, as wire copy reprinted by many outlets; only the outlet differs
        var text = $"Outlet {index:D4} reports. Alpha Person met Beta Person in Gamma City on Monday to discuss the border.";
        var builder = new ArticleGraphBuilder($"article-{index:D4}", text);
        var alpha = builder.Entity(NodeLabels.Person, "Alpha Person", "Mr Alpha");
        var beta = builder.Entity(NodeLabels.Person, "Beta Person");
        builder.Entity(NodeLabels.Place, "Gamma City");
        builder.Fact("MET_WITH", alpha, beta, "Alpha Person met Beta Person in Gamma City on Monday to discuss the border.",
            r => r with { Date = new DateOnly(2024, 1, 1).AddDays(index % 300), Title = $"talks {index}" });
        return builder.Build($"Report {index}");
    }

    [Fact]
    public async Task Saving_an_article_that_repeats_a_fact_writes_as_many_pages_at_the_600th_as_at_the_300th()
    {
        using var fixture = new SqliteStoreFixture();
        using var probe = new SqliteConnection($"Data Source={fixture.DatabasePath};Pooling=False");
        await probe.OpenAsync(Token);

        async Task<long> PagesWrittenSavingAsync(int index)
        {
            await CheckpointAsync(probe, "TRUNCATE");
            await fixture.Store.SaveArticleAsync(Repeating(index), Token);
            return await CheckpointAsync(probe, "PASSIVE");
        }

        var early = new List<long>();
        var late = new List<long>();
        for (var index = 1; index <= 600; index++)
        {
            var pages = await PagesWrittenSavingAsync(index);
            (index is > 200 and <= 300 ? early : index > 500 ? late : null)?.Add(pages);
        }

        // Page counts vary from save to save (B-tree splits, full-text segment merges) around a level that stops rising
        // once the trees have their shape (about 34 pages here, measured up to 1,200 articles). Evidence rewritten at
        // every repeat would add some 20 pages per hundred articles (three rows of 100 bytes per article it cites).
        Assert.True(late.Average() <= (early.Average() * 1.15) + 1,
            $"mean pages written per save: articles 201-300 {early.Average():F1}; articles 501-600 {late.Average():F1}");

        var meeting = Assert.Single((await fixture.Store.ReadGraphAsync(null, Token)).Relationships);
        Assert.Equal(600, meeting.Evidence.Count);
        Assert.Equal(new DateOnly(2024, 1, 1), meeting.Date);
        Assert.Equal("talks 1", meeting.Title); // from the first article by id
        Assert.Equal(["Mr Alpha"], (await fixture.Store.GetEntityAsync(meeting.SourceId, Token))!.Aliases);
    }

    [Fact]
    public async Task Removing_the_articles_that_gave_an_alias_or_a_name_takes_it_off_the_entity()
    {
        using var fixture = new SqliteStoreFixture();
        var first = new ArticleGraphBuilder("a1", "Alpha Person met Beta Person.");
        first.Entity(NodeLabels.Person, "Alpha Person", "Mr Alpha");
        first.Fact("MET_WITH", first.Entity(NodeLabels.Person, "Alpha Person", "Mr Alpha"), first.Entity(NodeLabels.Person, "Beta Person"), "Alpha Person met Beta Person.");
        await fixture.Store.SaveArticleAsync(first.Build(), Token);
        var second = new ArticleGraphBuilder("a2", "Alpha Person met Beta Person again.");
        second.Fact("MET_WITH", second.Entity(NodeLabels.Person, "Alpha Person", "Dr Alpha"), second.Entity(NodeLabels.Person, "Beta Person"), "Alpha Person met Beta Person again.");
        await fixture.Store.SaveArticleAsync(second.Build(), Token);
        Assert.Equal(["Dr Alpha", "Mr Alpha"], (await fixture.Store.GetEntityAsync("person:alpha-person", Token))!.Aliases);

        // a1 changes: it no longer calls him Mr Alpha
        var changed = new ArticleGraphBuilder("a1", "Alpha Person met Beta Person on Friday.");
        changed.Fact("MET_WITH", changed.Entity(NodeLabels.Person, "Alpha Person"), changed.Entity(NodeLabels.Person, "Beta Person"), "Alpha Person met Beta Person on Friday.");
        await fixture.Store.SaveArticleAsync(changed.Build(), Token);

        Assert.Equal(["Dr Alpha"], (await fixture.Store.GetEntityAsync("person:alpha-person", Token))!.Aliases);
        var meeting = Assert.Single((await fixture.Store.ReadGraphAsync(null, Token)).Relationships);
        Assert.Equal(["Alpha Person met Beta Person on Friday.", "Alpha Person met Beta Person again."], meeting.Evidence.Select(e => e.Sentence));
    }

    /// <summary>Runs a WAL checkpoint and returns how many frames (pages) the log holds.</summary>
    private static async Task<long> CheckpointAsync(SqliteConnection connection, string mode)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
        using var reader = await command.ExecuteReaderAsync(Token);
        await reader.ReadAsync(Token);
        Assert.Equal(0, reader.GetInt64(0)); // not blocked by a reader
        return reader.GetInt64(1);
    }
}
