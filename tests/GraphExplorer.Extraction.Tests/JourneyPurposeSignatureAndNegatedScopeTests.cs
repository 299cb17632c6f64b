using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Diplomatic constructions, each on sentences of its own: a journey made to meet someone ("flew to X to hold talks
/// with Y"), the destination phrases of travel verbs ("flew into X"), signatures put to an agreement by coordinated
/// persons ("A and B put their signatures to X"), possessive meeting nouns in reported speech ("his consultations with
/// Y"), and a negated scope verb ("the deal does not cover X"); with the planned, negated and denied forms that state nothing.
/// </summary>
public sealed class JourneyPurposeSignatureAndNegatedScopeTests
{
    [Theory]
    [InlineData("Qatari envoy Mansour al-Khater flew to Tehran on Monday to hold talks with Iranian Foreign Minister Dariush Karimi.", "Mansour al-Khater", "Dariush Karimi", "Tehran")]
    [InlineData("Egypt's foreign minister, Omar Fathy, arrived in Baghdad to meet Prime Minister Jalal Rostam.", "Omar Fathy", "Jalal Rostam", "Baghdad")]
    [InlineData("Kuwaiti Interior Minister Fahad Sabah headed to Ankara to confer with his Turkish counterpart, Murat Keskin.", "Fahad Sabah", "Murat Keskin", "Ankara")]
    [InlineData("Talks opened on Sunday. Omani Foreign Minister Said al-Busaidi travelled to Amman on Saturday to meet Prime Minister Bisher Khasawneh.", "Said al-Busaidi", "Bisher Khasawneh", "Amman")]
    public void A_journey_made_to_meet_someone_states_the_visit_and_the_meeting(string text, string traveller, string host, string place)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.Has(EdgeTypes.MetWith, traveller, host), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Visited, traveller, place), graph.Facts());
    }

    [Theory]
    [InlineData("Omar Fathy plans to travel to Baghdad to meet Jalal Rostam.")]
    [InlineData("Omar Fathy did not travel to Baghdad to meet Jalal Rostam.")]
    [InlineData("Omar Fathy is expected to fly to Baghdad next week to meet Jalal Rostam.")]
    [InlineData("Omar Fathy telephoned the embassy in Baghdad to request a meeting with Jalal Rostam.")]
    public void A_planned_or_negated_journey_or_a_mere_request_states_no_meeting(string text)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.False(graph.Has(EdgeTypes.MetWith, "Omar Fathy", "Jalal Rostam"), graph.Facts());
    }

    [Fact]
    public void Flying_into_a_city_is_a_visit()
    {
        var graph = TestArticles.ExtractBody("Syrian Foreign Minister Faisal Mekdad, who flew into Amman late on Tuesday, sat down with Jordanian Foreign Minister Ayman Safadi.");
        Assert.True(graph.Has(EdgeTypes.Visited, "Faisal Mekdad", "Amman"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.MetWith, "Faisal Mekdad", "Ayman Safadi"), graph.Facts());

        var travelled = TestArticles.ExtractBody("Iraqi Foreign Minister Fuad Hussein travelled into Tehran by road on Monday.");
        Assert.True(travelled.Has(EdgeTypes.Visited, "Fuad Hussein", "Tehran"), travelled.Facts());
    }

    [Theory]
    [InlineData("Egyptian Minister Omar Fathy and Sudanese Minister Ali Karti put their signatures to the Nile Water Memorandum in Cairo.")]
    [InlineData("In Cairo, Egyptian Minister Omar Fathy and Sudanese Minister Ali Karti affixed their signatures to the Nile Water Memorandum on Monday.")]
    public void Coordinated_persons_who_put_their_signatures_to_an_agreement_signed_it(string text)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.Has(EdgeTypes.Signed, "Omar Fathy", "Nile Water Memorandum"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.Signed, "Ali Karti", "Nile Water Memorandum"), graph.Facts());
    }

    [Fact]
    public void A_witness_in_whose_presence_an_agreement_was_signed_did_not_sign_it_nor_did_a_refusal()
    {
        var graph = TestArticles.ExtractBody("Egyptian Minister Omar Fathy and Sudanese Minister Ali Karti put their signatures to the Nile Water Memorandum, in the presence of President Salva Kiir.");
        Assert.False(graph.Has(EdgeTypes.Signed, "Salva Kiir", "Nile Water Memorandum"), graph.Facts());

        var refused = TestArticles.ExtractBody("Egyptian Minister Omar Fathy and Sudanese Minister Ali Karti refused to put their signatures to the Nile Water Memorandum.");
        Assert.False(refused.Has(EdgeTypes.Signed, "Omar Fathy", "Nile Water Memorandum"), refused.Facts());
    }

    [Theory]
    [InlineData("Jordanian Foreign Minister Nasser Judeh told reporters that his conversation with Iraqi President Latif Rashid had been frank.", "Nasser Judeh", "Latif Rashid")]
    [InlineData("Iraqi Prime Minister Karim Jabbar told parliament on Sunday that his consultations with Turkey's president, Mehmet Oztürk, had produced no deal.", "Karim Jabbar", "Mehmet Oztürk")]
    [InlineData("Kuwait's emir, Sheikh Mishal al-Ahmad, said in a statement that his consultations with Saudi Crown Prince Mohammed bin Salman covered regional security.", "Mishal al-Ahmad", "Mohammed bin Salman")]
    public void A_possessive_meeting_noun_in_reported_speech_is_the_speakers_meeting(string text, string speaker, string other)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.Has(EdgeTypes.MetWith, speaker, other), graph.Facts());
    }

    [Fact]
    public void Consultations_that_are_only_planned_are_no_meeting()
    {
        var graph = TestArticles.ExtractBody("Iraqi Prime Minister Karim Jabbar said his consultations with Turkish President Mehmet Oztürk would begin next month.");
        Assert.False(graph.Has(EdgeTypes.MetWith, "Karim Jabbar", "Mehmet Oztürk"), graph.Facts());
    }

    [Fact]
    public void No_deal_produced_is_no_agreement_and_a_deal_that_does_not_cover_a_place_does_not_concern_it()
    {
        var graph = TestArticles.ExtractBody("Iraq and Turkey reached an agreement on Thursday to deploy joint patrols in Zakho. The deal does not cover Sinjar, officials said.");
        var agreement = graph.Entities.Single(e => e.Label == NodeLabels.Agreement);
        Assert.True(graph.Has(EdgeTypes.Concerns, agreement.Name, "Zakho"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.Concerns, agreement.Name, "Sinjar"), graph.Facts());

        var never = TestArticles.ExtractBody("Iraq and Turkey reached an agreement on Thursday to deploy joint patrols in Zakho. The accord never covered Sinjar, the ministry said.");
        Assert.False(never.Has(EdgeTypes.Concerns, never.Entities.Single(e => e.Label == NodeLabels.Agreement).Name, "Sinjar"), never.Facts());

        var none = TestArticles.ExtractBody("Iraqi Prime Minister Karim Jabbar said on Sunday that his talks with Turkish President Mehmet Oztürk had produced no deal.");
        Assert.DoesNotContain(none.Relationships, r => r.Type == EdgeTypes.PartyTo.Name);
    }
}
