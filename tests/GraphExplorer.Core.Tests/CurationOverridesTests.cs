using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Model;
using GraphExplorer.TestSupport;
using GraphExplorer.TestSupport.Fakes;

namespace GraphExplorer.Core.Tests;

/// <summary>The one place curations take effect: applied to an article's extracted graph, in log order.</summary>
public sealed class CurationOverridesTests
{
    private const string Text =
        "Lena Vask met Tom Ruel in Varna. Vask later met Ilse Marr. The envoy Marr accused Ruel of lying. Nika Vask visited Varna.";

    private static (ArticleGraph Graph, string Lena, string Tom, string Ilse, string Varna) Story()
    {
        var builder = new ArticleGraphBuilder("story", Text);
        var lena = builder.Entity(NodeLabels.Person, "Lena Vask", "Vask", "Nika Vask");
        var tom = builder.Entity(NodeLabels.Person, "Tom Ruel", "Ruel");
        var ilse = builder.Entity(NodeLabels.Person, "Ilse Marr", "Marr");
        var varna = builder.Entity(NodeLabels.Place, "Varna");
        builder.Fact("MET_WITH", lena, tom, "Lena Vask met Tom Ruel in Varna.")
            .Fact("MET_WITH", lena, ilse, "Vask later met Ilse Marr.")
            .Fact("ACCUSED", ilse, tom, "The envoy Marr accused Ruel of lying.", r => r with { Allegation = "lying" })
            .Fact("VISITED", lena, varna, "Nika Vask visited Varna.");
        return (builder.Build(), lena, tom, ilse, varna);
    }

