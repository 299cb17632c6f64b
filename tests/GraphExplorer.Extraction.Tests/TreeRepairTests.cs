using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Systematic parser errors mended before the relation rules read the tree (Relations/Clauses/TreeRepairs.cs), and the
/// constructions read with them: each test asserts the edges that must be found and those that must not.
/// </summary>
public sealed class TreeRepairTests
{
    private static ArticleGraph Extract(string body) => TestArticles.Extract("Headline\n\n" + body + "\n");

    [Fact]
    public void A_predicate_verb_after_an_adverb_takes_its_object_and_its_predicate()
    {
        var graph = Extract("Both Chile and Bolivia now call the Andean Liberation Army a criminal gang.");
        Assert.True(graph.Has(EdgeTypes.Accused, "Chile", "Andean Liberation Army"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Accused, "Bolivia", "Andean Liberation Army"), graph.Facts());
        var misread = Extract("Both Chile and Bolivia now label the Andean Liberation Army a criminal gang."); // "label" tagged as a noun
        Assert.True(misread.Has(EdgeTypes.Accused, "Chile", "Andean Liberation Army"), misread.Facts());
        Assert.True(misread.Has(EdgeTypes.Accused, "Bolivia", "Andean Liberation Army"), misread.Facts());
    }

    [Fact]
    public void A_small_clause_without_a_pejorative_predicate_accuses_no_one()
    {
        var graph = Extract("Both Chile and Bolivia now label the Andean Liberation Army a political movement.");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Accused.Name);
    }

    [Fact]
    public void A_phrase_after_the_comma_that_closes_an_apposition_belongs_to_the_verb()
    {
        var graph = Extract("Peru blamed the Shining Dawn Front, a network of Bolivia-funded cells, for the kidnapping in Puno.");
        Assert.True(graph.Has(EdgeTypes.Accused, "Peru", "Shining Dawn Front"), graph.Facts());
        Assert.Equal("the kidnapping in Puno", graph.Relation(EdgeTypes.Accused, "Peru", "Shining Dawn Front")?.Allegation);
        Assert.False(graph.Has(EdgeTypes.Accused, "Peru", "Bolivia"), graph.Facts());
    }

    [Fact]
    public void Examples_after_a_noun_are_instances_of_that_noun()
    {
        var graph = Extract("The town saw Russian air strikes against Ukrainian positions, such as Azov Brigade outposts.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Russia", "Azov Brigade"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.Attacked, "Azov Brigade", "Russia"), graph.Facts());
    }

    [Fact]
    public void A_killing_clause_on_the_place_of_an_attack_describes_the_attack()
    {
        var graph = Extract("Kenya condemned the bombing by the Coastal Liberation Front of a market in Lamu that killed three Kenyan soldiers.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Coastal Liberation Front", "Kenyan Armed Forces"), graph.Facts());
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Attacked.Name && r.SourceId == graph.Find(NodeLabels.Place, "Lamu")?.Id);
    }

    [Fact]
    public void An_agreement_that_covers_work_in_a_place_concerns_the_place()
    {
        var graph = Extract("Chile and Peru signed a fisheries agreement on Monday. The agreement covers the licensing of boats in Lima.");
        var agreement = graph.Entities.Single(e => e.Label == NodeLabels.Agreement).Name;
        Assert.True(graph.Has(EdgeTypes.Concerns, agreement, "Lima"), graph.Facts());
    }

    [Fact]
    public void Covering_a_place_is_no_concern_of_anything_but_an_agreement()
    {
        var graph = Extract("Chilean reporters covered the protests in Lima on Monday.");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Concerns.Name);
    }

    [Fact]
    public void This_group_in_a_quotation_is_the_body_named_before()
    {
        var graph = Extract("The Andean Liberation Army controls the valley. “We cooperate with this group on the river,” the Peruvian commander said.");
        Assert.True(graph.Has(EdgeTypes.CooperatesWith, "Peruvian Armed Forces", "Andean Liberation Army"), graph.Facts());
    }

    [Fact]
    public void The_groups_is_no_body_with_a_singular_name()
    {
        var graph = Extract("Peru watched the Andean Liberation Army closely. Lima accused the groups of smuggling arms.");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Accused.Name);
    }

    [Fact]
    public void A_known_body_name_that_a_longer_capitalized_name_runs_into_is_that_longer_name()
    {
        var graph = Extract("Chile welcomed the Peruvian National Security Council's decision to label the Andean Liberation Army as a terrorist organization.");
        Assert.Null(graph.Find(NodeLabels.Organization, "UN Security Council"));
        Assert.NotNull(graph.Entities.FirstOrDefault(e => e.Label == NodeLabels.Organization && e.Name.Contains("National Security Council", StringComparison.Ordinal)));
        var council = graph.Entities.First(e => e.Label == NodeLabels.Organization && e.Name.Contains("National Security Council", StringComparison.Ordinal)).Name;
        Assert.True(graph.Has(EdgeTypes.Accused, council, "Andean Liberation Army"), graph.Facts()); // "decision to label" with "label" tagged as a noun
        Assert.False(graph.Has(EdgeTypes.Accused, "Chile", "Andean Liberation Army"), graph.Facts());
        var neutral = Extract("Chile welcomed the Peruvian National Security Council's decision to label the Andean Liberation Army as a political party.");
        Assert.DoesNotContain(neutral.Relationships, r => r.Type == EdgeTypes.Accused.Name);
        var alone = Extract("Russia asked the Security Council to meet on Monday.");
        Assert.NotNull(alone.Find(NodeLabels.Organization, "UN Security Council"));
    }
}
