using GraphExplorer.Extraction.Pipeline;

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
                    continue;
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
