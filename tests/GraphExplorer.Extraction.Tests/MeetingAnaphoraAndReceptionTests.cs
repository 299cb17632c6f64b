using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Tests;

/// <summary>
/// Diplomatic facts across sentences and in the passive, each on sentences of its own: a later definite mention of a
/// meeting ("also attended the meeting", "joined the talks", "the discussions were attended by") adds its new participant
/// to the meeting an earlier sentence stated; a guest received, hosted or welcomed in a place visited it (and met the host
/// the by-phrase names); a draft or unsigned accord has no parties. Planned, negated and other meetings add no one.
/// </summary>
public sealed class MeetingAnaphoraAndReceptionTests
{
    [Theory]
    [InlineData("Iraqi Foreign Minister Fuad Hussein met Turkish Foreign Minister Hakan Fidan in Ankara on Tuesday. Turkish intelligence chief Ibrahim Kalin also attended the meeting.", "Ibrahim Kalin", "Fuad Hussein", "Hakan Fidan")]
    [InlineData("Jordanian King Abdullah received Syrian President Ahmed al-Sharaa in Amman on Sunday. Jordanian Foreign Minister Ayman Safadi joined the talks later, the royal court said.", "Ayman Safadi", "Ahmed al-Sharaa", "Abdullah")]
    [InlineData("Iranian Foreign Minister Abbas Araghchi held talks with Omani Foreign Minister Badr Albusaidi in Muscat on Sunday. Qatari envoy Mohammed al-Khulaifi took part in the negotiations on Monday.", "Mohammed al-Khulaifi", "Abbas Araghchi", "Badr Albusaidi")]
    [InlineData("Kurdistan Region President Nechirvan Barzani met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad. The discussions were also attended by Interior Minister Abdul Amir al-Shammari, a statement said.", "Abdul Amir al-Shammari", "Nechirvan Barzani", "Mohammed Shia al-Sudani")]
    [InlineData("Syrian Defence Minister Murhaf Abu Qasra sat down with Turkish Defence Minister Yasar Guler on Monday, the ministry said. Water and border security topped the agenda. Turkish army chief Metin Gurak participated in the meeting, according to the statement.", "Metin Gurak", "Murhaf Abu Qasra", "Yasar Guler")]
    public void A_later_definite_mention_of_the_meeting_adds_its_new_participant(string text, string joiner, string first, string second)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.Has(EdgeTypes.MetWith, joiner, first), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.MetWith, joiner, second), graph.Facts());
    }

    [Theory]
    [InlineData("Iraqi Foreign Minister Fuad Hussein met Turkish Foreign Minister Hakan Fidan in Ankara on Tuesday. Turkish intelligence chief Ibrahim Kalin will attend the meeting.")]
    [InlineData("Iraqi Foreign Minister Fuad Hussein met Turkish Foreign Minister Hakan Fidan in Ankara on Tuesday. Turkish intelligence chief Ibrahim Kalin did not attend the meeting.")]
    [InlineData("Iraqi Foreign Minister Fuad Hussein met Turkish Foreign Minister Hakan Fidan in Ankara on Tuesday. Turkish intelligence chief Ibrahim Kalin attended a separate meeting in Baghdad.")]
    [InlineData("Iraqi Foreign Minister Fuad Hussein met Turkish Foreign Minister Hakan Fidan in Ankara on Tuesday. Turkish intelligence chief Ibrahim Kalin attended another meeting on Wednesday.")]
    [InlineData("Iraqi Foreign Minister Fuad Hussein met Turkish Foreign Minister Hakan Fidan in Ankara on Tuesday. Turkish intelligence chief Ibrahim Kalin is expected to join the talks next week.")]
    [InlineData("Iraqi Foreign Minister Fuad Hussein met Turkish Foreign Minister Hakan Fidan in Ankara on Tuesday. Turkish intelligence chief Ibrahim Kalin attended a meeting of the security council.")]
    public void A_planned_negated_or_other_meeting_adds_no_one(string text)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.Has(EdgeTypes.MetWith, "Fuad Hussein", "Hakan Fidan"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.MetWith, "Ibrahim Kalin", "Fuad Hussein"), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.MetWith, "Ibrahim Kalin", "Hakan Fidan"), graph.Facts());
    }

    [Fact]
    public void A_meeting_stated_long_before_is_not_the_one_a_late_mention_refers_to()
    {
        var graph = TestArticles.ExtractBody("Iraqi Foreign Minister Fuad Hussein met Turkish Foreign Minister Hakan Fidan in Ankara on Tuesday. "
            + "Turkey has struck PKK positions in northern Iraq for years. The PKK has bases in the Qandil mountains. "
            + "Ankara says the group threatens its security. Iraq has long objected to the operations. "
            + "Turkish intelligence chief Ibrahim Kalin attended the meeting of the national security council on Friday.");
        Assert.False(graph.Has(EdgeTypes.MetWith, "Ibrahim Kalin", "Fuad Hussein"), graph.Facts());
    }

    [Theory]
    [InlineData("Iraqi Foreign Minister Fuad Hussein was received in Tehran by Iranian President Masoud Pezeshkian on Sunday.", "Fuad Hussein", "Tehran", "Masoud Pezeshkian")]
    [InlineData("Syrian President Ahmed al-Sharaa, who was hosted in Riyadh by Saudi Crown Prince Mohammed bin Salman, discussed sanctions relief.", "Ahmed al-Sharaa", "Riyadh", "Mohammed bin Salman")]
    [InlineData("Turkish Foreign Minister Hakan Fidan, welcomed in Baghdad by Prime Minister Mohammed Shia al-Sudani, discussed water sharing and the Development Road.", "Hakan Fidan", "Baghdad", "Mohammed Shia al-Sudani")]
    [InlineData("In Ankara, Turkish President Recep Tayyip Erdogan hosted Kurdistan Region President Nechirvan Barzani on Friday.", "Nechirvan Barzani", "Ankara", "Recep Tayyip Erdogan")]
    public void A_guest_received_in_a_place_visited_it_and_met_the_host(string text, string guest, string place, string host)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.True(graph.Has(EdgeTypes.Visited, guest, place), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.MetWith, guest, host), graph.Facts());
        Assert.False(graph.Has(EdgeTypes.Visited, host, place), graph.Facts());
    }

    [Theory]
    [InlineData("Iraqi Foreign Minister Fuad Hussein will be received in Tehran by Iranian President Masoud Pezeshkian next week.")]
    [InlineData("Iraqi Foreign Minister Fuad Hussein was not received in Tehran by Iranian President Masoud Pezeshkian, officials said.")]
    [InlineData("Iranian President Masoud Pezeshkian is expected to host Iraqi Foreign Minister Fuad Hussein in Tehran.")]
    public void A_planned_or_denied_reception_is_no_visit(string text)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.False(graph.Has(EdgeTypes.Visited, "Fuad Hussein", "Tehran"), graph.Facts());
    }

    [Fact]
    public void A_reception_of_a_thing_is_no_visit()
    {
        var graph = TestArticles.ExtractBody("Iraqi Prime Minister Mohammed Shia al-Sudani received a letter from Iranian President Masoud Pezeshkian in Baghdad on Sunday.");
        Assert.False(graph.Has(EdgeTypes.Visited, "Masoud Pezeshkian", "Baghdad"), graph.Facts());
    }

    [Theory]
    [InlineData("A draft agreement between Iraq and Turkey on water sharing was presented on Monday.")]
    [InlineData("The proposed water pact between Iraq and Turkey covers the Tigris basin.")]
    [InlineData("A memorandum of understanding between Iraq and Turkey on water is still under discussion.")]
    [InlineData("The water agreement between Iraq and Turkey was not signed on Sunday.")]
    [InlineData("Iraq and Turkey have yet to sign the water agreement.")]
    [InlineData("The water agreement between Iraq and Turkey is yet to be signed.")]
    [InlineData("The water agreement between Iraq and Turkey is being negotiated.")]
    public void A_draft_or_unsigned_accord_has_no_parties(string text)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.DoesNotContain(graph.Relationships, r => r.Type == EdgeTypes.PartyTo.Name || r.Type == EdgeTypes.Signed.Name);
    }

    [Theory]
    [InlineData("The water agreement between Iraq and Turkey was signed on Sunday.")]
    [InlineData("Baghdad and Ankara signed a memorandum of understanding on water management.")]
    [InlineData("Iraq and Turkey have signed a water agreement.")]
    public void A_signed_accord_has_its_parties(string text)
    {
        var graph = TestArticles.ExtractBody(text);
        Assert.Contains(graph.Relationships, r => r.Type == EdgeTypes.PartyTo.Name && r.SourceId.Contains("iraq", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(graph.Relationships, r => r.Type == EdgeTypes.PartyTo.Name && r.SourceId.Contains("turkey", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_two_sides_after_a_meeting_are_its_participants()
    {
        var graph = TestArticles.ExtractBody("A Syrian delegation led by Deputy Foreign Minister Bassam Sabbagh held talks in Amman on Monday with Jordanian Interior Minister Mazen al-Faraya. "
            + "The two sides discussed smuggling along the border. Jordanian army chief Yousef Huneiti also attended the meeting.");
        Assert.True(graph.Has(EdgeTypes.MetWith, "Yousef Huneiti", "Bassam Sabbagh"), graph.Facts());
        Assert.True(graph.Has(EdgeTypes.MetWith, "Yousef Huneiti", "Mazen al-Faraya"), graph.Facts());
    }

    [Fact]
    public void A_summit_of_a_named_body_is_not_the_meeting_before()
    {
        var graph = TestArticles.ExtractBody("Iraqi Foreign Minister Fuad Hussein met Turkish Foreign Minister Hakan Fidan in Ankara on Tuesday. Syrian President Ahmed al-Sharaa later joined the Arab League summit in Baghdad.");
        Assert.False(graph.Has(EdgeTypes.MetWith, "Ahmed al-Sharaa", "Fuad Hussein"), graph.Facts());
    }
}
