using GraphExplorer.Extraction.Syntax.Tokenization;

namespace GraphExplorer.Extraction.Tests.Syntax;

/// <summary>The UD tokenizer splits as EWT does and every word is the exact span of the text between its offsets.</summary>
public sealed class TokenizerTests
{
    private static List<string> Words(string text, int start = 0, int? end = null)
    {
        var spans = UdTokenizer.Tokenize(text, start, end ?? text.Length);
        var previous = start;
        foreach (var (s, e) in spans)
        {
            Assert.True(s >= previous && e > s && e <= (end ?? text.Length), $"span [{s},{e}) out of order in '{text}'");
            Assert.True(text[previous..s].All(char.IsWhiteSpace) || s == previous, $"characters skipped before [{s},{e}) in '{text}'");
            previous = e;
        }

        return [.. spans.Select(span => text[span.Start..span.End])];
    }

    [Fact]
    public void Clitics_split_as_in_the_treebank()
    {
        Assert.Equal(["Iraq", "'s", "envoy", "ca", "n't", "come", ",", "they", "'re", "told", "."], Words("Iraq's envoy can't come, they're told."));
        Assert.Equal(["We", "wo", "n't", "sign", ";", "I", "'m", "sure", "we", "'ll", "talk", "and", "you", "'d", "agree", "we", "'ve", "tried", "."],
            Words("We won't sign; I'm sure we'll talk and you'd agree we've tried."));
        Assert.Equal(["He", "can", "not", "leave"], Words("He cannot leave"));
    }

    [Fact]
    public void Typographic_apostrophes_behave_like_ascii_ones()
    {
        Assert.Equal(["Iran", "’s", "minister", "did", "n’t", "attend"], Words("Iran’s minister didn’t attend"));
        Assert.Equal(["the", "leaders", "’", "meeting"], Words("the leaders’ meeting"));
    }

    [Fact]
    public void An_apostrophe_inside_or_closing_a_name_stays_in_the_name()
    {
        Assert.Equal(["Prime", "Minister", "Mohammed", "Shia’", "al", "-", "Sudani", "said", "."], Words("Prime Minister Mohammed Shia’ al-Sudani said."));
        Assert.Equal(["Ibrahim", "al", "-", "Ja’fari", "and", "O'Brien"], Words("Ibrahim al-Ja’fari and O'Brien"));
    }

    [Fact]
    public void Hyphenated_names_split_but_prefixed_words_stay_whole()
    {
        Assert.Equal(["Hossein", "Amir", "-", "Abdollahian", "and", "Abu", "Bakr", "al", "-", "Baghdadi"], Words("Hossein Amir-Abdollahian and Abu Bakr al-Baghdadi"));
        Assert.Equal(["an", "e-mail", "to", "non-state", "groups", "in", "Iraq", "-", "Syria", "border", "areas"], Words("an e-mail to non-state groups in Iraq-Syria border areas"));
        Assert.Equal(["a", "two", "-", "day", "visit", "in", "2003-2005"], Words("a two-day visit in 2003-2005"));
    }

    [Fact]
    public void Abbreviations_and_initials_keep_their_full_stop()
    {
        Assert.Equal(["Lt.", "Gen.", "Abdul", "Amir", "met", "Dr.", "J.", "Smith", "of", "the", "U.S.", "Army", "at", "3", "p.m.", "on", "Friday", "."],
            Words("Lt. Gen. Abdul Amir met Dr. J. Smith of the U.S. Army at 3 p.m. on Friday."));
        Assert.Equal(["They", "met", "in", "the", "U.S."], Words("They met in the U.S."));
        Assert.Equal(["water", ",", "oil", ",", "gas", "etc", "."], Words("water, oil, gas etc."));
    }

    [Fact]
    public void Quotes_brackets_and_dashes_are_words_of_their_own()
    {
        Assert.Equal(["“", "We", "will", "not", "allow", "it", ",", "”", "he", "said", "(", "on", "Monday", ")", "—", "twice", "."],
            Words("“We will not allow it,” he said (on Monday) — twice."));
        Assert.Equal(["\"", "No", "\"", "..."], Words("\"No\"..."));
        Assert.Equal(["$", "5", "million", ",", "50", "%"], Words("$5 million, 50%"));
    }

    [Fact]
    public void Offsets_are_absolute_in_the_article_text()
    {
        const string text = "Headline here. Kurdistan's president met Turkey’s envoy.";
        var start = text.IndexOf("Kurdistan", StringComparison.Ordinal);
        var spans = UdTokenizer.Tokenize(text, start, text.Length);
        Assert.Equal((start, start + 9), spans[0]);
        Assert.Equal("'s", text[spans[1].Start..spans[1].End]);
        Assert.Equal(["Kurdistan", "'s", "president", "met", "Turkey", "’s", "envoy", "."], Words(text, start));
    }

    [Fact]
    public void Urls_and_addresses_stay_whole()
    {
        Assert.Equal(["see", "https://example.org/a-b", "or", "mail", "press@example.org", "."], Words("see https://example.org/a-b or mail press@example.org."));
    }
}
