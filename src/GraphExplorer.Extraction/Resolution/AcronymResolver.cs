using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Recognition;

namespace GraphExplorer.Extraction.Resolution;

/// <summary>
/// Acronyms defined in parentheses right after a name ("Iraqi National Security Service (INSS)")
/// become aliases of that entity, and later bare uses of the acronym become its mentions.
/// </summary>
internal static class AcronymResolver
{
    public static void Resolve(ExtractionContext context)
    {
        var defined = new Dictionary<string, Mention>(StringComparer.Ordinal);
        foreach (var sentence in context.Sentences)
        {
            var tokens = sentence.Tokens;
            for (var i = 0; i + 2 < tokens.Count; i++)
            {
                if (tokens[i].Text != "(" || !tokens[i + 1].IsAllCaps || tokens[i + 2].Text != ")")
                {
                    continue;
                }

                var owner = context.MentionsIn(sentence.Index).LastOrDefault(m => m.End <= tokens[i].Start
                    && m.End >= tokens[i].Start - 1 && m.Role != MentionRole.Modifier);
                if (owner is null || !MatchesInitials(tokens[i + 1].Text, owner.Surface))
                {
                    owner = DefinedName(context, sentence, i);
                    if (owner is null)
                    {
                        continue;
                    }
                }

                defined[tokens[i + 1].Text] = owner;
                var existing = context.MentionsIn(sentence.Index).FirstOrDefault(m => m.Start == tokens[i + 1].Start);
                if (existing is not null)
                {
                    existing.Label = owner.Label;
                    existing.Canonical = owner.Canonical;
                }
                else
                {
                    context.Mentions.Add(Copy(owner, tokens[i + 1], context.Text, sentence.Index));
                }
            }
        }

        if (defined.Count == 0)
        {
            return;
        }

        var taken = context.Mentions.Select(m => m.Start).ToHashSet();
        foreach (var sentence in context.Sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                if (token.IsAllCaps && !taken.Contains(token.Start) && defined.TryGetValue(token.Text, out var owner))
                {
                    context.Mentions.Add(Copy(owner, token, context.Text, sentence.Index));
                }
            }
        }
    }

    /// <summary>
    /// An organization no gazetteer knows, defined by its acronym: the capitalized words (with "of", "for",
    /// "and", "the" between them) before the parenthesis, when they carry an organization head word and the
    /// acronym's letters are their initials ("State Organization for Marketing of Oil (SOMO)").
    /// Mentions inside the name (a demonym, a place) give way to it.
    /// </summary>
    private static Mention? DefinedName(ExtractionContext context, Sentence sentence, int parenthesis)
    {
        var tokens = sentence.Tokens;
        var first = parenthesis;
        for (var j = parenthesis - 1; j >= 0 && parenthesis - j <= 8; j--)
        {
            var t = tokens[j];
            var connector = t.Text is "of" or "for" or "and" or "the";
            if (!t.IsWord || t.Text.Contains('\'') || t.Text.Contains('’') || !(t.IsCapitalized || connector))
            {
                break;
            }

            first = j;
        }

        while (first < parenthesis && !tokens[first].IsCapitalized)
        {
            first++;
        }

        if (first >= parenthesis - 1 || !Enumerable.Range(first, parenthesis - first).Any(k => Vocabulary.OrganizationHeads.Contains(tokens[k].Norm)))
        {
            return null;
        }

        var start = tokens[first].Start;
        var end = tokens[parenthesis - 1].End;
        var name = context.Text[start..end];
        if (!MatchesInitials(tokens[parenthesis + 1].Text, name))
        {
            return null;
        }

        foreach (var inside in context.MentionsIn(sentence.Index).Where(m => m.Start >= start && m.End <= end).ToList())
        {
            context.RemoveMention(inside);
        }

        var mention = new Mention
        {
            Start = start,
            End = end,
            Surface = name,
            Label = NodeLabels.Organization,
            Canonical = name,
            SentenceIndex = sentence.Index,
            Confidence = 0.8,
        };
        context.Mentions.Add(mention);
        return mention;
    }

    /// <summary>The acronym's letters are initials of the name's words, in order ("INSS" for "Iraqi National Security Service").</summary>
    internal static bool MatchesInitials(string acronym, string name)
    {
        var initials = name.Split([' ', '-', '’', '\''], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0])).ToList();
        var j = 0;
        var matched = 0;
        foreach (var letter in acronym)
        {
            while (j < initials.Count && initials[j] != letter)
            {
                j++;
            }

            if (j == initials.Count)
            {
                return false;
            }

            matched++;
            j++;
        }

        return matched >= 2 && char.ToUpperInvariant(acronym[0]) == initials.FirstOrDefault(c => c == acronym[0]);
    }

    private static Mention Copy(Mention owner, Token token, string text, int sentence) => new()
    {
        Start = token.Start,
        End = token.End,
        Surface = text[token.Start..token.End],
        Label = owner.Label,
        Canonical = owner.Canonical,
        Known = owner.Known,
        Confidence = owner.Confidence,
        SentenceIndex = sentence,
        Role = MentionRole.Actor,
    };
}
