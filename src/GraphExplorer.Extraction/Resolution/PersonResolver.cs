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
        var full = persons.Where(m => wordsOf[m].Count >= 2).OrderByDescending(m => wordsOf[m].Count).ThenBy(m => m.Start).ToList();

        // Each distinct full form once, by surname, with its mentions' starts in order: a long article names the same
        // people again and again, and comparing every mention with every full mention grew with the square of its length.
        var formsBySurname = new Dictionary<string, Dictionary<string, FullForm>>(StringComparer.Ordinal);
        for (var i = 0; i < full.Count; i++)
        {
            var words = wordsOf[full[i]];
            var forms = formsBySurname.TryGetValue(Surname(words), out var found) ? found : formsBySurname[Surname(words)] = new(StringComparer.Ordinal);
            if (!forms.TryGetValue(full[i].Surface, out var form))
            {
                forms[full[i].Surface] = form = new FullForm(words);
            }

            form.Starts.Add(full[i].Start);
            form.Order.Add(i);
        }

        foreach (var mention in persons)
        {
            var words = wordsOf[mention];
            if (!formsBySurname.TryGetValue(Surname(words), out var forms))
            {
                continue;
            }

            // the fullest compatible form; ties go to the one mentioned nearest before (then to the earlier in the full list)
            (int Count, long Distance, int Order)? best = null;
            foreach (var form in forms.Values.Where(f => Compatible(words, f.Words)))
            {
                var candidate = form.Nearest(mention.Start);
                if (best is not { } b || form.Words.Count > b.Count || (form.Words.Count == b.Count && (candidate.Distance, candidate.Order).CompareTo((b.Distance, b.Order)) < 0))
                {
                    best = (form.Words.Count, candidate.Distance, candidate.Order);
                }
            }

            if (best is { } chosen)
            {
                mention.Canonical = Clean(full[chosen.Order].Surface);
            }
        }

        foreach (var mention in persons.Where(m => wordsOf[m].Count >= 2))
        {
            if (mention.Canonical == mention.Surface)
            {
                mention.Canonical = Clean(mention.Surface);
            }
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

    /// <summary>One surface of a full name: its words, and the starts of its mentions (ascending) with their places in the full list.</summary>
    private sealed class FullForm(List<string> words)
    {
        public List<string> Words { get; } = words;

        public List<int> Starts { get; } = [];

        public List<int> Order { get; } = [];

        /// <summary>The mention nearest before <paramref name="start"/> (distance = start minus its start), else the first one after (ranked behind every one before).</summary>
        public (long Distance, int Order) Nearest(int start)
        {
            // the first index whose start is greater than `start`; the run of equal starts before it holds the nearest
            int low = 0, high = Starts.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (Starts[middle] <= start)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            if (low == 0)
            {
                return (int.MaxValue / 2 + (long)Starts[0], Order[0]);
            }

            var first = low - 1;
            while (first > 0 && Starts[first - 1] == Starts[low - 1])
            {
                first--;
            }

            return (start - Starts[first], Order[first]);
        }
    }
}
