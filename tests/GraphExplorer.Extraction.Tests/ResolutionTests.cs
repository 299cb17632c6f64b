using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

public sealed class ResolutionTests
{
    [Fact]
    public void Surname_only_mentions_resolve_to_the_full_name()
    {
        var graph = TestArticles.Extract("Headline\n\nLebanese Prime Minister Nawaf Salam met Syrian officials on Monday. Salam later flew to Paris.\n");
        var person = graph.Find(NodeLabels.Person, "Nawaf Salam");
        Assert.NotNull(person);
        Assert.Single(graph.Entities, e => e.Label == NodeLabels.Person);
    }

    [Fact]
    public void A_shorter_full_name_resolves_to_the_fullest_form()
    {
        var graph = TestArticles.Extract("Headline\n\nPresident Ahmed Hussein al-Sharaa spoke in Damascus. Later, Ahmed al-Sharaa said talks would go on.\n");
        Assert.Equal("Ahmed Hussein al-Sharaa", Assert.Single(graph.Entities, e => e.Label == NodeLabels.Person).Name);
    }

    [Fact]
    public void An_acronym_defined_in_parentheses_is_an_alias_and_resolves_later_uses()
    {
        var graph = TestArticles.Extract("Headline\n\nThe Basra Port Authority (BPA) said on Monday that traffic rose. The BPA blamed the weather for delays.\n");
        var org = graph.Find(NodeLabels.Organization, "Basra Port Authority");
        Assert.NotNull(org);
        Assert.Contains("BPA", org.Aliases);
        Assert.Single(graph.Entities, e => e.Label == NodeLabels.Organization);
    }

    [Fact]
    public void An_acronym_that_does_not_match_the_name_is_not_its_alias()
    {
        var graph = TestArticles.Extract("Headline\n\nAMMAN (XYZ) — Traffic in Amman was heavy on Monday.\n");
        Assert.DoesNotContain("XYZ", graph.Find(NodeLabels.Place, "Amman")!.Aliases);
    }

    [Fact]
    public void Hyphenated_borders_get_a_canonical_alphabetical_name()
    {
        var graph = TestArticles.Extract("Headline\n\nTrucks queued at the Turkish-Syrian border for days.\n");
        var border = graph.Find(NodeLabels.Border, "Syria–Turkey border");
        Assert.NotNull(border);
        Assert.Contains("Turkish-Syrian border", border.Aliases);
    }

    [Fact]
    public void The_border_with_a_state_takes_the_other_side_from_the_sentence()
    {
        var graph = TestArticles.Extract("Headline\n\nJordan closed its border with Syria after the clashes.\n");
        Assert.NotNull(graph.Find(NodeLabels.Border, "Jordan–Syria border"));
    }

    [Fact]
    public void A_border_between_two_named_sides_is_found()
    {
        var graph = TestArticles.Extract("Headline\n\nSmugglers used the border between Lebanon and Syria for years.\n");
        Assert.NotNull(graph.Find(NodeLabels.Border, "Lebanon–Syria border"));
    }

    [Fact]
    public void A_region_inside_the_state_makes_no_border()
    {
        var graph = TestArticles.Extract("Headline\n\nThe Kurdistan Region's border with Iraq is disputed.\n");
        Assert.DoesNotContain(graph.Entities, e => e.Label == NodeLabels.Border);
    }

    [Fact]
    public void Demonym_government_phrases_resolve_to_the_country()
    {
        var graph = TestArticles.Extract("Headline\n\nThe Syrian government and the Tehran government exchanged notes.\n");
        Assert.Contains("Syrian government", graph.Find(NodeLabels.Country, "Syria")!.Aliases);
        Assert.Contains("Tehran government", graph.Find(NodeLabels.Country, "Iran")!.Aliases);
    }

    [Fact]
    public void An_agreement_with_named_parties_gets_a_canonical_name_and_bare_references_join_it()
    {
        var graph = TestArticles.Extract("Headline\n\nJordan and Egypt signed a gas supply agreement on Sunday. The deal runs for ten years.\n");
        var agreement = graph.Find(NodeLabels.Agreement, "Egypt–Jordan gas supply agreement");
        Assert.NotNull(agreement);
        Assert.Contains("Jordan–Egypt gas supply agreement", agreement.Aliases);
        Assert.Single(graph.Entities, e => e.Label == NodeLabels.Agreement);
    }

    [Fact]
    public void Entity_ids_follow_name_key_and_aliases_exclude_the_name()
    {
        var graph = TestArticles.Extract("Headline\n\nThe Basra Port Authority (BPA) reopened the quay.\n");
        var org = graph.Find(NodeLabels.Organization, "BPA")!;
        Assert.Equal(Core.Text.NameKey.EntityId(org.Label, org.Name), org.Id);
        Assert.DoesNotContain(org.Name, org.Aliases);
        Assert.Equal(org.Aliases.Order(StringComparer.Ordinal), org.Aliases);
    }
}
