using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// One sentence as the relation rules see it: its mentions in order, which of them can be arguments
/// (not adjectives, not title bodies, not inside parentheses or "according to" attributions), and
/// helpers to find the subject before a trigger and the object after it.
/// </summary>
internal sealed partial class SentenceView
{
    private static readonly HashSet<string> Actors = [NodeLabels.Person, NodeLabels.Organization, NodeLabels.Country];

    public SentenceView(ExtractionContext context, Sentence sentence, IReadOnlyList<Mention> mentions)
    {
        Context = context;
        Sentence = sentence;
        Mentions = [.. mentions.OrderBy(m => m.Start).ThenByDescending(m => m.End)];
        foreach (var m in Mentions)
        {
            if (m.Role != MentionRole.Actor || InParentheses(m) || InAttribution(m) || Mentions.Any(o => o != m && o.Start <= m.Start && m.End <= o.End && (o.End - o.Start) > (m.End - m.Start)))
            {
                Excluded.Add(m);
            }
        }
    }

    public ExtractionContext Context { get; }

    /// <summary>The date the sentence states, resolved against the publication date (computed once).</summary>
    public DateOnly? Date => (date ??= Tuple.Create(DateResolver.Resolve(Sentence.Text, Context.Published))).Item1;

    private Tuple<DateOnly?>? date;

    public Sentence Sentence { get; }

    public string Text => Sentence.Text;

    public List<Mention> Mentions { get; }

    /// <summary>Mentions that may not be relation arguments (see the class summary); the role rule adds title bodies.</summary>
    public HashSet<Mention> Excluded { get; } = [];

    public IEnumerable<Mention> Arguments => Mentions.Where(m => !Excluded.Contains(m));

    public IEnumerable<Mention> ActorArguments => Arguments.Where(m => Actors.Contains(m.Label));

    /// <summary>Text between two absolute offsets (empty when reversed).</summary>
    public string Between(int from, int to) => to > from ? Context.Text[from..to] : "";

    /// <summary>
    /// The nearest actor ending before <paramref name="position"/>, without crossing a semicolon. An actor
    /// inside a closed insertion (", which is backed by Y," / ", a Y-backed group,") is not the subject of
    /// what follows it: the actor the insertion describes is taken instead.
    /// </summary>
    public Mention? ActorBefore(int position)
    {
        var nearest = ActorArguments.Where(m => m.End <= position && !Between(m.End, position).Contains(';', StringComparison.Ordinal)).LastOrDefault();
        while (nearest is not null && Insertions.FirstOrDefault(i => i.Start < nearest.Start && nearest.End <= i.End && i.End <= position) is { End: > 0 } insertion)
        {
            var head = HeadOf(insertion);
            if (head is null)
            {
                return insertion.Relative ? null : nearest;
            }

            nearest = head;
        }

        return nearest;
    }

    /// <summary>The actor an insertion describes: the one right before its opening comma (an acronym in parentheses may lie between).</summary>
    private Mention? HeadOf(Insertion insertion) =>
        ActorArguments.LastOrDefault(a => a.End <= insertion.Start && AcronymOnly().IsMatch(Between(a.End, insertion.Start)));

    /// <summary>Comma-delimited insertions: relative clauses (", which ...,", ", who ...,") and appositions (", an armed group,").</summary>
    private List<Insertion> Insertions => insertions ??= [.. InsertionPattern().Matches(Sentence.Text)
        .Select(m => new Insertion(Absolute(m.Index), Absolute(m.Index + m.Length), m.Groups["rel"].Success))];

    private List<Insertion>? insertions;

    /// <summary>Where the words governing a verb at <paramref name="position"/> begin after <paramref name="from"/>: past a closed insertion, if one lies between.</summary>
    private int PastInsertion(int from, int position) =>
        Insertions.Where(i => i.Start >= from && i.End <= position && Between(from, i.Start).Trim().Length <= 6).Select(i => i.End).DefaultIfEmpty(from).Max();

    private readonly record struct Insertion(int Start, int End, bool Relative);

