using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Evaluation;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Agreements told apart by the year they were made, their parties however the text joins them, backers written
/// as hyphened adjectives, and the partners of one operation.
/// </summary>
public sealed class AgreementAndBackingTests
{
    private static ArticleGraph Extract(string body) => TestArticles.Extract($"Headline\n2024-05-02\n\n{body}\n");

    /// <summary>The articles (publication date, body) ingested in order, resolved against each other as ingest does.</summary>
    private static Subgraph Corpus(params (string Published, string Body)[] articles) =>
        CorpusGraph.Build(
            [.. articles.Select((a, i) => new SourceDocument($"a{i}", $"Headline\n{a.Published}\n\n{a.Body}\n", SourceDocument.PlainText, $"h{i}"))],
            new ArticlePipeline(),
            new KnownEntityResolver());

    private static List<Entity> Agreements(Subgraph graph) => [.. graph.Nodes.Where(n => n.Label == NodeLabels.Agreement)];

    [Fact]
    public void Accords_of_the_same_parties_concluded_in_different_years_stay_two()
    {
        var graph = Corpus(
            ("2021-03-04", "Chad and Niger have reached a security agreement, officials said."),
            ("2023-06-10", "Chad and Niger have reached a security agreement, officials said."));
        Assert.Equal(2, Agreements(graph).Count);
    }

    [Fact]
    public void The_same_accord_reported_when_made_and_later_with_its_year_is_one()
    {
        var graph = Corpus(
            ("2023-06-10", "Chad and Niger have reached a security agreement, officials said."),
            ("2022-01-15", "Chad and Niger have reached a security agreement, officials said."),
            ("", "The security agreement signed in June 2023 between Niger and Chad has cut smuggling."));
        var agreements = Agreements(graph);
        Assert.Equal(2, agreements.Count);
        Assert.Single(agreements, a => a.AllNames.Any(n => n.EndsWith("(2023)", StringComparison.Ordinal)) && a.AllNames.Contains("Chad–Niger security agreement"));
    }

