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
    private static readonly SearchValues<string> Words = SearchValues.Create(["attack", "struck", "strike", "shell", "bomb", "raid", "target", "displaced", "stormed", "ambushed", "invaded", "assaulted", "hit ", "kill", "offensive", "operation", "neutraliz", "neutralis"], StringComparison.OrdinalIgnoreCase);

    public SearchValues<string> Keywords => Words;

    private static readonly HashSet<string> TargetNouns = new(StringComparer.Ordinal) { "targets", "positions", "bases", "sites", "interests", "facilities", "troops", "service members", "soldiers", "personnel" };

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

            if (attackers.Any(a => Locative().IsMatch(view.Context.Text[Math.Max(view.Sentence.Start, a.Start - 10)..a.Start])))
            {
                continue; // "the attack on a base in Jordan that killed ...": a place named after "in" is no attacker
            }

            if (Holdings().Match(view.Context.Text, end, Math.Min(40, view.Sentence.End - end)) is { Success: true } holdings)
            {
                // "struck positions of A and B": every owner named
                Emit(view, sink, attackers, view.CoordinatedAfter(end + holdings.Length), date, end, 0.8);
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

        foreach (var (_, end, _) in Triggers.Find(view, NominalBy()))
        {
            // "the drone attack by A on B", "the attack by A on a base that killed three C soldiers"
            if (view.ActorAfter(end, 1) is not { } attacker)
            {
                continue;
            }

            var rest = view.Context.Text[attacker.End..view.Sentence.End];
            var on = OnTarget().Match(rest);
            var killed = Killed().Match(rest);
            var targets = on.Success ? Targets(view, attacker.End + on.Length) : [];
            if (killed.Success && !rest[..killed.Index].Contains(',', StringComparison.Ordinal))
            {
                targets.AddRange(Targets(view, attacker.End + killed.Index + killed.Length));
            }

            Emit(view, sink, [attacker], targets, date, end, 0.75);
        }

        foreach (var (start, end, _) in Triggers.Find(view, NominalSubject()))
        {
            // "A Turkish drone strike killed three PKK fighters": the adjective's state attacks the object
            var adjective = view.Mentions.LastOrDefault(m => m.Label == NodeLabels.Country && m.Role == MentionRole.Modifier && m.End <= start && view.Between(m.End, start).Trim().Length == 0);
            var target = view.ActorAfter(end, 2);
            if (adjective is not null && target is not null)
            {
                Emit(view, sink, [adjective], [target], date, end, 0.75);
            }
        }
    }

    /// <summary>The actors attacked: every actor in the clause after "against", plus states named by adjective before "targets".</summary>
    private static List<Mention> Targets(SentenceView view, int position)
    {
        // a place named after "in" ("a base in Jordan") and a possessor ("Iran's Quds Force") are not the ones attacked
        var targets = view.ActorsInClause(position).Where(m => !Locative().IsMatch(view.Context.Text[Math.Max(view.Sentence.Start, m.Start - 10)..m.Start])
            && !Possessor().IsMatch(view.Context.Text.AsSpan(m.End, Math.Min(3, view.Sentence.End - m.End)))).ToList();
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

    [GeneratedRegex(@"\b(?:launched|launches|launching|carried out|carries out|conducted|conducts|staged)\s+(?:\w+\s+){0,4}(?:strikes|attacks|raids|offensive|assault|bombardment|operation|operations|airstrikes|strike|attack|Operation\s+\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*)?)\s+(?:in\s+\p{Lu}\w+(?:\s+and\s+\p{Lu}\w+)?\s+)?(?:against|on|targeting)\s+")]
    private static partial Regex Launched();

    [GeneratedRegex(@"\b(?:attacked|attacks|struck|strikes|shelled|shells|bombed|bombs|bombarded|raided|raids|targeted|targets|displaced|stormed|ambushed|invaded|assaulted|hit|killed|kills|killing|neutralized|neutralised)\s+(?:the\s+)?")]
    private static partial Regex Verb();

    [GeneratedRegex(@"\G(?:positions|bases|targets|sites|facilities|camps|hideouts|headquarters|strongholds)\s+(?:of|belonging\s+to|used\s+by)\s+(?:the\s+)?")]
    private static partial Regex Holdings();

    [GeneratedRegex(@"^['’]s\b")]
    private static partial Regex Possessor();

    [GeneratedRegex(@"\b(?:in|at|near|from)\s+(?:the\s+)?$")]
    private static partial Regex Locative();

    [GeneratedRegex(@"\b(?:drone|air|missile|artillery|rocket)\s+(?:strike|strikes|attack|attacks)\s+(?:killed|kills|hit|hits|targeted|targets|struck|wounded|injured)\s+(?:the\s+)?")]
    private static partial Regex NominalSubject();

    [GeneratedRegex(@"\b(?:attack|attacks|strike|strikes|assault|raid|bombing)\s+(?:carried\s+out\s+)?by\s+(?:the\s+)?")]
    private static partial Regex NominalBy();

    [GeneratedRegex(@"^\s*(?:\([^)]*\)\s*)?(?:on|against)\s+(?:the\s+)?")]
    private static partial Regex OnTarget();

    [GeneratedRegex(@"\b(?:that|which)\s+killed\s+(?:\w+\s+)?")]
    private static partial Regex Killed();

    [GeneratedRegex(@"\b(?:was|were|been|being|is|are|be)\s+$")]
    private static partial Regex Passive();

    [GeneratedRegex(@"\b(?:air\s+|drone\s+|missile\s+|artillery\s+|rocket\s+)?(?:strikes|attacks|airstrikes|raids|shelling|bombardment)\s+(?:against|on|targeting)\s+")]
    private static partial Regex Nominal();
}