    /// <summary>
    /// The subjects of a verb at <paramref name="position"/>: the coordinated actors right before it, when
    /// no more than <paramref name="maxWords"/> words (titles and adjectives aside) and no clause comma lie between.
    /// </summary>
    public List<Mention> SubjectsBefore(int position, int maxWords = 4)
    {
        var subjects = CoordinatedBefore(position);
        if (subjects.Count == 0)
        {
            return subjects;
        }

        // an apposition between subject and verb ("X, head of the Y (YZ), convened") is no clause break
        var before = Context.Text[Math.Max(Sentence.Start, position - 30)..position];
        if (PronounSubject().IsMatch(before))
        {
            // "... where he met X": the person the sentence (or the one before) is about
            var person = Mentions.FirstOrDefault(m => m.Label == NodeLabels.Person && m.End <= position && !Excluded.Contains(m))
                ?? Context.MentionsIn(Sentence.Index - 1).FirstOrDefault(m => m.Label == NodeLabels.Person && m.Role == MentionRole.Actor);
            return person is null ? [] : [person];
        }

        var from = PastInsertion(subjects[^1].End, position);
        var gap = ReducedGap(from, position);
        if (ReportedPronoun().IsMatch(gap) || (RelativeWho().IsMatch(gap) && subjects[^1].Label == NodeLabels.Person))
        {
            return subjects; // "X said they had clashed with Y": the pronoun is the speaker
        }

        if (gap.StartsWith("and ", StringComparison.Ordinal) || gap.StartsWith(", and ", StringComparison.Ordinal))
        {
            return []; // "A met B and later held talks with C": B is an object, not the subject
        }

        if (gap.Contains('(', StringComparison.Ordinal))
        {
            gap = Parenthesized().Replace(gap, " ").Trim();
        }

        if (gap.Length > 1 && gap[0] == ',')
        {
            gap = Apposition().Replace(gap, ",");
        }

        var words = gap.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return gap.Length == 0 || gap == "," || (!gap.Contains(',', StringComparison.Ordinal) && !gap.Contains(';', StringComparison.Ordinal) && words <= maxWords) ? subjects : [];
    }

    /// <summary>The actors before <paramref name="position"/> joined by "and" ("A and B convened"): the nearest and its partners.</summary>
    public List<Mention> CoordinatedBefore(int position)
    {
        var result = new List<Mention>();
        var last = ActorBefore(position);
        if (last is null)
        {
            return result;
        }

        result.Add(last);
        result.InsertRange(0, Twins(last)); // "the two officials": one span, two persons
        var previous = ActorArguments.Where(m => m.End <= last.Start).ToList();
        var current = last;
        for (var i = previous.Count - 1; i >= 0; i--)
        {
            var gap = ReducedGap(previous[i].End, current.Start);
            if (!IsCoordination(gap, previous[i], current))
            {
                break;
            }

            result.Insert(0, previous[i]);
            current = previous[i];
        }

        return result;
    }

    /// <summary>Other actors over the same span: a plural anaphor ("both men") is one mention per person it stands for.</summary>
    private IEnumerable<Mention> Twins(Mention m) => ActorArguments.Where(o => o != m && o.Start == m.Start && o.End == m.End && o.Canonical != m.Canonical);

