using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Argument paths of the relation rules over the dependency tree, each on sentences of its own: co-subjects
/// ("along with", "accompanied by"), phrases hung on a verb's particle or object, what a holder's by-phrase names,
/// the by-phrase of a nominal signing, a reported clause read as object and bare verb, and an allegation's content;
/// with what must not be found (planned events, other participles, the content of an accusation).
/// </summary>
public sealed class RelationConstructionTests
{
    [Fact]
    public void Along_with_makes_a_co_subject()
    {
        var graph = TestArticles.ExtractBody("Bahraini Foreign Minister Abdullatif al-Zayani, along with Interior Minister Rashid al-Khalifa, held talks with a Saudi delegation led by Faisal bin Farhan.");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Abdullatif al-Zayani", "Faisal bin Farhan"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.MetWith, "Rashid al-Khalifa", "Faisal bin Farhan"), graph.Facts());
    }

    [Fact]
    public void Accompanied_by_makes_a_co_subject_but_another_participle_does_not()
    {
        var graph = TestArticles.ExtractBody("Omani Foreign Minister Badr Albusaidi, accompanied by Defence Minister Shihab bin Tariq, met a Yemeni team headed by Salem bin Breik in Muscat.");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Badr Albusaidi", "Salem bin Breik"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.MetWith, "Shihab bin Tariq", "Salem bin Breik"), graph.Facts());

        var criticized = TestArticles.ExtractBody("Omani Foreign Minister Badr Albusaidi, criticized by Defence Minister Shihab bin Tariq, met a Yemeni team headed by Salem bin Breik in Muscat.");
        Assert.True(criticized.Has(EdgeTypes.MetWith, "Badr Albusaidi", "Salem bin Breik"), criticized.Facts());
        Assert.False(criticized.Has(EdgeTypes.MetWith, "Shihab bin Tariq", "Salem bin Breik"), criticized.Facts());
    }

    [Fact]
    public void A_with_phrase_hung_on_the_verbs_particle_is_its_partner()
    {
        var graph = TestArticles.ExtractBody("Lebanese Prime Minister Nawaf Salam sat down with French envoy Jean-Yves Le Drian in Beirut on Monday.");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Nawaf Salam", "Jean-Yves Le Drian"), graph.Facts());

        var planned = TestArticles.ExtractBody("Lebanese Prime Minister Nawaf Salam will sit down with French envoy Jean-Yves Le Drian in Beirut next week.");
        Assert.False(planned.Has(EdgeTypes.MetWith, "Nawaf Salam", "Jean-Yves Le Drian"), planned.Facts());
    }

    [Fact]
    public void A_target_phrase_hung_on_the_weapon_and_what_a_holder_holds_name_the_attacked()
    {
        var graph = TestArticles.ExtractBody("Iran launched drones at compounds run by the Kurdistan Freedom Party near Koya.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Iran", "Kurdistan Freedom Party"), graph.Facts());

