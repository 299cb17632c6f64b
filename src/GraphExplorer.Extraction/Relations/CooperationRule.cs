using System.Buffers;
using System.Text.RegularExpressions;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// COOPERATES_WITH: "A coordinates/cooperates with B", "joint operations with B", "in coordination
/// with B". In a quotation "We" is the speaker ("..., the Iraqi commander said") and "this group" is the
/// organization named just before.
/// </summary>
internal sealed partial class CooperationRule : IRelationRule
{
    private static readonly SearchValues<string> Words = SearchValues.Create(["coordinat", "cooperat", "collaborat", "partner", "joint"], StringComparison.OrdinalIgnoreCase);

    public SearchValues<string> Keywords => Words;

    public void Apply(SentenceView view, RelationSink sink)
    {
        foreach (var (start, end, _) in Triggers.Find(view, Verb()))
        {
            var subject = Subject(view, start);
            var partner = view.ActorAfter(end, 2) ?? GroupReference(view, end);
            if (subject is not null && partner is not null)
            {
                sink.Add(EdgeTypes.CooperatesWith, Endpoint.Of(subject), Endpoint.Of(partner), view.Sentence, 0.75, Triggers.Date(view));
            }
        }
    }

    private static Mention? Subject(SentenceView view, int start)
    {
        var before = view.Context.Text[view.Sentence.Start..start];
        if (We().IsMatch(before))
        {
            // the speaker: the actor named after the closing quote, next to "said"
            var close = view.Text.LastIndexOfAny(['”', '"']);
            return close < 0 ? null : view.ActorArguments.FirstOrDefault(m => m.Start > view.Absolute(close));
        }

        var subject = view.ActorBefore(start);
        return subject is not null && view.Between(subject.End, start).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5 ? subject : null;
    }

    /// <summary>"this group" / "the group": the organization named last before, in this sentence or the previous one of the paragraph.</summary>
    private static Mention? GroupReference(SentenceView view, int end)
    {
        var rest = view.Context.Text[end..view.Sentence.End];
        if (!Group().IsMatch(rest))
        {
            return null;
        }

        var sentences = view.Context.Sentences;
        var index = view.Sentence.Index;
        return view.Context.MentionsIn(index - 1).Concat(view.Context.MentionsIn(index))
            .Where(m => m.Label == NodeLabels.Organization && m.Role == MentionRole.Actor && m.End <= end
                && sentences[m.SentenceIndex].Paragraph == view.Sentence.Paragraph)
            .LastOrDefault();
    }

    [GeneratedRegex(@"\b(?:coordinate|coordinates|coordinated|coordinating|cooperate|cooperates|cooperated|cooperating|collaborate|collaborates|collaborated|collaborating|partnered|partners)\s+with\s+(?:the\s+)?|\b(?:joint\s+(?:military\s+)?operations?|joint\s+patrols?|in\s+coordination|in\s+cooperation)\s+with\s+(?:the\s+)?")]
    private static partial Regex Verb();

    [GeneratedRegex(@"(?:^|[“""\s])[Ww]e\s+(?:\w+\s+)?$")]
    private static partial Regex We();

    [GeneratedRegex(@"^\s*(?:this|that|the)\s+(?:group|force|forces|organization|militia)\b")]
    private static partial Regex Group();
}
