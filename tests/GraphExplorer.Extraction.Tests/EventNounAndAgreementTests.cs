using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Event nouns, agreements and parties acting together, each construction tested on sentences of its own in several
/// wordings (headline and body, other trigger words of the class, other positions), with the facts that must not be found.
/// </summary>
public sealed class EventNounAndAgreementTests
{
    private static ArticleGraph Headline(string headline, string body) => TestArticles.Extract($"{headline}\n\n{body}\n");

    /// <summary>True when the named entity is the source of an edge of the type to some agreement.</summary>
    private static bool ToSomeAgreement(ArticleGraph graph, EdgeType type, string label, string name)
    {
        var source = graph.Find(label, name);
        var agreements = graph.Entities.Where(e => e.Label == NodeLabels.Agreement).Select(e => e.Id).ToHashSet();
        return source is not null && graph.Relationships.Any(r => r.Type == type.Name && r.SourceId == source.Id && agreements.Contains(r.TargetId));
    }

    private static bool PartyTo(ArticleGraph graph, string state) => ToSomeAgreement(graph, EdgeTypes.PartyTo, NodeLabels.Country, state);

    private static bool Signed(ArticleGraph graph, string person) => ToSomeAgreement(graph, EdgeTypes.Signed, NodeLabels.Person, person);

