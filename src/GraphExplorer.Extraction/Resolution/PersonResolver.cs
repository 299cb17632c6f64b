using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Recognition;

namespace GraphExplorer.Extraction.Resolution;

/// <summary>
/// Persons inside one article: a shorter form ("al-Sudani", "Minister Ahmed", "Mohammed al-Sudani")
/// resolves to the fullest name with the same surname (and compatible given name); the canonical name
/// is the fullest form.
/// </summary>
internal static partial class PersonResolver
{
    public static void Resolve(ExtractionContext context)
    {
        AddSurnameMentions(context);
        var persons = context.Mentions.Where(m => m.Label == NodeLabels.Person).OrderBy(m => m.Start).ToList();
        if (persons.Count == 0)
        {
            return;
        }

        var names = persons.ToDictionary(m => m, m => Clean(m.Surface));
        var counts = persons.ToDictionary(m => m, m => PersonNames.WordCount(names[m]));

        // the people named in full: the fullest forms first, each shorter full form joining the person it can be
        // (only people whose surname can match are compared: see SurnameIndex)
        var people = new List<List<Mention>>();
        var keysOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string> Keys(string name) => keysOf.TryGetValue(name, out var keys) ? keys : keysOf[name] = [.. SurnameIndex.KeysOfName(name)];
        var heads = new SurnameIndex();
        foreach (var mention in persons.Where(m => counts[m] >= 2).OrderByDescending(m => counts[m]).ThenBy(m => m.Start))
        {
            var fits = heads.Candidates(Keys(names[mention])).Select(i => people[i])
                .Where(p => PersonNames.OnePerson(names[mention], names[p[0]], firstNameMustMatch: false)).ToList();
            var person = fits.Count == 1 ? fits[0] : fits.Count > 1 ? Nearest(fits, mention) : null;
            if (person is null)
            {
                heads.Add(people.Count, Keys(names[mention]));
                people.Add([mention]);
            }
            else
            {
                person.Add(mention);
            }
        }

        foreach (var person in people)
        {
            var canonical = names[person[0]];
            foreach (var mention in person)
            {
                mention.Canonical = canonical;
            }
        }

        // a bare surname is the person of that surname named nearest before it (or first after it); the people whose
        // surname (in any of their names' readings) matches it are exactly those filed under one of its keys
        var bySurname = new SurnameIndex();
        for (var i = 0; i < people.Count; i++)
        {
            bySurname.Add(i, people[i].Select(m => names[m]).Distinct(StringComparer.Ordinal).SelectMany(Keys));
        }

        var startsOf = people.Select(p => p.Select(m => m.Start).Order().ToArray()).ToList();
        foreach (var mention in persons.Where(m => counts[m] == 1))
        {
            var surname = PersonNames.Readings(names[mention])[0][0];
            var fits = bySurname.Candidates(SurnameIndex.KeysOfWord(surname));
            if (fits.Count > 0)
            {
                mention.Canonical = names[people[Nearest(fits, startsOf, mention.Start)][0]];
            }
        }
    }

    /// <summary>
    /// <see cref="Nearest(List{List{Mention}}, Mention)"/> over people given by index with their mentions' starts
    /// sorted: a binary search each instead of a pass over every mention of every person.
    /// </summary>
    private static int Nearest(List<int> fits, List<int[]> startsOf, int start)
    {
        var best = fits[0];
        var bestDistance = long.MaxValue;
        foreach (var person in fits)
        {
            var starts = startsOf[person];
            var at = Array.BinarySearch(starts, start);
            var after = at >= 0 ? LastOf(starts, at) + 1 : ~at; // the first start after `start`
            long distance = after > 0 ? start - starts[after - 1] : int.MaxValue / 2 + (long)starts[0];
            if (distance < bestDistance)
            {
                (best, bestDistance) = (person, distance);
            }
        }

        return best;

        static int LastOf(int[] starts, int at)
        {
            while (at + 1 < starts.Length && starts[at + 1] == starts[at])
            {
                at++;
            }

            return at;
        }
    }

    /// <summary>Of several people, the one mentioned nearest before <paramref name="mention"/>, else the first mentioned after it.</summary>
    private static List<Mention> Nearest(List<List<Mention>> people, Mention mention) =>
        people.OrderBy(p => p.Where(m => m.Start <= mention.Start).Select(m => mention.Start - m.Start).DefaultIfEmpty(int.MaxValue / 2 + p.Min(m => m.Start)).Min()).First();

    /// <summary>A bare surname ("Shamkhani denounced ...") of a person named in full elsewhere in the article is a mention of that person.</summary>
    private static void AddSurnameMentions(ExtractionContext context)
    {
        var surnames = context.Mentions.Where(m => m.Label == NodeLabels.Person && Words(m.Surface).Count >= 2)
            .Select(m => Surname(Words(m.Surface))).Where(s => s.Length > 2).ToHashSet(StringComparer.Ordinal);
        if (surnames.Count == 0)
        {
            return;
        }

        // a GeoNames town spelt like the surname of a person the article names is that person ("Abbasi said")
        foreach (var town in context.Mentions.Where(m => m.Yields && m.Label == NodeLabels.Place && surnames.Contains(Surname(Words(m.Surface)))).ToList())
        {
            context.RemoveMention(town);
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
        var bare = WithoutInsertions(name);
        var tokens = Tokenizer.Tokenize(bare, 0, bare.Length);
        return [.. tokens.Where(t => t.IsWord && !Vocabulary.IsComparisonNoise(t.Norm)).Select(t => t.Norm)];
    }

    /// <summary>The name without a quoted nickname or a parenthesized second name: Michael "Erik" Kurilla → Michael Kurilla.</summary>
    public static string WithoutInsertions(string name) =>
        name.IndexOfAny(['(', '"', '“']) < 0 ? name : Spaces().Replace(Insertion().Replace(name, " "), " ").Trim();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*(?:\([^()]*\)|""[^""]*""|“[^”]*”)\s*")]
    private static partial System.Text.RegularExpressions.Regex Insertion();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Spaces();

    private static string Clean(string surface) => WithoutInsertions(surface.Trim().TrimEnd(',', '.'));
}