        var pounded = TestArticles.ExtractBody("Turkish drones pounded hamlets controlled by Hayat Tahrir al-Sham near Afrin.");
        Assert.True(pounded.Has(EdgeTypes.Attacked, "Turkey", "Hayat Tahrir al-Sham"), pounded.Facts());
    }

    [Fact]
    public void Nouns_described_otherwise_or_planned_strikes_name_no_target()
    {
        var visited = TestArticles.ExtractBody("Syrian troops shelled hamlets visited by Turkish monitors near Idlib.");
        Assert.False(visited.Has(EdgeTypes.Attacked, "Syria", "Turkey"), visited.Facts());

        var planned = TestArticles.ExtractBody("Turkey plans to pound villages controlled by the Kurdistan Freedom Party near Koya.");
        Assert.DoesNotContain(planned.Relationships, r => r.Type == EdgeTypes.Attacked.Name);
    }

    [Fact]
    public void A_phrase_on_the_weapon_counts_only_with_the_rows_preposition()
    {
        var graph = TestArticles.ExtractBody("Israel launched rockets from bases run by Hezbollah in southern Lebanon.");
        Assert.False(graph.Has(EdgeTypes.Attacked, "Israel", "Hezbollah"), graph.Facts());
    }

    [Fact]
    public void The_signing_by_its_signatories_of_an_accord_is_their_signature_not_a_witness()
    {
        var graph = TestArticles.ExtractBody("Qatar hosted the signing by Sudanese Finance Minister Jibril Ibrahim and Chadian Finance Minister Tahir Hamid of a fuel supply agreement, which Emir Tamim bin Hamad attended.");
        var signed = graph.Relationships.Where(r => r.Type == EdgeTypes.Signed.Name).ToList();
        Assert.True(graph.Find(NodeLabels.Person, "Jibril Ibrahim") is { } jibril && signed.Any(r => r.SourceId == jibril.Id), graph.Facts());
        Assert.True(graph.Find(NodeLabels.Person, "Tahir Hamid") is { } tahir && signed.Any(r => r.SourceId == tahir.Id), graph.Facts());
        Assert.False(graph.Find(NodeLabels.Person, "Tamim bin Hamad") is { } tamim && signed.Any(r => r.SourceId == tamim.Id), graph.Facts());
    }

    [Fact]
    public void A_reported_clause_read_as_object_and_bare_verb_keeps_its_subject_and_speaker()
    {
        var graph = TestArticles.ExtractBody("Iraq says the Iranian drones over Sulaimani violate its airspace.");
        Assert.True(graph.Has(EdgeTypes.Accused, "Iraq", "Iran"), graph.Facts());

        var respect = TestArticles.ExtractBody("Iraq says the Iranian drones over Sulaimani respect the line.");
        Assert.DoesNotContain(respect.Relationships, r => r.Type == EdgeTypes.Accused.Name);
    }

    [Fact]
    public void Working_with_a_partner_is_cooperation_unless_it_is_what_someone_is_accused_of()
    {
        var graph = TestArticles.ExtractBody("“We are working with the World Health Organization on every case,” Iraqi Health Minister Saleh al-Hasnawi said.");
        Assert.True(graph.Has(EdgeTypes.CooperatesWith, "Iraq", "World Health Organization"), graph.Facts());

        var accused = TestArticles.ExtractBody("Turkey accused Sweden of working with the PKK.");
        Assert.True(accused.Has(EdgeTypes.Accused, "Turkey", "Sweden"), accused.Facts());
        Assert.DoesNotContain(accused.Relationships, r => r.Type == EdgeTypes.CooperatesWith.Name);

        var serving = TestArticles.ExtractBody("Jordan’s interior ministry said the smugglers detained by its police were Syrian nationals working for Hezbollah.");
        Assert.DoesNotContain(serving.Relationships, r => r.Type == EdgeTypes.CooperatesWith.Name);
    }

    [Fact]
    public void Claiming_responsibility_for_an_attack_makes_the_claimant_its_agent_denying_it_does_not()
    {
        var graph = TestArticles.ExtractBody("Hamas claimed responsibility for a rocket attack on Israel on Friday.");
        Assert.True(graph.Has(EdgeTypes.Attacked, "Hamas", "Israel"), graph.Facts());

        var denied = TestArticles.ExtractBody("Hamas denied responsibility for the rocket attack on Israel on Friday.");
        Assert.False(denied.Has(EdgeTypes.Attacked, "Hamas", "Israel"), denied.Facts());
    }

    [Fact]
    public void The_movement_and_the_terror_group_stand_for_the_body_named_before_never_a_ministry()
    {
        var graph = TestArticles.ExtractBody("After Hamas fired rockets at Ashkelon, Israeli Prime Minister Benjamin Netanyahu convened his cabinet. He blamed the movement for the escalation.");
        Assert.True(graph.Has(EdgeTypes.Accused, "Benjamin Netanyahu", "Hamas"), graph.Facts());

        var international = TestArticles.ExtractBody("After Hamas detained two UN observers near Rafah, Israeli Prime Minister Benjamin Netanyahu convened his cabinet. He blamed the movement for the escalation.");
        Assert.True(international.Has(EdgeTypes.Accused, "Benjamin Netanyahu", "Hamas"), international.Facts());
        Assert.False(international.Has(EdgeTypes.Accused, "Benjamin Netanyahu", "United Nations"), international.Facts());

        var claimed = TestArticles.ExtractBody("ISIS fighters were seen near Tikrit on Monday. The terror group later claimed responsibility for an attack on the Peshmerga in Kirkuk.");
        Assert.True(claimed.Has(EdgeTypes.Attacked, "ISIS", "Peshmerga"), claimed.Facts());

        var ministry = TestArticles.ExtractBody("The Iraqi Interior Ministry reported the arrests on Monday. Prime Minister Ali Allawi blamed the movement for the unrest.");
        Assert.DoesNotContain(ministry.Relationships, r => r.Type == EdgeTypes.Accused.Name);
    }

    [Theory]
    [InlineData("Jordan decried the Israeli raids on Jenin.", "Jordan", "Israel")]
    [InlineData("Ethiopia slammed Egypt over the dam talks.", "Ethiopia", "Egypt")]
    [InlineData("Egypt was slammed by Ethiopia over the dam talks.", "Ethiopia", "Egypt")]
    [InlineData("Iraq faulted Turkey for the water shortage.", "Iraq", "Turkey")]
    public void Verbs_of_censure_accuse_their_object_or_the_agent_of_the_event_they_censure(string sentence, string accuser, string accused)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.True(graph.Has(EdgeTypes.Accused, accuser, accused), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.Accused, accused, accuser), graph.Facts());
    }

    [Theory]
    [InlineData("Jordan is expected to decry the Israeli raids on Jenin.")]
    [InlineData("Iraq faulted the weather for the water shortage.")]
    public void Planned_censure_or_censure_of_no_actor_accuses_no_one(string sentence)
    {
        var graph = TestArticles.ExtractBody(sentence);
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.Accused.Name);
    }

    [Fact]
    public void Assassinations_advances_on_and_retaliation_against_an_actor_are_attacks()
    {
        Assert.True(TestArticles.ExtractBody("Israel has assassinated Hamas leader Ismail Haniyeh in Tehran.") is var killed && killed.Has(EdgeTypes.Attacked, "Israel", "Ismail Haniyeh"), killed.Facts());
        Assert.True(TestArticles.ExtractBody("The assassination of Hamas leader Ismail Haniyeh by Israel shocked the region.") is var noun && noun.Has(EdgeTypes.Attacked, "Israel", "Ismail Haniyeh"), noun.Facts());
        Assert.True(TestArticles.ExtractBody("Israel retaliated against Hezbollah on Sunday.") is var retaliated && retaliated.Has(EdgeTypes.Attacked, "Israel", "Hezbollah"), retaliated.Facts());

        Assert.DoesNotContain(TestArticles.ExtractBody("Israel vowed to retaliate against Hezbollah.").Relationships, r => r.Type == EdgeTypes.Attacked.Name);
        Assert.DoesNotContain(TestArticles.ExtractBody("Syrian government forces advanced on Monday.").Relationships, r => r.Type == EdgeTypes.Attacked.Name);
    }

    [Fact]
    public void A_war_between_two_states_is_fighting_unless_it_is_hypothetical()
    {
        var graph = TestArticles.ExtractBody("The war between Armenia and Azerbaijan ended in 2020.");
        Assert.True(graph.Has(EdgeTypes.Fought, "Armenia", "Azerbaijan"), graph.Facts());

        var hypothetical = TestArticles.ExtractBody("A war between Iran and Israel would be catastrophic.");
        Assert.DoesNotContain(hypothetical.Relationships, r => r.Type == EdgeTypes.Fought.Name);
    }

    [Fact]
    public void Teaming_up_or_allying_with_a_partner_is_cooperation_refusing_it_is_not()
    {
        var graph = TestArticles.ExtractBody("The Peshmerga teamed up with the Iraqi army against ISIS.");
        Assert.True(graph.Has(EdgeTypes.CooperatesWith, "Peshmerga", "Iraqi Armed Forces"), graph.Facts());
        Assert.True(TestArticles.ExtractBody("Syria allied with Russia in 2015.") is var allied && allied.Has(EdgeTypes.CooperatesWith, "Syria", "Russia"), allied.Facts());

        var refused = TestArticles.ExtractBody("The Peshmerga refused to team up with the Iraqi army.");
        Assert.DoesNotContain(refused.Relationships, r => r.Type == EdgeTypes.CooperatesWith.Name);
    }
}
