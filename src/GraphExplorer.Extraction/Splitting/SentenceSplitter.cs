namespace GraphExplorer.Extraction.Splitting;

/// <summary>
/// Splits a paragraph into sentences at ., ! or ? (and a closing quote after them) followed by an
/// upper-case start, except after abbreviations (Lt., Gen., Nov., Dr.), single-letter initials (U.S., J.)
/// and when the next word is lower case.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "lt", "gen", "col", "maj", "brig", "capt", "cpt", "sgt", "adm", "cmdr", "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep",
        "gov", "pres", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos",
        "vol", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est", "approx", "fig", "al", "e.g", "i.e", "mt", "ft", "sheikh",
    };

    /// <summary>Sentence spans (start, end) inside [start, end) of the text, trimmed.</summary>
    public static List<(int Start, int End)> Split(string text, int start, int end)
    {
        var spans = new List<(int, int)>();
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var close = i + 1;
            while (close < end && text[close] is '"' or '”' or '’' or '\'' or ')')
            {
                close++;
            }

            if (close >= end || !char.IsWhiteSpace(text[close]))
            {
                continue;
            }

            var next = close;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= end || !StartsSentence(text[next]) || (c == '.' && close == i + 1 && IsAbbreviation(text, sentenceStart, i)))
            {
                continue;
            }

            Add(spans, text, sentenceStart, close);
            sentenceStart = next;
            i = next - 1;
        }

        Add(spans, text, sentenceStart, end);
        return spans;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '(' or '\'';

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var j = dot;
        while (j > sentenceStart && (char.IsLetter(text[j - 1]) || text[j - 1] == '.'))
        {
            j--;
        }

        var word = text[j..dot];
        if (word.Length == 0)
        {
            return false;
        }

        // initials and dotted acronyms: "U.S.", "J." (but a sentence ending in "ISIS." is no initial)
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (word.Contains('.', StringComparison.Ordinal) && word.Split('.').All(p => p.Length <= 1))
        {
            return true;
        }

        return Abbreviations.Contains(word.TrimStart('.'));
    }

    private static void Add(List<(int, int)> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add((start, end));
        }
    }
}
