using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>Anaphora as news uses it, read as mentions of what it refers to so every relation rule sees the entity.</summary>
public sealed class AnaphoraTests
{
    private static ArticleGraph Extract(string body) => TestArticles.Extract("Headline\n\n" + body + "\n");

    [Fact]
    public void He_and_the_group_in_a_later_sentence_are_the_person_and_the_body_named_before()
    {
        var graph = Extract("Army spokesman Nabil Abdallah spoke after the Blue Nile Front shelled a clinic in Kurmuk. He blamed the group for the deaths.");
        Assert.True(graph.Has(EdgeTypes.Accused, "Nabil Abdallah", "Blue Nile Front"), graph.Facts());
    }

    [Fact]
    public void A_pronoun_with_no_person_before_it_names_nobody()
    {
        var graph = Extract("The Blue Nile Front shelled a clinic in Kurmuk. He blamed the group for the deaths.");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Accused.Name);
        Assert.DoesNotContain(graph.Entities, e => e.Label == NodeLabels.Person);
    }

    [Fact]
    public void His_talks_with_are_the_talks_of_the_person_the_sentence_names()
    {
        var graph = Extract("Chilean President Rafael Soto said on Monday that his talks with Peru's leader, Diego Rojas, were frank.");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Rafael Soto", "Diego Rojas"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.MetWith, "Rafael Soto", "Peru"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Diego Rojas", "Peru"), graph.Facts());
    }

    [Fact]
    public void His_before_a_counterpart_names_no_one_and_the_counterpart_apposition_is_the_person_met()
    {
        var graph = Extract("Greek Defence Minister Nikos Pappas met his Cypriot counterpart, Andreas Christou, in Larnaca.");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Nikos Pappas", "Andreas Christou"), graph.Facts());
        Assert.DoesNotContain(graph.Find(NodeLabels.Person, "Andreas Christou")!.Aliases, a => a.Contains("counterpart", StringComparison.Ordinal));
    }

    [Fact]
    public void The_two_ministers_are_the_two_persons_just_named()
    {
        var graph = Extract("Greek Foreign Minister Nikos Pappas met Cypriot Foreign Minister Andreas Christou in Athens. "
            + "The two ministers later signed the Aegean Fisheries Accord.");
        Assert.True(graph.Has(EdgeTypes.Signed, "Nikos Pappas", FisheriesAccord(graph)), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Signed, "Andreas Christou", FisheriesAccord(graph)), graph.Facts());
    }

    private static string FisheriesAccord(ArticleGraph graph) => graph.Entities.First(e => e.Label == NodeLabels.Agreement).Name;

    [Fact]
    public void Both_countries_with_three_states_named_is_too_uncertain_to_use()
    {
        var graph = Extract("Greece, Cyprus and Egypt held talks in Cairo. Both countries later met Israeli officials.");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.MetWith.Name && r.SourceId.Contains("israel", StringComparison.Ordinal) && r.TargetId.Contains("greece", StringComparison.Ordinal));
    }

    [Fact]
    public void The_party_head_holds_a_role_in_the_party_named_before()
    {
        var graph = Extract("The Cedar Renewal Party said its rally was banned. The party head, Samir Haddad, called for calm.");
        Assert.True(graph.Has(EdgeTypes.HoldsRole, "Samir Haddad", "Cedar Renewal Party"), graph.Facts());
    }

    [Fact]
    public void The_group_of_a_name_is_no_anaphor()
    {
        var graph = Extract("The Blue Nile Front shelled Kurmuk. Ministers of the Group of Seven met in Rome.");
        Assert.DoesNotContain(graph.Entities, e => e.AllNames.Any(n => n.Contains("Group of Seven", StringComparison.Ordinal)) && e.Name == "Blue Nile Front");
    }

    [Fact]
    public void The_minister_is_the_person_last_named_with_that_title()
    {
        var graph = Extract("Interior Minister Leila Haddad toured the crossing. Later the minister met the governor, Sami Nasr, in Tripoli.");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Leila Haddad", "Sami Nasr"), graph.Facts());
    }

    [Fact]
    public void Its_signatories_signed_the_agreement_named_before()
    {
        var graph = Extract("Ghana and Togo concluded the Volta Basin Water Treaty on Friday. "
            + "Its signatories, Ghanaian Foreign Minister Kwame Mensah and Togolese Foreign Minister Kofi Agbo, had met in Lome a week before.");
        Assert.True(graph.Has(EdgeTypes.Signed, "Kwame Mensah", "Volta Basin Water Treaty"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Signed, "Kofi Agbo", "Volta Basin Water Treaty"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.PartyTo, "Ghana", "Volta Basin Water Treaty"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.Signed, "Ghana", "Volta Basin Water Treaty"), graph.Facts());
    }

    [Theory]
    [InlineData("The treaty's signatories")]
    [InlineData("The pact’s two signatories")]
    [InlineData("Its three signatories")]
    [InlineData("The two signatories")]
    public void Signatories_of_the_accord_named_before_signed_it(string phrase)
    {
        var graph = Extract("Ghana and Togo ratified the Volta Basin Water Treaty on Friday. "
            + phrase + ", Ghanaian Foreign Minister Kwame Mensah and Togolese Foreign Minister Kofi Agbo, held talks in Lome a week later.");
        Assert.True(graph.Has(EdgeTypes.Signed, "Kwame Mensah", "Volta Basin Water Treaty"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Signed, "Kofi Agbo", "Volta Basin Water Treaty"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.MetWith, "Kwame Mensah", "Kofi Agbo"), graph.Facts());
    }

    [Fact]
    public void Signatories_of_something_else_or_with_no_accord_before_signed_nothing()
    {
        var letter = Extract("Ghana and Togo ratified the Volta Basin Water Treaty on Friday. "
            + "The letter's signatories, Ghanaian Foreign Minister Kwame Mensah and Togolese Foreign Minister Kofi Agbo, held talks in Lome.");
        Assert.DoesNotContain(letter.Relationships, r => r.Type == EdgeTypes.Signed.Name);
        var none = Extract("The two signatories, Ghanaian Foreign Minister Kwame Mensah and Togolese Foreign Minister Kofi Agbo, held talks in Lome.");
        Assert.DoesNotContain(none.Relationships, r => r.Type == EdgeTypes.Signed.Name);
    }

    [Fact]
    public void Our_government_in_a_quotation_is_the_speakers_state()
    {
        var graph = Extract("“Our government cooperates with the African Union on every deportation,” Senegalese Interior Minister Awa Ndiaye said.");
        Assert.True(graph.Has(EdgeTypes.CooperatesWith, "Senegal", "African Union"), graph.Facts());
    }

    [Fact]
    public void Officials_from_a_state_act_for_it_and_a_led_delegation_for_its_leader()
    {
        var graph = Extract("Officials from Ghana met a Togolese delegation led by Trade Minister Kofi Agbo in Accra.");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Ghana", "Kofi Agbo"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.MetWith, "Ghana", "Togo"), graph.Facts());
    }

    [Fact]
    public void Anaphors_never_become_aliases()
    {
        var graph = Extract("Interior Minister Leila Haddad toured the crossing. She said the minister would return.");
        Assert.Equal(["Leila Haddad"], graph.Find(NodeLabels.Person, "Leila Haddad")!.AllNames);
    }
}
