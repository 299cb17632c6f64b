using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>Rules added in the third generalization round: noun-phrase attacks, title chains, branches, signing in a place.</summary>
public sealed class RoundThreeTests
{
    private static ArticleGraph Extract(string body) =>
        TestArticles.Extract($"• Thursday, 14 March 2024\n\nHeadline\n\n{body}\n");

    [Fact]
    public void Neutralized_is_an_attack()
    {
        var graph = Extract("The Peshmerga neutralized five ISIS militants near Kirkuk on Monday.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Peshmerga", "ISIS"), graph.Facts());
    }

    [Fact]
    public void Positions_of_several_groups_are_all_attacked()
    {
        var graph = Extract("The Israel Defense Forces struck positions of Kataib Hezbollah and Harakat Hezbollah al-Nujaba near Albu Kamal.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Israel Defense Forces", "Kataib Hezbollah"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Attacked, "Israel Defense Forces", "Harakat Hezbollah al-Nujaba"), graph.Facts());
    }

    [Fact]
    public void An_attack_by_a_group_that_killed_soldiers_of_a_state_attacks_the_state_forces_not_from_the_place()
    {
        // "American soldiers" is read as the state's armed forces wherever it stands (as "Turkish soldiers" is in the
        // reference annotation): the attack's victims, reached through the relative clause the parser hung on "camp"
        var graph = Extract("Washington blamed the rocket attack by Harakat Hezbollah al-Nujaba on a camp in Kuwait that killed two American soldiers.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Harakat Hezbollah al-Nujaba", "United States Armed Forces"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.Attacked, "Harakat Hezbollah al-Nujaba", "Kuwait"), graph.Facts());
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Attacked.Name && r.SourceId == graph.Find(NodeLabels.Country, "Kuwait")?.Id);
    }

    [Fact]
    public void Strikes_in_two_countries_against_a_possessed_force_attack_the_force_not_its_owner()
    {
        var graph = Extract("The Israel Defense Forces conducted airstrikes in Syria and Lebanon against Iran's Quds Force on Sunday.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Israel Defense Forces", "Quds Force"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.Attacked, "Israel Defense Forces", "Iran"), graph.Facts());
    }

    [Fact]
    public void A_drone_strike_named_by_a_state_adjective_is_that_state_attacking()
    {
        var graph = Extract("A Turkish drone strike killed two PKK members near Sinjar on Tuesday.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Turkey", "PKK"), graph.Facts());
    }

    [Fact]
    public void A_spokesman_with_a_rank_speaks_for_the_ministry_the_article_names()
    {
        var graph = Extract("The Iraqi Ministry of Defense announced new deployments. Defense ministry spokesman Major General Tahsin al-Khafaji said the brigades reached Qaim.");
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Tahsin al-Khafaji", "Iraqi Ministry of Defense"), graph.Facts());
        Assert.Single(graph.Relationships, r => r.Type == EdgeTypes.HoldsRole.Name);
    }

    [Fact]
    public void A_rank_gives_way_to_the_command_named_in_apposition()
    {
        var graph = Extract("Major General Karim Sadiq, commander of the PMF Security Directorate, said the cell was dismantled.");
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Karim Sadiq", "PMF Security Directorate"), graph.Facts());
        Assert.Single(graph.Relationships, r => r.Type == EdgeTypes.HoldsRole.Name);
    }

    [Fact]
    public void A_ministry_of_two_portfolios_is_one_body_and_no_person()
    {
        var graph = Extract("The Ministry of Culture and Tourism reopened the museum in Mosul.");
        Assert.NotNull(graph.Find(NodeLabels.Organization, "Ministry of Culture and Tourism"));
        Assert.DoesNotContain(graph.Entities, e => e.Label == NodeLabels.Person);
    }

    [Fact]
    public void The_head_of_a_department_of_a_party_holds_it_and_is_the_visitor()
    {
        var graph = Extract("Ali Hussein Rasul, head of the KDP's Department of Elections, visited Amman on Monday.");
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Ali Hussein Rasul", "Department of Elections"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Visited, "Ali Hussein Rasul", "Amman"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.Visited, "Kurdistan Democratic Party", "Amman"), graph.Facts());
    }

    [Fact]
    public void Ministers_of_a_portfolio_sign_in_a_place_by_name()
    {
        var graph = Extract("Jordan and Iraq signed a water protocol on Sunday. The protocol was signed in Amman by Jordanian Minister of Water Resources Ali Khalid and Iraqi Minister of Water Resources Hussein Diab.");
        var agreement = graph.Entities.Single(e => e.Label == NodeLabels.Agreement).Name;
        Assert.True(graph.Has(EdgeTypes.Signed, "Ali Khalid", agreement), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Signed, "Hussein Diab", agreement), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Ali Khalid", "Jordan"), graph.Facts());
        Assert.Equal("Minister of Water Resources", graph.Relation(EdgeTypes.HoldsRole, "Hussein Diab", "Iraq")?.Title);
    }

    [Fact]
    public void Parties_joined_across_an_acronym_sign_and_the_accord_covers_a_region()
    {
        var graph = Extract("The Kurdistan Democratic Party (KDP) and the Patriotic Union of Kurdistan signed an agreement on Sunday. The agreement covers the sharing of posts in Sulaimani.");
        var agreement = graph.Entities.Single(e => e.Label == NodeLabels.Agreement).Name;
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Kurdistan Democratic Party", agreement), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Patriotic Union of Kurdistan", agreement), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Concerns, agreement, "Sulaimani"), graph.Facts());
    }

    [Fact]
    public void An_accord_on_returns_from_a_camp_concerns_the_camp()
    {
        var graph = Extract("Jordan and Syria signed a memorandum of understanding to organise the return of Syrian refugees from Zaatari camp.");
        Assert.True(graph.Has(EdgeTypes.Concerns, "Jordan–Syria memorandum of understanding", "Zaatari camp"), graph.Facts());
    }
}
