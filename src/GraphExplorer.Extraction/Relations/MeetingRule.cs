using System.Buffers;
using System.Text.RegularExpressions;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// MET_WITH: "A met (with) B", "A held a meeting/talks with B", "A received B", "A received a delegation from B", "A meets with B",
/// "talks between A and B", and the intransitive "A and B met/convened/held talks".
/// </summary>
internal sealed partial class MeetingRule : IRelationRule
{
    private static readonly SearchValues<string> Words = SearchValues.Create(["met", "meet", "held", "receiv", "host", "welcom", "talks", "sat down", "spoke", "speaks", "convened"], StringComparison.OrdinalIgnoreCase);

    public SearchValues<string> Keywords => Words;

    public void Apply(SentenceView view, RelationSink sink)
    {
        var date = Triggers.Date(view);
        List<GraphExplorer.Extraction.Pipeline.Mention> previous = [];
        foreach (var (start, end, _) in Triggers.Find(view, Transitive()))
        {
            var subjects = view.SubjectsBefore(start, 6);
            if (subjects.Count == 0 && previous.Count > 0 && view.ReducedGap(previous[^1].End, start).Contains(" and ", StringComparison.Ordinal))
            {
                subjects = previous; // "A met B and later held talks with C"
            }

            var objects = view.CoordinatedAfter(end);
            if (objects.Count > 0 && view.GapWords(end, objects[0].Start) <= 3)
            {
                foreach (var subject in subjects)
                {
                    foreach (var obj in objects)
                    {
                        sink.Add(EdgeTypes.MetWith, Endpoint.Of(subject), Endpoint.Of(obj), view.Sentence, 0.9, date, Triggers.PlaceAfter(view, end));
                    }
                }

                previous = subjects;
            }
            else if (subjects.Count >= 2)
            {
                Pairwise(view, sink, subjects, date, end);
            }
        }

        foreach (var (start, end, _) in Triggers.Find(view, Intransitive()))
        {
            var subjects = view.SubjectsBefore(start, 4);
            if (subjects.Count >= 2)
            {
                Pairwise(view, sink, subjects, date, end);
            }
        }

        foreach (var (start, end, _) in Triggers.Find(view, DemonymPair()))
        {
            // "Turkish and Iraqi officials met": the two states met
            var states = view.Mentions.Where(m => m.Label == NodeLabels.Country && m.Start >= start && m.End <= end).DistinctBy(m => m.Canonical).ToList();
            if (states.Count == 2)
            {
                sink.Add(EdgeTypes.MetWith, Endpoint.Of(states[0]), Endpoint.Of(states[1]), view.Sentence, 0.7, date, Triggers.PlaceAfter(view, end));
            }
        }

        foreach (var (_, end, _) in Triggers.Find(view, Between()))
        {
            var first = view.ActorAfter(end, 2);
            if (first is not null && view.ActorAfter(first.End, 2) is { } second && view.Between(first.End, second.Start).Trim() is "and" or "and the")
            {
                sink.Add(EdgeTypes.MetWith, Endpoint.Of(first), Endpoint.Of(second), view.Sentence, 0.8, date, Triggers.PlaceAfter(view, end));
            }
        }
    }

    private static void Pairwise(SentenceView view, RelationSink sink, List<GraphExplorer.Extraction.Pipeline.Mention> subjects, DateOnly? date, int end)
    {
        for (var i = 0; i < subjects.Count; i++)
        {
            for (var j = i + 1; j < subjects.Count; j++)
            {
                sink.Add(EdgeTypes.MetWith, Endpoint.Of(subjects[i]), Endpoint.Of(subjects[j]), view.Sentence, 0.85, date, Triggers.PlaceAfter(view, end));
            }
        }
    }

    [GeneratedRegex(@"\b(?:received|receives|hosted|hosts|welcomed|welcomes|met\s+with|met)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}delegation\s+(?:from|of|led\s+by)\s+(?:the\s+)?|\b(?:met|meets|meet|meeting)\s+(?:with\s+)?|\bheld\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}(?:meeting|talks|discussions|phone call|call)\s+with\s+|\b(?:received|receives|hosted|hosts|welcomed|welcomes)\s+(?:the\s+)?|\b(?:talks|sat down|spoke|speaks)\s+with\s+")]
    private static partial Regex Transitive();

    [GeneratedRegex(@"\b(?:met|convened|held talks|held a meeting|met separately|have met|had met)\b(?!\s+with)")]
    private static partial Regex Intransitive();

    [GeneratedRegex(@"\b\p{Lu}\p{L}+\s+and\s+\p{Lu}\p{L}+\s+(?:officials|delegations|ministers|leaders|diplomats|negotiators)\s+(?:met|held\s+(?:(?:a|an|the|new|first|second|third|another|fresh|further|round|of)\s+){0,4}(?:talks|meeting|meetings))\b")]
    private static partial Regex DemonymPair();

    [GeneratedRegex(@"\b(?:meeting|talks|meetings)\s+between\s+")]
    private static partial Regex Between();
}
