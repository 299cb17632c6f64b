using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Recognition;

namespace GraphExplorer.Extraction.Resolution;

/// <summary>
/// Persons inside one article: a shorter form ("al-Sudani", "Minister Ahmed", "Mohammed al-Sudani")
/// resolves to the fullest name with the same surname (and compatible given name); the canonical name
/// is the fullest form.
/// </summary>
internal static class PersonResolver
{
    public static void Resolve(ExtractionContext context)
    {
        AddSurnameMentions(context);
        var persons = context.Mentions.Where(m => m.Label == NodeLabels.Person).ToList();
        if (persons.Count == 0)
        {
            return;
        }

        var wordsOf = persons.ToDictionary(m => m, m => Words(m.Surface));
        // Each distinct full form once, with the offsets of its mentions, so an article that repeats a name
        // thousands of times costs a lookup per mention, not a scan of every other mention.
        var forms = persons.Where(m => wordsOf[m].Count >= 2)
            .GroupBy(m => string.Join(' ', wordsOf[m]), StringComparer.Ordinal)
            .Select(g => new FullForm(wordsOf[g.First()], [.. g.OrderBy(m => m.Start)]))
            .ToLookup(f => Surname(f.Words), StringComparer.Ordinal);
        var fullestByForm = new Dictionary<string, List<FullForm>>(StringComparer.Ordinal);
        foreach (var mention in persons)
        {
            var words = wordsOf[mention];
            var key = string.Join(' ', words);
            if (!fullestByForm.TryGetValue(key, out var fullest))
            {
                var compatible = forms[Surname(words)].Where(f => Compatible(words, f.Words)).ToList();
                var most = compatible.Count == 0 ? 0 : compatible.Max(f => f.Words.Count);
                fullest = fullestByForm[key] = [.. compatible.Where(f => f.Words.Count == most)];
            }

            if (fullest.Count == 0)
            {
                continue;
            }

            // the fullest compatible form; ties go to the one mentioned nearest before, else the first after
            var best = fullest.Select(f => f.NearestBefore(mention.Start)).Where(m => m is not null).MaxBy(m => m!.Start)
                ?? fullest.Select(f => f.Mentions[0]).MinBy(m => m.Start)!;
            mention.Canonical = Clean(best.Surface);
        }

        foreach (var mention in persons.Where(m => wordsOf[m].Count >= 2))
        {
            if (mention.Canonical == mention.Surface)
            {
                mention.Canonical = Clean(mention.Surface);
            }
        }
    }

    /// <summary>One full name form (two words or more) and its mentions in text order.</summary>
    private sealed record FullForm(List<string> Words, List<Mention> Mentions)
    {
        public Mention? NearestBefore(int start)
        {
            int low = 0, high = Mentions.Count - 1, found = -1;
            while (low <= high)
            {
                var middle = (low + high) / 2;
                if (Mentions[middle].Start <= start)
                {
                    found = middle;
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return found < 0 ? null : Mentions[found];
        }
    }

    /// <summary>A bare surname ("Shamkhani denounced ...") of a person named in full elsewhere in the article is a mention of that person.</summary>
    private static void AddSurnameMentions(ExtractionContext context)
    {
        var surnames = context.Mentions.Where(m => m.Label == NodeLabels.Person && Words(m.Surface).Count >= 2)
            .Select(m => Surname(Words(m.Surface))).Where(s => s.Length > 2).ToHashSet(StringComparer.Ordinal);
        if (surnames.Count == 0)
        {
            return;
        }

        var covered = new bool[context.Text.Length + 1];
        foreach (var m in context.Mentions)
        {
            Array.Fill(covered, true, m.Start, m.End - m.Start);
        }

        foreach (var sentence in context.Sentences)
        {
            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (!t.IsCapitalized || covered[t.Start] || !surnames.Contains(t.Norm))
                {
                    continue;
                }

                // take a particle in front along: "al-Shammari", "Al Shammari"
                var first = i;
                if (i >= 2 && tokens[i - 1].Text == "-" && Vocabulary.NameParticles.Contains(tokens[i - 2].Norm))
                {
                    first = i - 2;
                }
                else if (i >= 1 && tokens[i - 1].IsWord && Vocabulary.NameParticles.Contains(tokens[i - 1].Norm))
                {
                    first = i - 1;
                }

                if (covered[tokens[first].Start])
                {
                    first = i;
                }

                context.Mentions.Add(new Mention
                {
                    Start = tokens[first].Start,
                    End = t.End,
                    Surface = context.Text[tokens[first].Start..t.End],
                    Label = NodeLabels.Person,
                    Canonical = context.Text[tokens[first].Start..t.End],
                    SentenceIndex = sentence.Index,
                    Confidence = 0.8,
                });
            }
        }
    }

    /// <summary>The surname key: the last word, without a leading name particle ("al-Araji" → "araji").</summary>
    public static string Surname(IReadOnlyList<string> words) => words.Count == 0 ? "" : words[^1];

    /// <summary>The name's words, lower case, without particles (al, el, bin...).</summary>
    public static List<string> Words(string name)
    {
        var tokens = Tokenizer.Tokenize(name, 0, name.Length);
        return [.. tokens.Where(t => t.IsWord && !Vocabulary.NameParticles.Contains(t.Norm) || (t.IsWord && t.Norm == "abd")).Select(t => t.Norm)];
    }

    /// <summary>A shorter name is compatible with a fuller one when its words appear in it in order.</summary>
    private static bool Compatible(List<string> shorter, List<string> fuller)
    {
        var j = 0;
        foreach (var word in shorter)
        {
            while (j < fuller.Count && fuller[j] != word)
            {
                j++;
            }

            if (j == fuller.Count)
            {
                return false;
            }

            j++;
        }

        return true;
    }

    private static string Clean(string surface) => surface.Trim().TrimEnd(',', '.');
}
