using System.Text.RegularExpressions;

namespace GraphExplorer.Extraction.Relations;

/// <summary>Pattern matches over a sentence's text with absolute offsets (for the phrase rules: titles, counterparts, hyphenated backers).</summary>
internal static class Triggers
{
    /// <summary>Matches of <paramref name="regex"/> in the sentence as absolute (start, end) offsets.</summary>
    public static IEnumerable<(int Start, int End, Match Match)> Find(SentenceView view, Regex regex)
    {
        foreach (Match m in regex.Matches(view.Text))
        {
            yield return (view.Absolute(m.Index), view.Absolute(m.Index + m.Length), m);
        }
    }
}