    /// <summary>The text between two offsets without office titles and adjectives ("and Lebanese Prime Minister" → "and").</summary>
    public string ReducedGap(int from, int to)
    {
        if (to <= from)
        {
            return "";
        }

        if (to - from <= 6 && !Sentence.Titles.Any(t => t.Start < to && from < t.End))
        {
            return Context.Text[from..to].Trim(); // short gaps ("and", ", ") need no rewriting
        }

        var keep = new bool[to - from];
        Array.Fill(keep, true);
        foreach (var (start, end) in Sentence.Titles.Select(t => (t.Start, t.End))
            .Concat(Mentions.Where(m => m.Role == MentionRole.Modifier || TitleBodies.Contains(m)).Select(m => (m.Start, m.End))))
        {
            for (var i = Math.Max(start, from); i < Math.Min(end, to); i++)
            {
                keep[i - from] = false;
            }
        }

        var builder = new System.Text.StringBuilder(to - from);
        for (var i = from; i < to; i++)
        {
            builder.Append(keep[i - from] ? Context.Text[i] : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace(" ’s", "", StringComparison.Ordinal).Replace(" 's", "", StringComparison.Ordinal);
    }

    private static bool IsCoordination(string gap, Mention left, Mention right)
    {
        var g = gap.Trim();
        if (g is "and" or "and the" or "," or ", and" or ", the" or "and other")
        {
            return true;
        }

        // "A and Iranian-backed militias of the B": B is the second subject
        if (System.Text.RegularExpressions.Regex.IsMatch(g, @"^,?\s*and\s+(?:the\s+)?(?:[\w-]+\s+){1,3}(?:of|from)(?:\s+the)?$"))
        {
            return true;
        }

        // "A, head of the B (C), and D" is not coordination of B and D; an apposition in between is skipped
        return g.StartsWith(',') && g.EndsWith(", and", StringComparison.Ordinal) && left.Label == NodeLabels.Person && right.Label == NodeLabels.Person;
    }

    /// <summary>The actors right after <paramref name="position"/> joined by "and" ("signed by A and B").</summary>
    public List<Mention> CoordinatedAfter(int position)
    {
        var result = new List<Mention>();
        var current = ActorAfter(position, 4);
        while (current is not null)
        {
            result.Add(current);
            result.AddRange(Twins(current).Where(t => !result.Contains(t)));
            var next = ActorArguments.FirstOrDefault(m => m.Start >= current.End);
            var gap = Parenthesized().Replace(ReducedGap(current.End, next?.Start ?? current.End), " ").Trim();
            if (next is null || gap is not ("and" or "and the" or "," or ", and" or "and with"))
            {
                break;
            }

            current = next;
        }

        return result;
    }

    /// <summary>The first argument after <paramref name="position"/> with at most <paramref name="maxWords"/> words between and no clause break.</summary>
    public Mention? ArgumentAfter(int position, int maxWords, Func<Mention, bool> accept)
    {
        foreach (var m in Arguments.Where(m => m.Start >= position && accept(m)))
        {
            var gap = Between(position, m.Start);
            if (gap.IndexOfAny([',', ';', '.', '(', ')', ':']) >= 0 && !gap.Trim().StartsWith('“'))
            {
                return null;
            }

            return GapWords(position, m.Start) <= maxWords ? m : null;
        }

        return null;
    }

    /// <summary>Words between two offsets, not counting office titles and title bodies ("Secretary of the X Council Y").</summary>
    public int GapWords(int from, int to) =>
        Sentence.Tokens.Count(t => t.IsWord && t.Start >= from && t.End <= to
            && !Sentence.Titles.Any(x => x.Start <= t.Start && t.End <= x.End)
            && !TitleBodies.Any(x => x.Start <= t.Start && t.End <= x.End)
            && !Mentions.Any(x => x.Role == MentionRole.Modifier && x.Start <= t.Start && t.End <= x.End));

    /// <summary>Bodies of office titles, marked by the role rule.</summary>
    public HashSet<Mention> TitleBodies { get; } = [];

    public Mention? ActorAfter(int position, int maxWords = 3) => ArgumentAfter(position, maxWords, m => Actors.Contains(m.Label));

    /// <summary>
    /// "the group" / "the groups" right at <paramref name="position"/>: the organization of the same number
    /// named last before, in this sentence or the three before it (ministries and governments aside).
    /// </summary>
    public Mention? GroupAnaphorAt(int position, IReadOnlyCollection<Mention>? besides = null)
    {
        if (position >= Sentence.Start + 4 && Context.Text.AsSpan(position - 4, 4).SequenceEqual("the "))
        {
            position -= 4; // the trigger took the article along ("struck the ")
        }

        var anaphor = GroupAnaphor().Match(Context.Text, position, Math.Min(24, Sentence.End - position));
        if (!anaphor.Success)
        {
            return null;
        }

        var plural = anaphor.Groups["n"].Value.EndsWith('s');
        for (var index = Sentence.Index; index >= Math.Max(0, Sentence.Index - 3); index--)
        {
            var found = Context.MentionsIn(index).Where(m => m.Label == NodeLabels.Organization && m.Role == MentionRole.Actor && m.End <= position
                    && !m.Canonical.StartsWith("Ministry", StringComparison.Ordinal) && !m.Canonical.EndsWith("Government", StringComparison.Ordinal)
                    && m.Canonical.EndsWith('s') == plural && (besides is null || !besides.Any(b => b.Canonical == m.Canonical)))
                .LastOrDefault();
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>All actor arguments from <paramref name="position"/> to the end of the clause ("X, such as Y" continues it).</summary>
    public List<Mention> ActorsInClause(int position)
    {
        var end = ClauseEnd(position);
        return [.. ActorArguments.Where(m => m.Start >= position && m.Start < end)];
    }

    /// <summary>The offset where the clause starting at <paramref name="position"/> ends: ";" or a comma not followed by "such as", "including", "and".</summary>
    public int ClauseEnd(int position)
    {
        var text = Context.Text;
        for (var i = position; i < Sentence.End; i++)
        {
            if (text[i] == ';')
            {
                return i;
            }

            if (text[i] == ',')
            {
                var rest = text.AsSpan(i + 1, Math.Min(16, Sentence.End - i - 1)).TrimStart();
                if (!(rest.StartsWith("such as") || rest.StartsWith("including") || rest.StartsWith("and ")))
                {
                    return i;
                }
            }
        }

        return Sentence.End;
    }

    public int Absolute(int relative) => Sentence.Start + relative;

    private bool InParentheses(Mention m)
    {
        var open = Context.Text.LastIndexOf('(', Math.Max(m.Start - 1, 0), Math.Max(m.Start - Sentence.Start, 0));
        if (open < 0)
        {
            return false;
        }

        var close = Context.Text.IndexOf(')', open);
        return close >= m.End && close < Sentence.End + 1 && !Context.Text[open..m.Start].Contains(')', StringComparison.Ordinal);
    }

    /// <summary>A source named in an "according to" attribution: no actor of the sentence's events, yet its title still describes it.</summary>
    public bool IsAttributedSource(Mention m) =>
        m.Role == MentionRole.Actor && InAttribution(m) && !InParentheses(m)
        && !Mentions.Any(o => o != m && o.Start <= m.Start && m.End <= o.End && (o.End - o.Start) > (m.End - m.Start));

    private bool InAttribution(Mention m)
    {
        var before = Context.Text[Math.Max(Sentence.Start, m.Start - 40)..m.Start];
        var at = before.LastIndexOf("according to", StringComparison.OrdinalIgnoreCase);
        return at >= 0 && !before[at..].Contains(',', StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:he|she)\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)?$")]
    private static partial System.Text.RegularExpressions.Regex PronounSubject();

    [System.Text.RegularExpressions.GeneratedRegex(@",\s*(?:(?<rel>which|who|whose|whom)|an?|the)\s[^,;()“”""]*,")]
    private static partial System.Text.RegularExpressions.Regex InsertionPattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\([^)]*\)\s*)?$")]
    private static partial System.Text.RegularExpressions.Regex AcronymOnly();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:said|says|say|announced|claimed|reported|confirmed|stated|added)(?:\s+on\s+\w+)?(?:\s+that)?\s+(?:they|it|he|she|(?:its|their)\s+(?:fighters|forces|troops|members|units))(?:\s+(?:had|have|has|was|were|would|will))?(?:\s+(?:also|recently|again))?$")]
    private static partial System.Text.RegularExpressions.Regex ReportedPronoun();

    [System.Text.RegularExpressions.GeneratedRegex(@"^,\s*who(?:\s+(?:also|later|then|has|had))?$")]
    private static partial System.Text.RegularExpressions.Regex RelativeWho();

    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s*the\s+(?<n>groups?|militias?|factions?)\b")]
    private static partial System.Text.RegularExpressions.Regex GroupAnaphor();

    [System.Text.RegularExpressions.GeneratedRegex(@"\([^)]*\)")]
    private static partial System.Text.RegularExpressions.Regex Parenthesized();

    [System.Text.RegularExpressions.GeneratedRegex(@"^,(?:\s*(?:of|for|the|a|an|in|at))*\s*,$")]
    private static partial System.Text.RegularExpressions.Regex Apposition();
}
