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
        // Each distinct written name is read once and each pair of names compared once, and people are found by the
        // keys of their surnames, so an article that repeats names thousands of times costs a lookup per mention,
        // not a comparison with every person named before it.
        var readings = new Dictionary<string, List<List<string>>>(StringComparer.Ordinal);
        List<List<string>> ReadingsOf(string name) => readings.TryGetValue(name, out var known) ? known : readings[name] = PersonNames.Readings(name);
        var comparisons = new Dictionary<(string, string), bool>();
        bool OnePerson(string name, string other) => comparisons.TryGetValue((name, other), out var known)
            ? known : comparisons[(name, other)] = PersonNames.OnePerson(name, other, firstNameMustMatch: false);
        var counts = persons.ToDictionary(m => m, m => ReadingsOf(names[m])[0].Count);

        // the people named in full: the fullest forms first, each shorter full form joining the person it can be
        // (two names can be one person only when their surnames are spellings of one name)
        var people = new List<Person>();
        var byHeadSurname = new Dictionary<string, List<Person>>(StringComparer.Ordinal);
        foreach (var mention in persons.Where(m => counts[m] >= 2).OrderByDescending(m => counts[m]).ThenBy(m => m.Start))
        {
            var name = names[mention];
            var surnames = SurnameKeys(ReadingsOf(name));
            var fits = InCreationOrder(byHeadSurname, surnames).Where(p => OnePerson(name, p.Name)).ToList();
            var person = fits.Count == 1 ? fits[0] : fits.Count > 1 ? Nearest(fits, mention) : null;
            if (person is null)
            {
                person = new Person(people.Count, name);
                people.Add(person);
                foreach (var key in surnames)
                {
                    Index(byHeadSurname, key, person);
                }
            }

            person.Add(mention);
        }

        // every surname any mention of a person is written with
        var bySurname = new Dictionary<string, List<Person>>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            foreach (var mention in person.Mentions)
            {
                mention.Canonical = person.Name;
            }

            var written = person.Mentions.Select(m => names[m]).Distinct(StringComparer.Ordinal).ToList();
            person.Surnames.UnionWith(written.SelectMany(n => ReadingsOf(n).Where(r => r.Count > 0).Select(r => r[^1])));
            foreach (var key in written.SelectMany(n => SurnameKeys(ReadingsOf(n))).Distinct(StringComparer.Ordinal))
            {
                Index(bySurname, key, person);
            }
        }

        // a bare surname is the person of that surname named nearest before it (or first after it)
        foreach (var mention in persons.Where(m => counts[m] == 1))
        {
            var bare = ReadingsOf(names[mention])[0][0];
            var fits = InCreationOrder(bySurname, PersonNames.MatchKeys(bare))
                .Where(p => p.Surnames.Any(s => PersonNames.WordsMatch(bare, s))).ToList();
            if (fits.Count > 0)
            {
                mention.Canonical = Nearest(fits, mention).Name;
            }
        }
    }

    /// <summary>The match keys (<see cref="PersonNames.MatchKeys"/>) of the last word of each reading of a name.</summary>
    private static List<string> SurnameKeys(List<List<string>> readings) =>
        [.. readings.Where(r => r.Count > 0).SelectMany(r => PersonNames.MatchKeys(r[^1])).Distinct(StringComparer.Ordinal)];

    private static void Index(Dictionary<string, List<Person>> index, string key, Person person)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        // people are indexed in creation order, so the last one is the only one that can repeat
        if (list.Count == 0 || list[^1] != person)
        {
            list.Add(person);
        }
    }

    private static List<Person> InCreationOrder(Dictionary<string, List<Person>> index, IEnumerable<string> keys) =>
        [.. keys.SelectMany(k => index.TryGetValue(k, out var list) ? list : []).Distinct().OrderBy(p => p.Order)];

    /// <summary>Of several people, the one mentioned nearest before <paramref name="mention"/>, else the first mentioned after it.</summary>
    private static Person Nearest(List<Person> people, Mention mention) => people.MinBy(p => p.Distance(mention.Start))!;

    /// <summary>One person named in full: the fullest name (the canonical one), the mentions and their offsets in text order.</summary>
    private sealed class Person(int order, string name)
    {
        private readonly List<int> starts = [];

        public int Order { get; } = order;

        public string Name { get; } = name;

        public List<Mention> Mentions { get; } = [];

        /// <summary>The surnames the person's full names are written with.</summary>
        public HashSet<string> Surnames { get; } = new(StringComparer.Ordinal);

        public void Add(Mention mention)
        {
            Mentions.Add(mention);
            var at = starts.BinarySearch(mention.Start);
            starts.Insert(at < 0 ? ~at : at, mention.Start);
        }

        /// <summary>How far before <paramref name="start"/> the nearest mention is; past any such distance, the first mention after it.</summary>
        public int Distance(int start)
        {
            var at = starts.BinarySearch(start);
            if (at >= 0)
            {
                return 0;
            }

            var before = ~at - 1;
            return before >= 0 ? start - starts[before] : int.MaxValue / 2 + starts[0];
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