    [Fact]
    public void A_concluded_accord_whose_sentence_names_another_time_takes_no_publication_year()
    {
        var graph = Extract("Last March, Chad and Niger signed a security agreement.");
        var agreement = Assert.Single(graph.Entities, e => e.Label == NodeLabels.Agreement);
        Assert.DoesNotContain(agreement.AllNames, n => n.Contains("(2024)", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_states_hyphened_before_a_named_accord_are_both_parties()
    {
        var graph = Extract("Ministers discussed investment under the 2019 Kenya-Uganda Strategic Partnership Agreement.");
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Kenya", "Strategic Partnership Agreement"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Uganda", "Strategic Partnership Agreement"), graph.Facts());
    }

    [Fact]
    public void The_two_sides_of_a_clash_are_the_parties_to_the_deal_they_reach()
    {
        var graph = Extract("After clashes between the Malian army and the Azawad Liberation Front on Friday, the two sides reached a ceasefire deal.");
        var deal = Assert.Single(graph.Entities, e => e.Label == NodeLabels.Agreement);
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Azawad Liberation Front", deal.Name), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Malian Armed Forces", deal.Name), graph.Facts());
    }

    [Fact]
    public void A_place_named_once_with_its_cue_is_the_place_where_it_recurs_bare()
    {
        var graph = Extract("Fighting spread to the Kharab sub-district on Monday. Chad and Niger signed a ceasefire deal on Tuesday. "
            + "According to the deal, the army will run checkpoints in Kharab.");
        var deal = Assert.Single(graph.Entities, e => e.Label == NodeLabels.Agreement);
        Assert.True(graph.Has(EdgeTypes.Concerns, deal.Name, "Kharab"), graph.Facts());
    }

    [Fact]
    public void A_recurring_place_name_inside_another_name_stays_part_of_it()
    {
        var graph = Extract("Officials said Kharab Council members met on Monday in the Kharab sub-district.");
        Assert.NotNull(graph.Find(NodeLabels.Organization, "Kharab Council"));
    }

    [Fact]
    public void A_backer_hyphened_before_the_name_it_describes_backs_the_named_group()
    {
        var graph = Extract("The Rwandan-backed militia Kivu Liberation Front seized the town on Monday.");
        Assert.True(graph.Has(EdgeTypes.BackedBy, "Kivu Liberation Front", "Rwanda"), graph.Facts());
    }

    [Fact]
    public void A_backer_in_an_apposition_backs_the_name_before_it()
    {
        Assert.True(Extract("The Kivu Liberation Front, a Rwandan-funded armed group, denied the claim.").Has(EdgeTypes.BackedBy, "Kivu Liberation Front", "Rwanda"));
        Assert.True(Extract("The Kivu Liberation Front, a loose alliance of Rwanda-aligned militias, denied the claim.").Has(EdgeTypes.BackedBy, "Kivu Liberation Front", "Rwanda"));
    }

    [Fact]
    public void A_backer_in_a_relative_clause_or_a_list_describes_someone_else()
    {
        var relative = Extract("The Kivu Liberation Front, which fought the Rwandan-backed militias, denied the claim.");
        Assert.False(relative.Has(EdgeTypes.BackedBy, "Kivu Liberation Front", "Rwanda"), relative.Facts());
        var list = Extract("The area was held by the Kivu Liberation Front, Rwandan-backed militias and local groups.");
        Assert.False(list.Has(EdgeTypes.BackedBy, "Kivu Liberation Front", "Rwanda"), list.Facts());
        Assert.NotNull(list.Find(NodeLabels.Organization, "Kivu Liberation Front"));
    }

    [Fact]
    public void The_subjects_conducting_one_operation_cooperate()
    {
        var graph = Extract("The Kenya Defence Forces and the Somali National Army conducted the raids near Kismayo.");
        Assert.True(graph.Has(EdgeTypes.CooperatesWith, "Kenya Defence Forces", "Somali National Army"), graph.Facts());
    }

    [Fact]
    public void The_owners_of_strikes_someone_condemns_do_not_cooperate()
    {
        var graph = Extract("Iraq condemned Turkish and Iranian strikes in the north.");
        Assert.False(graph.Has(EdgeTypes.CooperatesWith, "Turkey", "Iran"), graph.Facts());
    }

    [Fact]
    public void Between_after_a_short_predicate_names_the_sides_of_an_accord()
    {
        var graph = Extract("A power-sharing deal was reached between the Sudanese army and the Sudan Liberation Movement on Sunday.");
        var deal = Assert.Single(graph.Entities, e => e.Label == NodeLabels.Agreement);
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Sudan Liberation Movement", deal.Name), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Sudanese Armed Forces", deal.Name), graph.Facts());
    }

    [Fact]
    public void Support_voiced_for_a_named_beneficiary_is_not_the_speakers_backing()
    {
        var graph = Extract("Minister Ali Musa expressed Chad's full support for Niger's new constitution.");
        Assert.NotNull(graph.Find(NodeLabels.Person, "Ali Musa"));
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.BackedBy.Name);
        Assert.Contains(Extract("Chad's army seized the town with French support.").Relationships, r => r.Type == EdgeTypes.BackedBy.Name);
    }

    [Fact]
    public void Where_an_accord_was_signed_is_not_what_it_concerns()
    {
        var signed = Extract("Trade resumed under the customs agreement signed by Chad and Niger in Niamey on Monday.");
        Assert.DoesNotContain(signed.Relationships, r => r.Type == EdgeTypes.Concerns.Name);
        Assert.True(signed.Has(EdgeTypes.PartyTo, "Niger", "Chad–Niger customs agreement"), signed.Facts());
        var purpose = Extract("Chad and Niger signed an agreement on Monday to resume joint patrols in the Kharab sub-district.");
        Assert.Contains(purpose.Relationships, r => r.Type == EdgeTypes.Concerns.Name);
    }
}
