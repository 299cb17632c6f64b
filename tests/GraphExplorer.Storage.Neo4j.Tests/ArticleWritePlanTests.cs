using GraphExplorer.Core.Model;
using GraphExplorer.Storage.Neo4j.Writing;
using static GraphExplorer.Storage.Neo4j.Tests.Fakes.GraphBuilder;

namespace GraphExplorer.Storage.Neo4j.Tests;

/// <summary>Replacing one article's contribution re-aggregates exactly what the other articles state.</summary>
public sealed class ArticleWritePlanTests
{
    private static readonly Entity Ana = Person("ana-vega");
    private static readonly Entity Ben = Person("ben-ruiz");
    private static readonly Entity Norland = Country("norland");

    [Fact]
    public void Removing_an_article_from_a_shared_fact_keeps_only_the_other_articles_attributes()
    {
        var key = Relationship.KeyOf("MET_WITH", Ana.Id, Ben.Id);
        var stored = new TouchedFact(key, "MET_WITH", Ana.Id, Ben.Id, [
            new FactContribution("a-1", [new Evidence("a-1", "One.", 0, 4)], new DateOnly(2024, 1, 5), null, null, null, 0.6),
            new FactContribution("a-2", [new Evidence("a-2", "Two.", 0, 4)], new DateOnly(2023, 1, 1), "place:port", null, null, 0.9),
        ]);

        var plan = ArticleWritePlan.Create(Article("a-2", [Norland]), [], [], [stored]);

        var (fact, contributions) = Assert.Single(plan.Facts);
        Assert.Equal(new DateOnly(2024, 1, 5), fact.Date);
        Assert.Null(fact.PlaceId);
        Assert.Equal(0.6, fact.Confidence);
        Assert.Equal(["a-1"], fact.Evidence.Select(e => e.ArticleId));
        Assert.Equal(["a-1"], contributions.Select(c => c.ArticleId));
        Assert.Empty(plan.Deleted);
    }

    [Fact]
    public void A_fact_left_without_evidence_is_deleted()
    {
        var key = Relationship.KeyOf("ACCUSED", Ana.Id, Ben.Id);
        var stored = new TouchedFact(key, "ACCUSED", Ana.Id, Ben.Id, [new FactContribution("a-2", [new Evidence("a-2", "Two.", 0, 4)], null, null, null, "fraud", 1.0)]);

        var plan = ArticleWritePlan.Create(Article("a-2", [Ana, Ben]), [], [Ana.Id, Ben.Id], [stored]);

        Assert.Empty(plan.Facts);
        Assert.Equal(key, Assert.Single(plan.Deleted).Key);
    }

    [Fact]
    public void Place_title_and_allegation_come_from_the_first_article_by_id_that_states_one()
    {
        var key = Relationship.KeyOf("ACCUSED", Ana.Id, Ben.Id);
        var stored = new TouchedFact(key, "ACCUSED", Ana.Id, Ben.Id, [
            new FactContribution("b-9", [new Evidence("b-9", "Later.", 3, 9)], null, null, null, "theft", 0.5),
        ]);
        var incoming = Fact(EdgeTypes.Accused, Ana, Ben, "a-1", (7, "Ana accused Ben of fraud.")) with { Allegation = "fraud", Confidence = 0.4 };

        var plan = ArticleWritePlan.Create(Article("a-1", [Ana, Ben], incoming), [], [], [stored]);

        var fact = Assert.Single(plan.Facts).Fact;
        Assert.Equal("fraud", fact.Allegation);
        Assert.Equal(0.5, fact.Confidence);
        Assert.Equal(["a-1", "b-9"], fact.Evidence.Select(e => e.ArticleId));
    }

    [Fact]
    public void Symmetric_facts_are_stored_once_from_the_smaller_id()
    {
        var incoming = Fact(EdgeTypes.MetWith, Norland, Ana, "a-1", (0, "They met."));
        var reverse = Fact(EdgeTypes.MetWith, Ana, Norland, "a-1", (20, "Met again."));

        var plan = ArticleWritePlan.Create(Article("a-1", [Ana, Norland], incoming, reverse), [], [], []);

        var fact = Assert.Single(plan.Facts).Fact;
        Assert.Equal((Norland.Id, Ana.Id), (fact.SourceId, fact.TargetId));
        Assert.Equal([0, 20], fact.Evidence.Select(e => e.Start));
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
