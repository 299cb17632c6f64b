using System.Buffers;
using System.Text.RegularExpressions;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// ATTACKED: "A attacked/struck/shelled/raided/displaced B", "A launched (missile and drone) strikes
/// against B", "Israeli air strikes against B, such as C" (the adjective's state attacks), with the place
/// and the date when stated.
/// </summary>
internal sealed partial class AttackRule : IRelationRule
{
    private static readonly SearchValues<string> Words = SearchValues.Create(["attack", "struck", "strike", "shell", "bomb", "raid", "target", "displaced", "stormed", "ambushed", "invaded", "assaulted", "hit ", "kill", "offensive", "operation"], StringComparison.OrdinalIgnoreCase);

    public SearchValues<string> Keywords => Words;

    private static readonly HashSet<string> TargetNouns = new(StringComparer.Ordinal) { "targets", "positions", "bases", "sites", "interests", "facilities", "troops" };

    public void Apply(SentenceView view, RelationSink sink)
    {
        var date = Triggers.Date(view);
        foreach (var (start, end, _) in Triggers.Find(view, Launched()))
        {
            var attacker = view.ActorBefore(start);
            Emit(view, sink, attacker is null ? [] : [attacker], Targets(view, end), date, end, 0.85);
        }

        foreach (var (start, end, _) in Triggers.Find(view, Verb()))
        {
            if (Passive().IsMatch(view.Context.Text[view.Sentence.Start..start]))
            {
                // "X was attacked by Y"
                var victim = view.ActorBefore(start);
                var by = view.Context.Text[end..view.Sentence.End];
                if (victim is not null && by.StartsWith("by ", StringComparison.Ordinal) && view.ActorAfter(end + 3, 2) is { } attacker)
                {
                    Emit(view, sink, [attacker], [victim], date, end, 0.8);
                }

                continue;
            }

            var attackers = view.SubjectsBefore(start, 3);
            if (attackers.Count == 0)
            {
                continue;
            }

            var target = view.ActorAfter(end, 2) ?? view.GroupAnaphorAt(end, attackers);
            Emit(view, sink, attackers, target is null ? [] : [target], date, end, 0.8);
        }

        foreach (var (start, end, _) in Triggers.Find(view, Nominal()))
        {
            // "Israeli air strikes against ...": the adjective before the noun names the attacker
            var adjective = view.Mentions.LastOrDefault(m => m.Label == NodeLabels.Country && m.End <= start && view.Between(m.End, start).Trim().Length == 0);
            if (adjective is not null)
            {
                Emit(view, sink, [adjective], Targets(view, end), date, end, 0.8);
            }
        }
    }

    /// <summary>The actors attacked: every actor in the clause after "against", plus states named by adjective before "targets".</summary>
    private static List<Mention> Targets(SentenceView view, int position)
    {
        var targets = view.ActorsInClause(position);
        var clauseEnd = view.ClauseEnd(position);
        foreach (var m in view.Mentions.Where(m => m.Role == MentionRole.Modifier && m.Label == NodeLabels.Country && m.Start >= position && m.Start < clauseEnd))
        {
            var next = view.Context.Text[m.End..Math.Min(view.Sentence.End, m.End + 14)].TrimStart();
            if (TargetNouns.Any(n => next.StartsWith(n, StringComparison.Ordinal)))
            {
                targets.Add(m);
            }
        }

        return targets;
    }

    private static void Emit(SentenceView view, RelationSink sink, List<Mention> attackers, List<Mention> targets, DateOnly? date, int end, double confidence)
    {
        foreach (var attacker in attackers)
        {
            foreach (var target in targets.Where(t => t != attacker))
            {
                sink.Add(EdgeTypes.Attacked, Endpoint.Of(attacker), Endpoint.Of(target), view.Sentence, confidence, date, Triggers.PlaceAfter(view, end));
            }
        }
    }

    [GeneratedRegex(@"\b(?:launched|launches|launching|carried out|carries out|conducted|conducts|staged)\s+(?:\w+\s+){0,4}?(?:strikes|attacks|raids|offensive|assault|bombardment|operation|operations|airstrikes|strike|attack)\s+(?:against|on|targeting)\s+")]
    private static partial Regex Launched();

    [GeneratedRegex(@"\b(?:attacked|attacks|struck|strikes|shelled|shells|bombed|bombs|bombarded|raided|raids|targeted|targets|displaced|stormed|ambushed|invaded|assaulted|hit|killed|kills|killing)\s+(?:the\s+)?")]
    private static partial Regex Verb();

    [GeneratedRegex(@"\b(?:was|were|been|being|is|are|be)\s+$")]
    private static partial Regex Passive();

    [GeneratedRegex(@"\b(?:air\s+|drone\s+|missile\s+|artillery\s+|rocket\s+)?(?:strikes|attacks|airstrikes|raids|shelling|bombardment)\s+(?:against|on|targeting)\s+")]
    private static partial Regex Nominal();
}
