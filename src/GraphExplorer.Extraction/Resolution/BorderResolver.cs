using System.Text.RegularExpressions;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Recognition;

namespace GraphExplorer.Extraction.Resolution;

/// <summary>
/// Borders named by their sides: "Iraqi-Iranian border", "the border between X and Y", "the border
/// with Syria" (the other side is the state the sentence or the article is about), "Syrian border".
/// The border is one entity named "A–B border" with its sides in alphabetical order. A side inside the
/// other (a region of the same state) makes no border.
/// </summary>
internal sealed partial class BorderResolver(Gazetteer gazetteer)
{
    public void Resolve(ExtractionContext context)
    {
        foreach (var sentence in context.Sentences)
        {
            if (!sentence.Text.Contains("border", StringComparison.OrdinalIgnoreCase) && !sentence.Text.Contains("frontier", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var mentions = context.MentionsIn(sentence.Index).ToList();
            var claimed = new List<(int, int)>();
            foreach (Match m in Hyphenated().Matches(sentence.Text))
            {
                var a = Side(m.Groups["a"].Value);
                var b = Side(m.Groups["b"].Value);
                Add(context, sentence, mentions, Span(sentence, m), a, b, keepAlias: true, claimed);
            }

            foreach (Match m in Between.Matches(sentence.Text))
            {
                var a = FirstSideMention(mentions, sentence.Start + m.Groups["a"].Index, sentence.Start + m.Groups["a"].Index + m.Groups["a"].Length);
                var b = FirstSideMention(mentions, sentence.Start + m.Groups["b"].Index, sentence.Start + m.Groups["b"].Index + m.Groups["b"].Length);
                Add(context, sentence, mentions, Span(sentence, m), a, b, keepAlias: m.Groups["site"].Length == 0, claimed);
            }

            foreach (Match m in SharedBorder.Matches(sentence.Text))
            {
                // "Iraq's readiness to cooperate with Syria on securing their shared border": the two states the clause names before it
                var sides = mentions.Where(mm => mm.End <= sentence.Start + m.Index).OrderByDescending(mm => mm.Start)
                    .Select(SideOf).OfType<string>().Select(Governed).Where(IsTerritory).Distinct().Take(2).ToList();
                if (sides.Count == 2)
                {
                    Add(context, sentence, mentions, Span(sentence, m), sides[0], sides[1], keepAlias: false, claimed);
                }
            }

            foreach (Match m in With().Matches(sentence.Text))
            {
                var after = sentence.Start + m.Index + m.Length;
                var first = mentions.Where(mm => mm.Start >= after && mm.Start < after + 30 && SideOf(mm) is not null).OrderBy(mm => mm.Start).FirstOrDefault();
                if (first is null)
                {
                    continue;
                }

                var other = OtherSide(context, mentions, first.Canonical, sentence.Start + m.Index);
                Add(context, sentence, mentions, (sentence.Start + m.Index, first.End), first.Canonical, other, keepAlias: false, claimed);

                // "its borders with Iraq and Syria": one border per neighbour
                var second = mentions.FirstOrDefault(mm => mm.Start > first.End && SideOf(mm) is not null && context.Text[first.End..mm.Start].Trim() is "and" or "and with");
                if (m.Value.Contains("borders", StringComparison.OrdinalIgnoreCase) && second is not null)
                {
                    Add(context, sentence, mentions, (second.Start, second.End), second.Canonical, other, keepAlias: false, claimed);
                }
            }

            foreach (Match m in AdjectiveBorder().Matches(sentence.Text))
            {
                if (InsideName(context, sentence, m))
                {
                    continue; // "Iraqi Border Guard Command" is a body, not a frontier
                }

                var x = Side(m.Groups["a"].Value);
                Add(context, sentence, mentions, Span(sentence, m), x, OtherSide(context, mentions, x, sentence.Start + m.Index), keepAlias: true, claimed);
            }
        }
    }

    /// <summary>A capitalized "Border" followed by another capitalized word, or inside an organization's name, names a body.</summary>
    private static bool InsideName(ExtractionContext context, Sentence sentence, Match m)
    {
        var (start, end) = Span(sentence, m);
        var after = sentence.Text.AsSpan(m.Index + m.Length);
        var capitalizedNext = char.IsUpper(m.Value[m.Value.LastIndexOf(' ') + 1]) && after.Length > 1 && after[0] == ' ' && char.IsUpper(after[1]);
        return capitalizedNext || context.MentionsIn(sentence.Index).Any(o => o.Label == NodeLabels.Organization && o.Start <= start && end <= o.End);
    }

    private static (int Start, int End) Span(Sentence sentence, Match m) => (sentence.Start + m.Index, sentence.Start + m.Index + m.Length);

    private void Add(ExtractionContext context, Sentence sentence, List<Mention> mentions, (int Start, int End) span, string? a, string? b, bool keepAlias, List<(int, int)> claimed)
    {
        if (a is null || b is null || a == b || Contains(a, b) || Contains(b, a))
        {
            return;
        }

        var (start, stop) = span;
        if (claimed.Any(c => c.Item1 < stop && start < c.Item2))
        {
            return;
        }

        claimed.Add((start, stop));
        var sides = new[] { a, b };
        Array.Sort(sides, StringComparer.Ordinal);
        var surface = context.Text[start..stop];
        var mention = new Mention
        {
            Start = start,
            End = stop,
            Surface = surface,
            Label = NodeLabels.Border,
            Canonical = $"{sides[0]}–{sides[1]} border",
            SentenceIndex = sentence.Index,
            Known = true,
            Confidence = keepAlias ? 0.9 : 0.75,
            KeepAlias = keepAlias,
        };
        context.Mentions.Add(mention);
        foreach (var inside in mentions.Where(x => x.Start >= start && x.End <= stop && x.Label is NodeLabels.Country or NodeLabels.Place))
        {
            inside.Role = MentionRole.Modifier;
        }
    }

    /// <summary>A side named by a word: a demonym, a country, a region adjective ("Kurdish") or a place.</summary>
    private string? Side(string word) =>
        gazetteer.CountryOfDemonym(word) ?? gazetteer.Country(word)?.Name ?? gazetteer.RegionOfAdjective(word) ?? gazetteer.Place(word)?.Name;

    private static string? SideOf(Mention m) => m.Label is NodeLabels.Country or NodeLabels.Place ? m.Canonical : null;

    /// <summary>The first side named in a span: a state, a region or a place, a capital standing for its state and a seat of government for its region ("between Erbil and Tehran").</summary>
    private string? FirstSideMention(List<Mention> mentions, int from, int to) =>
        mentions.Where(m => m.Start >= from && m.Start < to && SideOf(m) is not null).OrderBy(m => m.Start).Select(m => Governed(SideOf(m)!)).FirstOrDefault();

    /// <summary>A state or a self-governing region: what a shared border lies between (not a town).</summary>
    private bool IsTerritory(string side) => gazetteer.Country(side) is not null || gazetteer.Place(side)?.Government is not null;

    private string Governed(string side) =>
        gazetteer.IsCapital(side) && gazetteer.Place(side)?.Country is { } state ? state : gazetteer.RegionSeatedIn(side) ?? side;

    /// <summary>The other side of "the border with X": a state the sentence names (before the phrase first) that does not contain X, else the article's main state.</summary>
    private string? OtherSide(ExtractionContext context, List<Mention> mentions, string? x, int before)
    {
        if (x is null)
        {
            return null;
        }

        // the state named before the phrase (its subject or possessor) first, nearest first; then those after it
        var candidates = mentions.OrderBy(m => m.Start < before ? 0 : 1).ThenBy(m => Math.Abs(m.Start - before))
            .Select(m => m.Label == NodeLabels.Country ? m.Canonical : m.Label == NodeLabels.Place ? CountryOfPlace(m.Canonical) : null)
            .Where(c => c is not null && c != x && !Contains(c, x) && !Contains(x, c))
            .ToList();
        // a list of states in the sentence ("A, B, C and D ... to the Turkish border"): only the article's own state is a safe guess
        if (candidates.Distinct().Count() >= 3)
        {
            return context.MainCountry is { } own && candidates.Contains(own) ? own : null;
        }

        return candidates.FirstOrDefault() ?? (context.MainCountry is { } main && main != x && !Contains(main, x) ? main : null);
    }

    /// <summary>The state a capital or a compass region ("northeastern Jordan") belongs to.</summary>
    private string? CountryOfPlace(string place)
    {
        if (gazetteer.IsCapital(place))
        {
            return gazetteer.Place(place)?.Country;
        }

        var space = place.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && Vocabulary.CompassAdjectives.Contains(place[..space].ToLowerInvariant()) ? gazetteer.Country(place[(space + 1)..])?.Name : null;
    }

    /// <summary>Whether <paramref name="outer"/> contains <paramref name="inner"/> (a state and its region).</summary>
    private bool Contains(string outer, string inner) => gazetteer.Place(inner)?.Country == outer;

    [GeneratedRegex(@"\b(?<a>\p{Lu}[\p{L}]+)\s?[-–‑]\s?(?<b>\p{Lu}[\p{L}]+)\s+(?:border|frontier)s?\b")]
    private static partial Regex Hyphenated();

    /// <summary>"the border between X and Y", "border gates between X and Y" (the nouns after "border" from entity-cues.tsv).</summary>
    private static readonly Regex Between = new(
        @"\b(?:border|frontier)s?\s+(?:(?<site>" + string.Join("|", Vocabulary.BorderSites.Select(Regex.Escape)) + @")\s+)?(?:between|separating)\s+(?:the\s+)?(?<a>[\p{L}'’ -]+?)\s+and\s+(?:the\s+)?(?<b>[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*)",
        RegexOptions.CultureInvariant);

    /// <summary>"their shared border", "the common frontier" (the adjectives from entity-cues.tsv).</summary>
    private static readonly Regex SharedBorder = new(
        @"\b(?:their|the|our)\s+(?:" + string.Join("|", Vocabulary.SharedBorderWords.Select(Regex.Escape)) + @")\s+(?:border|frontier)\b",
        RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\b(?:[Bb]orders?|[Ff]rontiers?)\s+with\s+(?:the\s+)?")]
    private static partial Regex With();

    [GeneratedRegex(@"\b(?<a>\p{Lu}[\p{L}]+)\s+(?:[Bb]order|[Ff]rontier)\b")]
    private static partial Regex AdjectiveBorder();
}
