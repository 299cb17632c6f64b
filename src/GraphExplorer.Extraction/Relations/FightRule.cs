using System.Buffers;
using System.Text.RegularExpressions;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Extraction.Relations;

/// <summary>FOUGHT: "A and B exchanged fire/clashed", "A clashed/fought with B", "clashes between A and B".</summary>
internal sealed partial class FightRule : IRelationRule
{
    private static readonly SearchValues<string> Words = SearchValues.Create(["fire", "clash", "fought", "battle", "skirmish", "fighting", "confrontation"], StringComparison.OrdinalIgnoreCase);

    public SearchValues<string> Keywords => Words;

    public void Apply(SentenceView view, RelationSink sink)
    {
        var date = Triggers.Date(view);
        foreach (var (start, end, _) in Triggers.Find(view, Verb()))
        {
            var subjects = view.SubjectsBefore(start, 3);
            var with = view.Context.Text[end..view.Sentence.End];
            if (with.StartsWith(" with ", StringComparison.Ordinal) && view.ActorAfter(end + 6, 2) is { } other && subjects.Count > 0)
            {
                sink.Add(EdgeTypes.Fought, Endpoint.Of(subjects[^1]), Endpoint.Of(other), view.Sentence, 0.85, date, Triggers.PlaceAfter(view, end));
                continue;
            }

            for (var i = 0; i + 1 < subjects.Count; i++)
            {
                sink.Add(EdgeTypes.Fought, Endpoint.Of(subjects[i]), Endpoint.Of(subjects[i + 1]), view.Sentence, 0.85, date, Triggers.PlaceAfter(view, end));
            }
        }

        foreach (var (_, end, _) in Triggers.Find(view, Between()))
        {
            var first = view.ActorAfter(end, 2);
            if (first is not null && view.ActorAfter(first.End, 2) is { } second && view.Between(first.End, second.Start).Trim() is "and" or "and the")
            {
                sink.Add(EdgeTypes.Fought, Endpoint.Of(first), Endpoint.Of(second), view.Sentence, 0.8, date, Triggers.PlaceAfter(view, end));
            }
        }
    }

    [GeneratedRegex(@"\b(?:exchanged|exchange|exchanging)\s+(?:heavy\s+)?(?:fire|gunfire)|\b(?:clashed|clash|fought|battled|skirmished)\b")]
    private static partial Regex Verb();

    [GeneratedRegex(@"\b(?:clashes|fighting|battles|skirmishes|confrontation|confrontations)\s+between\s+")]
    private static partial Regex Between();
}
