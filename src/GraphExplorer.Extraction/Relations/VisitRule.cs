using System.Buffers;
using System.Text.RegularExpressions;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// VISITED: "A arrived in X", "A visited X", "A made a visit to X, Y", "A's trip to X", "A travelled to X".
/// The visitor is the nearest actor before (a delegation's leader when the delegation is led by a named person).
/// </summary>
internal sealed partial class VisitRule : IRelationRule
{
    private static readonly SearchValues<string> Words = SearchValues.Create(["arriv", "landed", "lands", "visit", "toured", "trip", "travel", "journey", "tour ", "flew", "headed"], StringComparison.OrdinalIgnoreCase);

    public SearchValues<string> Keywords => Words;

    public void Apply(SentenceView view, RelationSink sink)
    {
        var date = Triggers.Date(view);
        foreach (var (start, end, _) in Triggers.Find(view, Verb()))
        {
            var visitor = VisitorAfter(view, end) ?? view.ActorBefore(start);
            if (visitor is not null && view.Between(visitor.End, start).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 6)
            {
                // "A, head of the B's C, visited X": an apposition of titles lies between
                visitor = view.SubjectsBefore(start) is [var subject] && subject.Label == NodeLabels.Person ? subject : null;
            }

            if (PossessivePronoun().IsMatch(view.Text[..(start - view.Sentence.Start)])
                && view.Mentions.Where(m => m.Label == NodeLabels.Person && m.End <= start && !view.Excluded.Contains(m)).DistinctBy(m => m.Canonical).ToList() is [var owner])
            {
                // "X arrived in Baghdad on his first visit to Iraq": the visit is the one person's the sentence names
                visitor = owner;
            }

            if (visitor is null)
            {
                continue;
            }

            foreach (var destination in Destinations(view, end))
            {
                sink.Add(EdgeTypes.Visited, Endpoint.Of(visitor), Endpoint.Of(destination), view.Sentence, 0.85, date);
            }
        }
    }

    /// <summary>"a visit to X by Y": the visitor named after the destination.</summary>
    private static Mention? VisitorAfter(SentenceView view, int end)
    {
        var destination = view.ArgumentAfter(end, 1, IsDestination);
        if (destination is null)
        {
            return null;
        }

        var by = ByVisitor().Match(view.Context.Text[destination.End..view.Sentence.End]);
        return by.Success ? view.ActorAfter(destination.End + by.Length, 2) : null;
    }

    /// <summary>The place right after the trigger, and a second one after a comma ("the Kurdistan Region, Sulaimani City").</summary>
    private static List<Mention> Destinations(SentenceView view, int position)
    {
        var result = new List<Mention>();
        var first = view.ArgumentAfter(position, 1, IsDestination);
        if (first is null)
        {
            return result;
        }

        result.Add(first);
        var next = view.Arguments.FirstOrDefault(m => m.Start >= first.End && IsDestination(m));
        if (next is not null && view.Between(first.End, next.Start).Trim() is "," or "and" or ", and")
        {
            result.Add(next);
        }

        return result;
    }

    private static bool IsDestination(Mention m) => m.Label is NodeLabels.Place or NodeLabels.Country;

    [GeneratedRegex(@"^\s+by\s+(?:the\s+)?")]
    private static partial Regex ByVisitor();

    [GeneratedRegex(@"\b(?:his|her)\s+(?:[a-z]+\s+){0,2}$")]
    private static partial Regex PossessivePronoun();

    [GeneratedRegex(@"\b(?:arrived|arrives|arriving|landed|lands)\s+(?:in|at)\s+(?:the\s+)?|\b(?:visited|visits|visiting|toured)\s+(?:the\s+)?|\b(?:visit|trip|travel|journey|tour)\s+to\s+(?:the\s+)?|\b(?:travelled|traveled|travels|flew|headed)\s+to\s+(?:the\s+)?")]
    private static partial Regex Verb();
}
