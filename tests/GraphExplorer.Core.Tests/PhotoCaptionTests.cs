using GraphExplorer.Core.Text;

namespace GraphExplorer.Core.Tests;

public sealed class PhotoCaptionTests
{
    [Theory]
    [InlineData("Jordanian Foreign Minister Ayman Safadi (left) shakes hands with Lebanese Prime Minister Najib Mikati in Amman")]
    [InlineData("Egyptian President Abdel Fattah el-Sisi (2nd R) receives Sudan's army chief in Cairo on Tuesday.")]
    [InlineData("The two delegations meet in Ankara (Turkish Defence Ministry/Handout via Reuters)")]
    [InlineData("Kuwaiti and Saudi officials sign the accord in Riyadh. (AFP file photo)")]
    [InlineData("Border guards patrol near the crossing at Rabia. [Safin Hamid/AFP]")]
    [InlineData("Fighters gather outside the town of Tal Afar (Photo: Rudaw)")]
    [InlineData("Safadi and Mikati met on the sidelines of the summit on May 3. Photo: Jordanian foreign ministry.")]
    [InlineData("The flags of both countries are pictured at the border gate.")]
    [InlineData("Photo: The Lebanese prime minister greets his guest at the airport.")]
    public void A_caption_is_recognized_by_its_position_credit_or_phrase(string line)
    {
        Assert.True(PhotoCaption.IsCaption(line));
    }

    [Theory]
    [InlineData("AMMAN (AFP) — Jordanian Foreign Minister Ayman Safadi met Lebanese Prime Minister Najib Mikati on Monday.")]
    [InlineData("Three soldiers were killed, a local official told AFP.")]
    [InlineData("The deal was signed on Sunday, according to Reuters news agency.")]
    [InlineData("The far right won a third of the seats (a record) in the election.")]
    [InlineData("Jordanian Foreign Minister Ayman Safadi met with Lebanese Prime Minister Najib Mikati in Amman on Monday.")]
    public void Reported_prose_and_datelines_are_not_captions(string line)
    {
        Assert.False(PhotoCaption.IsCaption(line));
    }

    [Theory]
    [InlineData("The two delegations meet in Ankara (Turkish Defence Ministry/Handout via Reuters)", "(Turkish Defence Ministry/Handout via Reuters)")]
    [InlineData("Border guards patrol near the crossing at Rabia. [Safin Hamid/AFP]", "[Safin Hamid/AFP]")]
    [InlineData("Safadi and Mikati met on the sidelines of the summit on May 3. Photo: Jordanian foreign ministry.", "Photo: Jordanian foreign ministry.")]
    [InlineData("Ayman Safadi (left) shakes hands with Najib Mikati in Amman", "")]
    public void The_credit_that_ends_a_caption_is_located(string line, string credit)
    {
        Assert.Equal(credit, line[PhotoCaption.CreditStart(line)..]);
    }

    [Fact]
    public void A_long_paragraph_with_a_trailing_credit_is_prose()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("The minister spoke at length about the border.", 12)) + " (Reuters)";

        Assert.False(PhotoCaption.IsCaption(paragraph));
    }
}
