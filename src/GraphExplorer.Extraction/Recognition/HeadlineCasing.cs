using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Splitting;

namespace GraphExplorer.Extraction.Recognition;

/// <summary>
/// Reads a title-case headline ("Kurdistan Region Prime Minister Meets With Iraqi Security Chief") as the sentence it
/// stands for: every capital that only title case put there is lowered in the headline's tokens, so that recognition
/// and the relation rules read the headline like any other sentence. A word keeps its capital when it starts a name the
/// gazetteers know, when it is part of a run of capitalized words the article's body also writes that way ("National
/// Security Service"), when the body writes it capitalized inside sentences at least as often as in lower case (or
/// only capitalized, opening sentences), or
/// when it is a known given name before another capitalized word; acronyms and the first word keep theirs. The sentence text, and with it the evidence, stays as printed.
/// </summary>
internal static class HeadlineCasing
{
    private const int MaxRun = 6;

    public static void Apply(ExtractionContext context, Gazetteer gazetteer)
    {
        var headlines = context.Sentences.Where(s => s.IsHeadline && SplitStep.IsTitleCase(s.Text)).ToList();
        if (headlines.Count == 0)
        {
            return;
        }

        var body = BodyCasing.Of(context.Sentences.Where(s => !s.IsHeadline));
        foreach (var headline in headlines)
        {
            headline.Tokens = Truecase(headline.Tokens, body, gazetteer);
        }
    }

    private static List<Token> Truecase(IReadOnlyList<Token> tokens, BodyCasing body, Gazetteer gazetteer)
    {
        var result = tokens.ToList();
        var first = result.FindIndex(t => t.IsWord);
        for (var i = Math.Max(first, 0); i < result.Count && first >= 0; i++)
        {
            var token = result[i];
            if (!token.IsCapitalized || token.IsAllCaps)
            {
                continue;
            }

            var keepThrough = KnownName(tokens, i, body, gazetteer) ?? body.CapitalizedRun(tokens, i);
            if (keepThrough is { } last)
            {
                i = last;
                continue;
            }

            // a given name before a capitalized word opens a person's name, though the body may name them by surname only
            var givenName = gazetteer.IsGivenName(token.Text) && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized;
            if (i != first && !givenName && !body.WrittenCapitalized(token.Norm))
            {
                result[i] = token with { Text = token.Text.ToLowerInvariant() };
            }
        }

        return result;
    }

    /// <summary>The last token of a gazetteer name starting here; a GeoNames town only when the body names it too (a small town's name is often an English word).</summary>
    private static int? KnownName(IReadOnlyList<Token> tokens, int i, BodyCasing body, Gazetteer gazetteer) =>
        gazetteer.LongestMatch(tokens, i, e => e.Kind != EntryKind.Title && (e.Category != Gazetteer.GeonamesCategory || body.WrittenCapitalized(tokens[i].Norm)))
            is { } match ? match.EndToken : null;

    /// <summary>How the article's body writes its words: counts of capitalized (inside a sentence, or opening one) and lower-case uses, and runs of capitalized words.</summary>
    private sealed class BodyCasing
    {
        private readonly Dictionary<string, int> capitalized = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> lower = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> opening = new(StringComparer.Ordinal);
        private readonly HashSet<string> runs = new(StringComparer.Ordinal);

        public static BodyCasing Of(IEnumerable<Sentence> sentences)
        {
            var casing = new BodyCasing();
            foreach (var sentence in sentences)
            {
                var words = sentence.Tokens.Where(t => t.IsWord).ToList();
                for (var w = 0; w < words.Count; w++)
                {
                    var counts = !words[w].IsCapitalized ? casing.lower : w > 0 ? casing.capitalized : casing.opening;
                    counts[words[w].Norm] = counts.GetValueOrDefault(words[w].Norm) + 1;
                }

                casing.AddRuns(sentence.Tokens);
            }

            return casing;
        }

        /// <summary>Capitalized inside sentences at least as often as in lower case, or capitalized opening sentences and never in lower case.</summary>
        public bool WrittenCapitalized(string norm)
        {
            var up = capitalized.GetValueOrDefault(norm);
            var down = lower.GetValueOrDefault(norm);
            return (up > 0 && up >= down) || (down == 0 && opening.ContainsKey(norm));
        }

        /// <summary>The last token of the longest run of two or more capitalized words from <paramref name="i"/> that the body writes as such.</summary>
        public int? CapitalizedRun(IReadOnlyList<Token> tokens, int i)
        {
            int? last = null;
            foreach (var (end, key) in RunsFrom(tokens, i))
            {
                if (runs.Contains(key))
                {
                    last = end;
                }
            }

            return last;
        }

        private void AddRuns(IReadOnlyList<Token> tokens)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].IsCapitalized)
                {
                    foreach (var (_, key) in RunsFrom(tokens, i))
                    {
                        runs.Add(key);
                    }
                }
            }
        }

        /// <summary>
        /// Every run of two or more words from <paramref name="i"/> that ends on a capitalized word, as its last token
        /// and its key (the words' norms joined by spaces): joiners are passed over and name particles may stand inside.
        /// </summary>
        private static IEnumerable<(int End, string Key)> RunsFrom(IReadOnlyList<Token> tokens, int i)
        {
            var key = tokens[i].Norm;
            var words = 1;
            for (var j = i + 1; j < tokens.Count && words < MaxRun; j++)
            {
                if (!tokens[j].IsWord)
                {
                    if (Tokenizer.IsJoiner(tokens[j]))
                    {
                        continue;
                    }

                    yield break;
                }

                if (!tokens[j].IsCapitalized && !Vocabulary.NameParticles.Contains(tokens[j].Norm))
                {
                    yield break;
                }

                key += " " + tokens[j].Norm;
                words++;
                if (tokens[j].IsCapitalized)
                {
                    yield return (j, key);
                }
            }
        }
    }
}
