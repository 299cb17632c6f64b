using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;

namespace GraphExplorer.Extraction.Tests;

public sealed class KnownEntityResolverTests
{
    private static Entity E(string label, string name, params string[] aliases) => new(NameKey.EntityId(label, name), label, name, aliases);

    private static ArticleGraph Graph(IReadOnlyList<Entity> entities, params Relationship[] relationships) =>
        new(new Article("a2", "t", "text", "h"), entities, relationships);

    [Fact]
    public void A_shared_alias_maps_onto_the_known_entity_and_merges_aliases()
    {
        var known = E(NodeLabels.Organization, "Basra Port Authority", "BPA");
        var fresh = E(NodeLabels.Organization, "BPA", "Basra port authority");
        var person = E(NodeLabels.Person, "Nawaf Salam");
        var met = new Relationship("MET_WITH", person.Id, fresh.Id, [new Evidence("a2", "s", 0, 1)]).Canonical();
        var resolved = new KnownEntityResolver().ResolveAgainst(Graph([fresh, person], met), [known]);
        var org = Assert.Single(resolved.Entities, e => e.Label == NodeLabels.Organization);
        Assert.Equal(known.Id, org.Id);
        Assert.Contains("Basra port authority", org.Aliases);
        Assert.DoesNotContain(org.Name, org.Aliases);
        var relation = Assert.Single(resolved.Relationships);
        Assert.Equal(Relationship.KeyOf("MET_WITH", known.Id, person.Id), relation.Key);
    }

    [Fact]
    public void A_surname_maps_onto_the_only_known_person_with_it()
    {
        var resolved = new KnownEntityResolver().ResolveAgainst(Graph([E(NodeLabels.Person, "Nawaf al-Salam")]), [E(NodeLabels.Person, "Nawaf Khaled al-Salam")]);
        Assert.Equal(NameKey.EntityId(NodeLabels.Person, "Nawaf Khaled al-Salam"), Assert.Single(resolved.Entities).Id);
    }

    [Fact]
    public void An_ambiguous_surname_maps_nowhere()
    {
        var fresh = E(NodeLabels.Person, "Salam");
        var resolved = new KnownEntityResolver().ResolveAgainst(Graph([fresh]), [E(NodeLabels.Person, "Nawaf Salam"), E(NodeLabels.Person, "Tammam Salam")]);
        Assert.Equal(fresh.Id, Assert.Single(resolved.Entities).Id);
    }

    [Fact]
    public void Different_labels_never_merge()
    {
        var fresh = E(NodeLabels.Place, "Jordan");
        var resolved = new KnownEntityResolver().ResolveAgainst(Graph([fresh]), [E(NodeLabels.Country, "Jordan")]);
        Assert.Equal(fresh.Id, Assert.Single(resolved.Entities).Id);
    }

    [Fact]
    public void Extracted_articles_share_people_across_articles()
    {
        var pipeline = new ArticlePipeline();
        var first = pipeline.Extract(new SourceDocument("a1", "H\n\nJordanian Foreign Minister Ayman Hussein Safadi spoke in Amman.\n", SourceDocument.PlainText, "h1"));
        var second = pipeline.Extract(new SourceDocument("a2", "H\n\nJordanian Foreign Minister Ayman Safadi arrived in Beirut.\n", SourceDocument.PlainText, "h2"));
        var resolved = new KnownEntityResolver().ResolveAgainst(second, first.Entities);
        var safadi = Assert.Single(resolved.Entities, e => e.Label == NodeLabels.Person);
        Assert.Equal(NameKey.EntityId(NodeLabels.Person, "Ayman Hussein Safadi"), safadi.Id);
        Assert.Contains(resolved.Relationships, r => r.Type == "VISITED" && r.SourceId == safadi.Id);
    }
}
