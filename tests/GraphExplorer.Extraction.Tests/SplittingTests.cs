using GraphExplorer.Extraction.Splitting;

namespace GraphExplorer.Extraction.Tests;

public sealed class SplittingTests
{
    private static List<string> Split(string text) => [.. SentenceSplitter.Split(text, 0, text.Length).Select(s => text[s.Start..s.End])];

    [Fact]
    public void Military_ranks_and_dates_do_not_end_a_sentence()
    {
        var sentences = Split("Maj. Gen. Karim Haddad said the talks on Nov. 14 went well. The next round is due in Amman.");
        Assert.Equal(2, sentences.Count);
        Assert.StartsWith("Maj. Gen. Karim Haddad", sentences[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Dotted_acronyms_and_initials_do_not_end_a_sentence()
    {
        var sentences = Split("The U.S. envoy met J. Smith in Beirut. They spoke for an hour.");
        Assert.Equal(["The U.S. envoy met J. Smith in Beirut.", "They spoke for an hour."], sentences);
    }

    [Fact]
    public void A_quotation_ends_with_its_closing_mark()
    {
        var sentences = Split("“We will rebuild the bridge.” The governor of Basra said so on Friday. “It will take a year,” he added.");
        Assert.Equal(3, sentences.Count);
        Assert.Equal("“We will rebuild the bridge.”", sentences[0]);
        Assert.Equal("“It will take a year,” he added.", sentences[2]);
    }

    [Fact]
    public void A_lower_case_continuation_is_no_new_sentence()
    {
        Assert.Single(Split("The report came from Reuters. news agency staff in the region."));
    }

    [Fact]
    public void A_paragraph_ending_in_an_abbreviation_stays_whole()
    {
        Assert.Single(Split("“The situation is calm,” Brig. Gen."));
    }
}
