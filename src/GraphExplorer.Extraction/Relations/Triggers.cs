using System.Text.RegularExpressions;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;

namespace GraphExplorer.Extraction.Relations;

/// <summary>Shared helpers of the rules: trigger matches with absolute offsets, the event's place and date.</summary>
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

    /// <summary>The place an event happened: a Place (or Country) right after "in" or "at" past the trigger.</summary>
    public static string? PlaceAfter(SentenceView view, int position)
    {
        foreach (var m in view.Mentions.Where(m => m.Start >= position && m.Label is NodeLabels.Place or NodeLabels.Country))
        {
            var before = view.Context.Text[Math.Max(view.Sentence.Start, m.Start - 4)..m.Start];
            if (before.EndsWith("in ", StringComparison.Ordinal) || before.EndsWith("at ", StringComparison.Ordinal))
            {
                return view.Context.Draft(m.Label, m.Canonical).Id;
            }
        }

        return null;
    }

    public static DateOnly? Date(SentenceView view) => view.Date;

    public static bool IsActor(Mention m) => m.Label is NodeLabels.Person or NodeLabels.Organization or NodeLabels.Country;
}