    [Theory]
    [InlineData("Turkey, Iraq Strike Water Sharing Accord", "Turkey", "Iraq")]
    [InlineData("Egypt, Sudan Adopt Nile Water Protocol", "Egypt", "Sudan")]
    [InlineData("Qatar, Turkey Clinch Defence Pact", "Qatar", "Turkey")]
    [InlineData("Iraq, Iran Forge Security Pact", "Iraq", "Iran")]
    [InlineData("Jordan, Iraq Renew Trade Agreement", "Jordan", "Iraq")]
    [InlineData("Baghdad, Ankara Seal Water Deal", "Iraq", "Turkey")]
    public void A_title_case_headline_with_comma_joined_parties_and_any_concluding_verb_names_the_parties(string headline, string first, string second)
    {
        var graph = Headline(headline, "Officials said the agreement takes effect next month.");
        Assert.True(PartyTo(graph, first), graph.Facts());
        Assert.True(PartyTo(graph, second), graph.Facts());
        Assert.DoesNotContain(graph.Entities, e => e.Label == NodeLabels.Agreement && e.Name.Contains(first, StringComparison.OrdinalIgnoreCase) && e.Name.Contains(headline.Split(' ')[2], StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Iraq, Turkey to Sign Water Deal")]
    [InlineData("Iraq, Turkey Fail to Agree Water Deal")]
    [InlineData("Iraq, Turkey Discuss Possible Border Pact")]
    public void A_headline_accord_that_is_planned_failed_or_discussed_has_no_parties(string headline)
    {
        var graph = Headline(headline, "Officials said talks continue.");
        Assert.False(PartyTo(graph, "Iraq"), graph.Facts());
        Assert.False(PartyTo(graph, "Turkey"), graph.Facts());
    }

    [Fact]
    public void A_signing_or_signature_by_two_ministers_signs_whatever_date_or_place_stands_before_it()
    {
        var dated = TestArticles.ExtractBody("Saturday's signing of the Basra Pipeline Agreement by Iraqi Oil Minister Hayan Abdul Ghani and Jordanian Energy Minister Saleh Kharabsheh ended years of talks.");
        Assert.True(Signed(dated, "Hayan Abdul Ghani"), dated.Facts());
        Assert.True(Signed(dated, "Saleh Kharabsheh"), dated.Facts());

        var signature = TestArticles.ExtractBody("The signature of a fisheries memorandum by Kuwaiti Foreign Minister Abdullah al-Yahya and Iraqi Foreign Minister Fuad Hussein was broadcast live.");
        Assert.True(Signed(signature, "Abdullah al-Yahya"), signature.Facts());
        Assert.True(Signed(signature, "Fuad Hussein"), signature.Facts());

        var witnessed = TestArticles.ExtractBody("The ceremony marked the signing of the Halabja Water Accord by Iraqi Water Minister Aoun Dhiab and Iranian Energy Minister Abbas Aliabadi.");
        Assert.True(Signed(witnessed, "Aoun Dhiab"), witnessed.Facts());
        Assert.True(Signed(witnessed, "Abbas Aliabadi"), witnessed.Facts());
    }

    [Fact]
    public void A_planned_signing_signs_nothing()
    {
        var graph = TestArticles.ExtractBody("The planned signing of a border pact by Iraqi Interior Minister Abdul Amir Shammari and Syrian Interior Minister Anas Khattab was postponed.");
        Assert.False(Signed(graph, "Abdul Amir Shammari"), graph.Facts());
        Assert.False(Signed(graph, "Anas Khattab"), graph.Facts());
    }

    [Fact]
    public void Signatories_named_after_a_dash_or_an_of_phrase_sign_the_accord_named_before()
    {
        var of = TestArticles.ExtractBody("Jordan and Syria concluded the Nasib Crossing Accord on Sunday. The pact's two signatories, Jordanian Interior Minister Mazen Faraya and Syrian Interior Minister Anas Khattab, met again in Amman.");
        Assert.True(of.Has(EdgeTypes.Signed, "Mazen Faraya", "Nasib Crossing Accord"), of.Facts());
        Assert.True(of.Has(EdgeTypes.MetWith, "Mazen Faraya", "Anas Khattab"), of.Facts());

        var possessive = TestArticles.ExtractBody("Iraq and Kuwait ratified the Khor Abdullah Navigation Agreement on Monday. The agreement's signatories, Iraqi Transport Minister Razzaq al-Saadawi and Kuwaiti Foreign Minister Abdullah al-Yahya, had met in Kuwait City in March.");
        Assert.True(possessive.Has(EdgeTypes.Signed, "Razzaq al-Saadawi", "Khor Abdullah Navigation Agreement"), possessive.Facts());
        Assert.True(possessive.Has(EdgeTypes.PartyTo, "Kuwait", "Khor Abdullah Navigation Agreement"), possessive.Facts());
    }

    [Fact]
    public void A_delegation_set_off_by_commas_chaired_or_under_the_leadership_of_someone_is_its_leader()
    {
        var comma = TestArticles.ExtractBody("A Kuwaiti delegation, led by Foreign Minister Abdullah al-Yahya, met Iraqi officials in Baghdad on Sunday.");
        Assert.True(comma.Has(EdgeTypes.MetWith, "Abdullah al-Yahya", "Iraq"), comma.Facts());

        var chaired = TestArticles.ExtractBody("Jordanian officials received an Iraqi delegation chaired by Deputy Prime Minister Fuad Hussein.");
        Assert.True(chaired.Has(EdgeTypes.MetWith, "Jordan", "Fuad Hussein"), chaired.Facts());
        Assert.False(chaired.Has(EdgeTypes.MetWith, "Jordan", "Iraq"), chaired.Facts());

        var under = TestArticles.ExtractBody("Omani diplomats hosted an Iranian delegation under the leadership of Foreign Minister Abbas Araghchi.");
        Assert.True(under.Has(EdgeTypes.MetWith, "Oman", "Abbas Araghchi"), under.Facts());
    }

    [Fact]
    public void A_delegation_that_will_meet_meets_no_one()
    {
        var graph = TestArticles.ExtractBody("A delegation led by Syrian Foreign Minister Asaad al-Shaibani will meet Lebanese officials next week.");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.MetWith.Name);
    }

    [Fact]
    public void A_fronted_together_with_or_joined_by_phrase_adds_a_co_subject()
    {
        var together = TestArticles.ExtractBody("Together with Defence Minister Yasar Guler, Foreign Minister Hakan Fidan held talks with an Iraqi team led by Fuad Hussein.");
        Assert.True(together.Has(EdgeTypes.MetWith, "Yasar Guler", "Fuad Hussein"), together.Facts());
        Assert.True(together.Has(EdgeTypes.MetWith, "Hakan Fidan", "Fuad Hussein"), together.Facts());

        var joined = TestArticles.ExtractBody("Joined by army chief Selcuk Bayraktaroglu, Defence Minister Yasar Guler conferred with an Iraqi panel led by Thabit al-Abbasi.");
        Assert.True(joined.Has(EdgeTypes.MetWith, "Selcuk Bayraktaroglu", "Thabit al-Abbasi"), joined.Facts());
        Assert.True(joined.Has(EdgeTypes.MetWith, "Yasar Guler", "Thabit al-Abbasi"), joined.Facts());
    }

    [Fact]
    public void Two_demonyms_sharing_a_forces_noun_fight_as_their_two_states()
    {
        var subject = TestArticles.ExtractBody("Iranian and Iraqi troops fought a brief battle at the border on Monday.");
        Assert.True(subject.Has(EdgeTypes.Fought, "Iran", "Iraq"), subject.Facts());

        var nominal = TestArticles.ExtractBody("A skirmish between Iraqi and Syrian border guards killed one soldier.");
        Assert.True(nominal.Has(EdgeTypes.Fought, "Iraq", "Syria"), nominal.Facts());
    }

    [Fact]
    public void A_firefight_or_a_shootout_between_two_sides_is_a_fight_but_a_feared_clash_is_not()
    {
        var firefight = TestArticles.ExtractBody("A firefight between Turkish soldiers and PKK militants killed two near Duhok.");
        Assert.Contains(firefight.Relationships, r => r.Type == EdgeTypes.Fought.Name);

        var shootout = TestArticles.ExtractBody("Police said a shootout between the PKK and Turkish gendarmes lasted an hour.");
        Assert.Contains(shootout.Relationships, r => r.Type == EdgeTypes.Fought.Name);

        var feared = TestArticles.ExtractBody("Officials warned that clashes between Iraqi and Turkish forces could erupt.");
        Assert.DoesNotContain(feared.Relationships, r => r.Type == EdgeTypes.Fought.Name);

        var prevented = TestArticles.ExtractBody("The talks aim to prevent skirmishes between Armenian and Azerbaijani troops.");
        Assert.DoesNotContain(prevented.Relationships, r => r.Type == EdgeTypes.Fought.Name);
    }

    [Fact]
    public void An_accord_whose_topics_follow_covering_keeps_the_list_in_its_name()
    {
        var graph = TestArticles.ExtractBody("An agreement covering trade, tourism and transport was concluded by Turkey and Azerbaijan.");
        Assert.Contains(graph.Entities, e => e.Label == NodeLabels.Agreement && e.AllNames.Any(n => n.Contains("trade, tourism and transport", StringComparison.Ordinal)));
        Assert.True(PartyTo(graph, "Turkey"), graph.Facts());
        Assert.True(PartyTo(graph, "Azerbaijan"), graph.Facts());
    }

    [Fact]
    public void Reaching_or_striking_an_accord_after_an_interposed_phrase_makes_both_parties()
    {
        var after = TestArticles.ExtractBody("Iraq and Turkey, after lengthy negotiations in Ankara, reached an agreement on water sharing.");
        Assert.True(PartyTo(after, "Iraq"), after.Facts());
        Assert.True(PartyTo(after, "Turkey"), after.Facts());

        var following = TestArticles.ExtractBody("Jordan and Syria, following two days of talks, struck a deal on border crossings.");
        Assert.True(PartyTo(following, "Jordan"), following.Facts());
        Assert.True(PartyTo(following, "Syria"), following.Facts());
    }
}
