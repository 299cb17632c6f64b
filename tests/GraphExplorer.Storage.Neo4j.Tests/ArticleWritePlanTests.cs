using GraphExplorer.Core.Model;
using GraphExplorer.Storage.Neo4j.Writing;
using static GraphExplorer.Storage.Neo4j.Tests.Fakes.GraphBuilder;

namespace GraphExplorer.Storage.Neo4j.Tests;

/// <summary>Replacing one article's contribution updates each fact's aggregate exactly, reading the other articles only when that article decided it.</summary>
public sealed class ArticleWritePlanTests
{
    private static readonly Entity Ana = Person("ana-vega");
    private static readonly Entity Ben = Person("ben-ruiz");
    private static readonly Entity Norland = Country("norland");

    private static FactContribution Contribution(string article, DateOnly? date, string? place, string? allegation, double confidence) =>
        new(article, [new Evidence(article, "Said.", 0, 5)], date, place, null, allegation, confidence);

    [Fact]
    public void Removing_an_article_that_decided_the_aggregate_takes_the_others_contributions()
    {
        var key = Relationship.KeyOf("MET_WITH", Ana.Id, Ben.Id);
        var one = Contribution("a-1", new DateOnly(2024, 1, 5), null, null, 0.6);
        var two = Contribution("a-2", new DateOnly(2023, 1, 1), "place:port", null, 0.9);
        var stored = new TouchedFact(key, "MET_WITH", Ana.Id, Ben.Id, FactAggregate.Of([one, two]), two);
        Assert.True(stored.NeedsOthers);
        Assert.Throws<InvalidOperationException>(() => ArticleWritePlan.Create(Article("a-2", [Norland]), [], [], [stored]));

        var plan = ArticleWritePlan.Create(Article("a-2", [Norland]), [], [], [stored with { Others = [one] }]);

        var fact = Assert.Single(plan.Facts);
        Assert.Equal((new DateOnly(2024, 1, 5), (string?)null, 0.6, 1L), (fact.Aggregate.Date, fact.Aggregate.PlaceId, fact.Aggregate.Confidence, fact.Aggregate.Assertions));
        Assert.True(fact.Exists);
        Assert.Null(fact.Contribution);
        Assert.Empty(plan.Deleted);
    }

    [Fact]
    public void Removing_an_article_that_decided_nothing_needs_only_the_stored_aggregate()
    {
        var key = Relationship.KeyOf("MET_WITH", Ana.Id, Ben.Id);
        var one = Contribution("a-1", new DateOnly(2023, 1, 1), "place:port", null, 0.9);
        var two = Contribution("a-2", new DateOnly(2024, 1, 5), null, null, 0.6);
        var stored = new TouchedFact(key, "MET_WITH", Ana.Id, Ben.Id, FactAggregate.Of([one, two]), two);

        Assert.False(stored.NeedsOthers);
        var fact = Assert.Single(ArticleWritePlan.Create(Article("a-2", [Norland]), [], [], [stored]).Facts);
        Assert.Equal(FactAggregate.Of([one]), fact.Aggregate);
    }

    [Fact]
    public void A_new_article_folds_into_the_stored_aggregate_without_the_others()
    {
        var key = Relationship.KeyOf("ACCUSED", Ana.Id, Ben.Id);
        var earlier = Enumerable.Range(1, 300).Select(i => Contribution($"b-{i:D3}", new DateOnly(2024, 1, 1).AddDays(i), null, "theft", 0.5)).ToList();
        var stored = new TouchedFact(key, "ACCUSED", Ana.Id, Ben.Id, FactAggregate.Of(earlier), Previous: null);
        var incoming = Fact(EdgeTypes.Accused, Ana, Ben, "a-1", (7, "Ana accused Ben of fraud.")) with { Allegation = "fraud", Confidence = 0.4, Date = new DateOnly(2024, 1, 1) };

        var fact = Assert.Single(ArticleWritePlan.Create(Article("a-1", [Ana, Ben], incoming), [], [], [stored]).Facts);

        Assert.False(stored.NeedsOthers);
        Assert.Equal(FactAggregate.Of([.. earlier, FactContribution.From("a-1", incoming)]), fact.Aggregate);
        Assert.Equal(("fraud", "a-1", 0.5, 301L), (fact.Aggregate.Allegation, fact.Aggregate.AllegationArticle, fact.Aggregate.Confidence, fact.Aggregate.Assertions));
        Assert.Equal(["a-1"], fact.Contribution!.Evidence.Select(e => e.ArticleId));
    }