    private static CurationRecord Record(long id, Curation.Curation curation) => new(id, curation, "tester", DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_merge_folds_the_entity_in_keeps_its_name_as_an_alias_and_drops_facts_that_join_it_to_itself()
    {
        var (graph, lena, tom, ilse, _) = Story();

        var merged = CurationOverrides.Apply(graph, [Record(1, new(CurationKind.Merge, tom, NodeLabels.Person, "Tom Ruel", ilse))]);

        Assert.DoesNotContain(merged.Entities, e => e.Id == ilse);
        var kept = Assert.Single(merged.Entities, e => e.Id == tom);
        Assert.Equal("Tom Ruel", kept.Name);
        Assert.Contains("Ilse Marr", kept.Aliases);
        Assert.Contains("Marr", kept.Aliases);
        Assert.DoesNotContain(merged.Relationships, r => r.Type == "ACCUSED"); // Marr accused Ruel: now one person
        Assert.Contains(merged.Relationships, r => r.Key == Relationship.KeyOf("MET_WITH", lena, tom) && r.Evidence.Count == 2);
    }

    [Fact]
    public void Splitting_an_alias_off_moves_the_facts_whose_sentences_name_the_entity_by_it()
    {
        var (graph, lena, _, _, varna) = Story();
        var nika = "person:nika-vask";

        var split = CurationOverrides.Apply(graph, [Record(1, new(CurationKind.SplitAlias, lena, NodeLabels.Person, "Nika Vask", nika, "Nika Vask"))]);

        Assert.Equal("Nika Vask", Assert.Single(split.Entities, e => e.Id == nika).Name);
        Assert.DoesNotContain("Nika Vask", Assert.Single(split.Entities, e => e.Id == lena).Aliases);
        Assert.Contains(split.Relationships, r => r.Key == Relationship.KeyOf("VISITED", nika, varna));
        Assert.Equal(2, split.Relationships.Count(r => r.SourceId == lena || r.TargetId == lena));
    }

    [Fact]
    public void Reject_add_alias_and_rename_change_only_what_they_name_and_undone_ones_nothing()
    {
        var (graph, lena, tom, ilse, _) = Story();
        var accusation = Relationship.KeyOf("ACCUSED", ilse, tom);
        CurationRecord[] log =
        [
            Record(1, new(CurationKind.RejectFact, ilse, NodeLabels.Person, FactKey: accusation)),
            Record(2, new(CurationKind.AddAlias, tom, NodeLabels.Person, Alias: "T. Ruel")),
            Record(3, new(CurationKind.Rename, lena, NodeLabels.Person, "Lena M. Vask", Alias: "Lena Vask")),
            Record(4, new(CurationKind.Merge, tom, NodeLabels.Person, "Tom Ruel", lena)) with { UndoneBy = "tester", UndoneAt = DateTimeOffset.UnixEpoch },
        ];

        var curated = CurationOverrides.Apply(graph, log);

        Assert.DoesNotContain(curated.Relationships, r => r.Key == accusation);
        Assert.Contains("T. Ruel", curated.Entities.Single(e => e.Id == tom).Aliases);
        var lenaNow = curated.Entities.Single(e => e.Id == lena);
        Assert.Equal("Lena M. Vask", lenaNow.Name);
        Assert.Contains("Lena Vask", lenaNow.Aliases);
        Assert.Equal(graph.Relationships.Count - 1, curated.Relationships.Count);
    }

    [Fact]
    public async Task The_service_logs_applies_and_undoes_through_the_store()
    {
        var (graph, _, tom, ilse, _) = Story();
        var articles = new InMemoryGraphStore();
        var curation = new InMemoryCurationStore();
        var store = new CuratedArticleStore(articles, curation);
        await store.SaveArticleAsync(graph, TestContext.Current.CancellationToken);
        var service = new CurationService(store, curation, articles, TimeProvider.System);

        var merge = await service.MergeAsync(tom, ilse, "analyst", TestContext.Current.CancellationToken);
        var afterMerge = await articles.GetEntityAsync(ilse, TestContext.Current.CancellationToken);
        await service.UndoAsync(merge.Record.Id, "reviewer", TestContext.Current.CancellationToken);

        Assert.Equal(1, merge.ArticlesRestored);
        Assert.Null(afterMerge);
        Assert.NotNull(await articles.GetEntityAsync(ilse, TestContext.Current.CancellationToken));
        var entry = Assert.Single(await service.LogAsync(TestContext.Current.CancellationToken));
        Assert.Equal(("analyst", "reviewer"), (entry.By, entry.UndoneBy));
        await Assert.ThrowsAsync<CurationNotFoundException>(() => service.UndoAsync(merge.Record.Id, "reviewer", TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<CurationException>(() => service.MergeAsync(tom, "place:varna", "analyst", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_log_reads_in_the_names_the_entities_had_and_keeps_their_ids()
    {
        var (graph, lena, tom, ilse, _) = Story();
        var articles = new InMemoryGraphStore();
        var curation = new InMemoryCurationStore();
        var store = new CuratedArticleStore(articles, curation);
        await store.SaveArticleAsync(graph, TestContext.Current.CancellationToken);
        var service = new CurationService(store, curation, articles, TimeProvider.System);
        var token = TestContext.Current.CancellationToken;

        var merge = await service.MergeAsync(tom, ilse, "analyst", token);
        var split = await service.SplitAliasAsync(lena, "Nika Vask", "analyst", token);
        var rename = await service.RenameAsync(lena, "Helena Vask", "analyst", token);
        var reject = await service.RejectFactAsync(Relationship.KeyOf("VISITED", split.Record.Curation.OtherEntityId!, "place:varna"), "analyst", token);

        Assert.Equal("merged 'Ilse Marr' into 'Tom Ruel'", merge.Record.Curation.Summary);
        Assert.Equal((tom, ilse), (merge.Record.Curation.EntityId, merge.Record.Curation.OtherEntityId));
        Assert.Equal("split alias 'Nika Vask' off 'Lena Vask' into an entity of its own", split.Record.Curation.Summary);
        Assert.Equal("renamed 'Lena Vask' to 'Helena Vask'", rename.Record.Curation.Summary);
        Assert.Equal("rejected the fact 'Nika Vask' VISITED 'Varna'", reject.Record.Curation.Summary);
        // A curation logged before names were kept still reads, in ids.
        Assert.Equal($"merged {ilse} into {tom}", new Curation.Curation(CurationKind.Merge, tom, NodeLabels.Person, OtherEntityId: ilse).Summary);
    }
}
