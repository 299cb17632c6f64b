using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Who acts and who is hit, through the modifiers news puts around them: a state hyphened to "backed" or "led" names a
/// backer, never a party to the clause; a state adjective before a compound event noun is its agent; the target of a
/// weapon fired at a place is whoever the place's participle names. Sentences of our own, end to end.
/// </summary>
public sealed class ModifierAndTargetTests
{
    [Fact]
    public void A_state_hyphened_to_backed_is_the_backer_and_no_agent_of_the_clause()
    {
        var graph = TestArticles.ExtractBody("In 2019, Turkish troops and Iranian-backed fighters of the Popular Mobilization Forces displaced the Peshmerga from Sinjar.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Turkish Armed Forces", "Peshmerga"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Attacked, "Popular Mobilization Forces", "Peshmerga"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.BackedBy, "Popular Mobilization Forces", "Iran"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.Attacked, "Iran", "Peshmerga"), graph.Facts());
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.CooperatesWith.Name && graph.Find(NodeLabels.Country, "Iran") is { } iran
            && (r.SourceId == iran.Id || r.TargetId == iran.Id));
    }

    [Fact]
    public void A_state_hyphened_to_backed_read_into_a_clausal_subject_is_still_only_the_backer()
    {
        var graph = TestArticles.ExtractBody("Last week, Syrian troops and Russian-backed militias of the Wagner Group displaced the villagers from Manbij.");
        Assert.True(graph.Has(EdgeTypes.BackedBy, "Wagner Group", "Russia"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.BackedBy, "Wagner Group", "Syrian Arab Army"), graph.Facts());
        Assert.DoesNotContain(graph.Relationships, r => graph.Find(NodeLabels.Country, "Russia") is { } russia && r.SourceId == russia.Id);
    }

    [Fact]
    public void A_state_adjective_before_a_compound_event_noun_is_its_agent()
    {
        var graph = TestArticles.ExtractBody("Border villages in Ladakh came under Chinese air strikes against Indian positions on Friday.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "China", "India"), graph.Facts());
    }

    [Fact]
    public void The_target_of_rockets_fired_at_camps_is_whoever_controls_the_camps()
    {
        var graph = TestArticles.ExtractBody("The Chadian army fired rockets at camps controlled by the Northern Liberation Front on Sunday.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Chadian Armed Forces", "Northern Liberation Front"), graph.Facts());
    }

    [Fact]
    public void A_headline_naming_a_state_before_its_command_states_no_cooperation()
    {
        var graph = TestArticles.Extract("• Thursday, 14 March 2024\n\nU.S. CENTCOM Conducts Strikes in Yemen and Somalia\n\nThe strikes hit depots near the coast.\n");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.CooperatesWith.Name);
    }
}