    [Fact]
    public void A_fact_left_without_evidence_is_deleted()
    {
        var key = Relationship.KeyOf("ACCUSED", Ana.Id, Ben.Id);
        var only = Contribution("a-2", null, null, "fraud", 1.0);
        var stored = new TouchedFact(key, "ACCUSED", Ana.Id, Ben.Id, FactAggregate.Of([only]), only);

        var plan = ArticleWritePlan.Create(Article("a-2", [Ana, Ben]), [], [Ana.Id, Ben.Id], [stored]);

        Assert.Empty(plan.Facts);
        Assert.Equal(key, Assert.Single(plan.Deleted).Key);
    }

    [Fact]
    public void Place_title_and_allegation_come_from_the_first_article_by_id_that_states_one()
    {
        var key = Relationship.KeyOf("ACCUSED", Ana.Id, Ben.Id);
        var later = Contribution("b-9", null, null, "theft", 0.5);
        var stored = new TouchedFact(key, "ACCUSED", Ana.Id, Ben.Id, FactAggregate.Of([later]), Previous: null);
        var incoming = Fact(EdgeTypes.Accused, Ana, Ben, "a-1", (7, "Ana accused Ben of fraud.")) with { Allegation = "fraud", Confidence = 0.4 };

        var fact = Assert.Single(ArticleWritePlan.Create(Article("a-1", [Ana, Ben], incoming), [], [], [stored]).Facts);

        Assert.Equal("fraud", fact.Aggregate.Allegation);
        Assert.Equal(0.5, fact.Aggregate.Confidence);
        Assert.Equal(2, fact.Aggregate.Assertions);
    }

    [Fact]
    public void Symmetric_facts_are_stored_once_from_the_smaller_id()
    {
        var incoming = Fact(EdgeTypes.MetWith, Norland, Ana, "a-1", (0, "They met."));
        var reverse = Fact(EdgeTypes.MetWith, Ana, Norland, "a-1", (20, "Met again."));

        var plan = ArticleWritePlan.Create(Article("a-1", [Ana, Norland], incoming, reverse), [], [], []);

        var fact = Assert.Single(plan.Facts);
        Assert.Equal((Norland.Id, Ana.Id), (fact.SourceId, fact.TargetId));
        Assert.Equal([0, 20], fact.Contribution!.OrderedEvidence.Select(e => e.Start));
    }

    [Fact]
    public void Aliases_unite_over_articles_and_entities_nobody_mentions_become_orphans()
    {
        var touched = new List<TouchedEntity>
        {
            new(Ana.Id, Ana.Name, ["Ms Vega", "Ana Vega"], 1),
            new(Ben.Id, Ben.Name, ["B. Ruiz"], 2),
        };

        var plan = ArticleWritePlan.Create(
            Article("a-1", [Ana with { Aliases = ["A. Vega"] }]),
            touched,
            [Ana.Id, Ben.Id, Norland.Id],
            []);

        Assert.Equal(["A. Vega", "Ms Vega"], Assert.Single(plan.Entities).Aliases);
        Assert.Equal(Ben.Id, Assert.Single(plan.Refreshed).Id);
        Assert.Equal(["B. Ruiz"], plan.Refreshed[0].Aliases);
        Assert.Equal([Norland.Id], plan.Orphans);
    }

    [Fact]
    public void An_entity_the_article_stopped_mentioning_takes_a_name_from_the_other_articles_and_keys_by_its_label()
    {
        var holdings = new Entity("organization:ruiz-holdings", NodeLabels.Organization, "Ruiz Holdings Group", []);
        var touched = new List<TouchedEntity>
        {
            new(Ben.Id, "Benjamin Ruiz", [], 1) { OtherNames = ["Ben Ruiz"], Label = NodeLabels.Person },
            new(holdings.Id, "Ruiz Holdings Group", [], 1) { OtherNames = ["Ruiz Holdings"], Label = NodeLabels.Organization },
        };

        var plan = ArticleWritePlan.Create(Article("a-1", [Ana]), touched, [Ben.Id, holdings.Id], []);

        Assert.Equal([holdings.Id, Ben.Id], plan.Refreshed.Select(e => e.Id).Order(StringComparer.Ordinal));
        var ben = plan.Refreshed.Single(e => e.Id == Ben.Id);
        Assert.Equal("Ben Ruiz", ben.Name);
        Assert.Contains((IReadOnlyList<string>)ben.ToRow()["nameKeys"]!, k => k.StartsWith(Core.Text.NameKey.SoundPrefix, StringComparison.Ordinal));
        var organization = plan.Refreshed.Single(e => e.Id == holdings.Id);
        Assert.Equal("Ruiz Holdings", organization.Name);
        Assert.DoesNotContain((IReadOnlyList<string>)organization.ToRow()["nameKeys"]!, k => k.StartsWith(Core.Text.NameKey.SoundPrefix, StringComparison.Ordinal));
    }
}
