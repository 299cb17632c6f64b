using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Benchmark;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Syntax;
using GraphExplorer.Extraction.Syntax.Tokenization;

namespace GraphExplorer.Extraction.Relations.Clauses;

/// <summary>
/// Parses a sentence with every recognized mention folded into one word, a person together with the office
/// titles right before the name ("Croatian Foreign Minister Ali Kovac" is parsed as one proper noun): the
/// parser then sees the short clause news prose hides behind its long names, and a name can no longer be
/// torn apart by a wrong attachment inside it. The parser reads a common English name of the mention's
/// kind in its place; title-case headlines are parsed in lower case. The tree's words keep their offsets
/// and forms in the article text: a folded word spans its whole mention.
/// </summary>
internal static class MentionFolding
{
    /// <summary>
    /// The last words of the persons the article names in full, which a sentence may use alone ("Shamkhani
    /// denounced"): found once for all the sentences of an article, as gathering them again for each sentence grew with
    /// the square of the article's length.
    /// </summary>
    public static Surnames FullNameSurnames(ExtractionContext context)
    {
        var names = context.Mentions.Where(m => m.Label == NodeLabels.Person && m.Surface.Contains(' ', StringComparison.Ordinal))
            .Select(m => m.Surface[(m.Surface.LastIndexOf(' ') + 1)..].TrimEnd('.', ',', '’', '\''))
            .Where(w => w.Length >= 3 && char.IsUpper(w[w.IndexOf('-', StringComparison.Ordinal) + 1]))
            .ToHashSet(StringComparer.Ordinal);
        return new Surnames(names, [.. names.Select(n => n.Length).Distinct().Order()]);
    }

    /// <summary>Parses the sentence with its mentions folded into single words (see the class summary), bare <paramref name="surnames"/> among them.</summary>
    public static DependencyTree Parse(SyntaxModel model, ExtractionContext context, Sentence sentence, IReadOnlyList<Mention> mentions, Surnames surnames)
    {
        using var part = PartClock.Start(PartClock.Fold);
        var text = context.Text;
        var spans = UdTokenizer.Tokenize(text, sentence.Start, sentence.End);
        var units = Units(context, sentence, mentions, surnames);
        var forms = new List<string>(spans.Count);
        var wordSpans = new List<(int Start, int End, Mention? Mention)>(spans.Count);
        var lowerCase = sentence.IsHeadline && IsTitleCase(text, spans, units);
        var u = 0;
        for (var i = 0; i < spans.Count;)
        {
            while (u < units.Count && units[u].End <= spans[i].Start)
            {
                u++;
            }

            if (u < units.Count && units[u].Start == spans[i].Start && Fits(spans, i, units[u], out var last))
            {
                var unit = units[u];
                forms.Add(StandIn(text, spans, i, last, unit.Mention, lowerCase, wordSpans.Count(w => w.Mention?.Label == unit.Mention.Label)));
                wordSpans.Add((spans[i].Start, spans[last].End, unit.Mention));
                i = last + 1;
                u++;
                continue;
            }

            var form = text[spans[i].Start..spans[i].End];
            forms.Add(lowerCase && i > 0 && !IsAllCaps(form) ? form.ToLowerInvariant() : form);
            wordSpans.Add((spans[i].Start, spans[i].End, null));
            i++;
        }

        // a dateline ("ERBIL, Kurdistan Region –", "Tehran, Iran –") or a label ("Context:") is no part of the clause,
        // and quotation marks say who speaks, not how the clause is built ("denounced “the Iranian aggression”" reads
        // as a noun before a quote to the tagger): the parser reads the clause without them, and they hang on it after
        var skip = DatelineLength(forms);
        var kept = new List<int>(forms.Count);
        for (var i = skip; i < forms.Count; i++)
        {
            if (!IsQuote(forms[i]))
            {
                kept.Add(i);
            }
        }

        var keptForms = new string[kept.Count];
        for (var k = 0; k < kept.Count; k++)
        {
            keptForms[k] = forms[kept[k]];
        }

        var analyses = Analyses(kept.Count);
        model.Analyze(keptForms, analyses);
        var position = new int[forms.Count];
        Array.Fill(position, -1);
        var root = -1;
        for (var k = 0; k < kept.Count; k++)
        {
            position[kept[k]] = k;
            if (root < 0 && analyses[k].Head < 0)
            {
                root = kept[k];
            }
        }

        if (root < 0)
        {
            root = skip;
        }

        var words = new SyntaxWord[forms.Count];
        for (var i = 0; i < words.Length; i++)
        {
            var (start, end, _) = wordSpans[i];
            if (position[i] < 0)
            {
                // a dateline word (the first hangs on the clause's root, the others on it) or a quotation mark (on the word it opens or closes)
                var punctuation = !char.IsLetterOrDigit(forms[i][0]);
                var head = i < skip ? (i == 0 ? root : 0) : NearestKept(position, i);
                if (kept.Count == 0)
                {
                    // nothing but a dateline and quotation marks: a flat tree on the first word, which no rule reads
                    head = i == 0 ? -1 : 0;
                }
                else if (head == i)
                {
                    head = root;
                }

                words[i] = new SyntaxWord(i, start, end, text[start..end], forms[i], punctuation ? "PUNCT" : "PROPN", punctuation ? (i < skip ? "," : "''") : "NNP",
                    head, head < 0 ? "root" : i == 0 && i < skip ? "dep" : punctuation ? "punct" : "flat");
                continue;
            }

            var p = analyses[position[i]];
            words[i] = new SyntaxWord(i, start, end, text[start..end], p.Lemma, p.Upos, p.Xpos, p.Head < 0 ? -1 : kept[p.Head], p.Relation);
        }

        RepairPossessors(words);
        RepairModifierVerbs(words);
        RepairNamesReadAsModifiers(words, [.. wordSpans.Select(w => w.Mention)]);
        return DependencyTree.Own(words);
    }

    [ThreadStatic]
    private static SyntaxModel.WordAnalysis[]? analysisScratch;

    /// <summary>This thread's array for the model's analyses of a sentence's words (reused: a sentence's analyses are read before the next is parsed).</summary>
    private static SyntaxModel.WordAnalysis[] Analyses(int count)
    {
        if (analysisScratch is null || analysisScratch.Length < count)
        {
            analysisScratch = new SyntaxModel.WordAnalysis[Math.Max(count, 128)];
        }

        return analysisScratch;
    }

    /// <summary>
    /// A participle read as an adjective before its noun cannot have a subject: "X initiated talks with Y" with
    /// "initiated" tagged VBN and hung on "talks" (amod) while "X" is its subject is the clause "X initiated
    /// talks": the verb takes the noun's place in the tree and the noun becomes its object.
    /// </summary>
    private static void RepairModifierVerbs(SyntaxWord[] words)
    {
        for (var v = 0; v < words.Length; v++)
        {
            var verb = words[v];
            if (!verb.Is("amod") || verb.Xpos is not ("VBN" or "VBD") || verb.Head <= v
                || !words.Any(w => w.Head == v && w.Is("nsubj") && w.Index < v))
            {
                continue;
            }

            var noun = words[verb.Head];
            words[v] = verb with { Upos = "VERB", Xpos = "VBD", Head = noun.Head, Relation = noun.Relation };
            words[noun.Index] = noun with { Head = v, Relation = "obj" };
        }
    }

    /// <summary>
    /// "Iraqi forces and Iranian-backed militias displaced X", with the name "Iraqi forces" folded into one word, read as
    /// two coordinated modifiers of "militias": a name that is an actor (not an adjective of a country) cannot be an
    /// adjective, so when the conjunction after it belongs to a modifier of the same noun, the name and the noun phrase
    /// are the conjuncts: the name takes the noun's place and the noun becomes its conjunct.
    /// </summary>
    internal static void RepairNamesReadAsModifiers(SyntaxWord[] words, IReadOnlyList<Mention?> mentions)
    {
        for (var n = 0; n < words.Length; n++)
        {
            var name = words[n];
            if (mentions[n] is not { Role: MentionRole.Actor } mention || mention.Label == NodeLabels.Country
                || !name.Is("amod") || name.Head <= n)
            {
                continue;
            }

            var noun = words[name.Head];
            var conjunction = -1;
            for (var c = n + 1; c < noun.Index; c++)
            {
                var modifier = words[c].Head;
                if (words[c].Is("cc") && modifier > c && modifier <= noun.Index && (modifier == noun.Index || words[modifier].Head == noun.Index))
                {
                    conjunction = c;
                    break;
                }
            }

            if (conjunction < 0 || Dominates(words, n, noun.Index))
            {
                continue;
            }

            words[n] = name with { Head = noun.Head, Relation = noun.Relation };
            words[noun.Index] = noun with { Head = n, Relation = "conj" };
            words[conjunction] = words[conjunction] with { Head = noun.Index };
        }
    }

    /// <summary>
    /// A word that carries a possessive ending ("Syria 's Al-Sharaa meets …") names the owner of the nominal
    /// after it (UD nmod:poss); a parse that makes it a clause argument of its own (a second subject) is
    /// re-hung on that nominal: the first noun or name after the ending, across modifiers only.
    /// </summary>
    private static void RepairPossessors(SyntaxWord[] words)
    {
        for (var c = 1; c < words.Length; c++)
        {
            var ending = words[c];
            var owner = words[c - 1];
            if (ending.Xpos != "POS" || ending.Head != owner.Index || owner.Is("nmod") || owner.Upos is not ("PROPN" or "NOUN" or "PRON"))
            {
                continue;
            }

            var possessed = -1;
            for (var j = c + 1; j < words.Length && j <= c + 5; j++)
            {
                if (words[j].Upos is "NOUN" or "PROPN")
                {
                    possessed = j;
                    if (j + 1 >= words.Length || words[j + 1].Upos is not ("NOUN" or "PROPN"))
                    {
                        break; // the last noun of a compound ("Iraq 's foreign ministry spokesman") heads it
                    }

                    continue;
                }

                if (words[j].Upos is not ("ADJ" or "NUM" or "ADV"))
                {
                    break;
                }
            }

            // only an owner read as a second argument beside the nominal, or above it, is repaired
            var above = possessed >= 0 && Dominates(words, owner.Index, possessed);
            if (possessed < 0 || !(above || words[possessed].Head == owner.Head))
            {
                continue;
            }

            if (above)
            {
                var p = words[possessed];
                words[possessed] = p with { Head = owner.Head, Relation = owner.Relation };
            }

            words[owner.Index] = owner with { Head = possessed, Relation = "nmod:poss" };
        }
    }

    /// <summary>True when <paramref name="ancestor"/> is <paramref name="word"/> or one of its heads.</summary>
    private static bool Dominates(SyntaxWord[] words, int ancestor, int word)
    {
        for (var steps = 0; word >= 0 && steps <= words.Length; steps++)
        {
            if (word == ancestor)
            {
                return true;
            }

            word = words[word].Head;
        }

        return false;
    }

    /// <summary>The parsed word a quotation mark belongs to: the next one (an opening mark), else the one before.</summary>
    private static int NearestKept(int[] position, int i)
    {
        for (var j = i + 1; j < position.Length; j++)
        {
            if (position[j] >= 0)
            {
                return j;
            }
        }

        for (var j = i - 1; j >= 0; j--)
        {
            if (position[j] >= 0)
            {
                return j;
            }
        }

        return i;
    }

    private static bool IsQuote(string form) => form is "“" or "”" or "\"" or "‘" or "’" or "«" or "»" or "``" or "''";

    /// <summary>
    /// The number of words a sentence's dateline or label takes: capitalized words and punctuation up to a dash
    /// within its first eight words ("SULAIMANI (ESTA) —"), or one or two words before a colon ("Context:").
    /// </summary>
    private static int DatelineLength(List<string> forms)
    {
        for (var i = 1; i < Math.Min(forms.Count - 3, 9); i++)
        {
            var form = forms[i];
            if (form.Length > 1 && form[^1] == '/' && char.IsLetter(form[0]) && i <= 3 && forms.Take(i + 1).All(f => char.IsUpper(f[0])))
            {
                return i + 1; // an agency's slash dateline ("Shafaq News/ The minister said …")
            }

            if (form is "–" or "—" or "-" or "--")
            {
                return forms.Take(i).All(f => !char.IsLetter(f[0]) || char.IsUpper(f[0])) && forms.Take(i).Any(f => char.IsLetter(f[0])) ? i + 1 : 0;
            }

            if (form == ":" && i <= 2 && forms.Take(i).All(f => char.IsUpper(f[0])))
            {
                return i + 1;
            }

            if (char.IsLetter(form[0]) && !char.IsUpper(form[0]))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>A span of text folded into one word, and the mention it stands for.</summary>
    private readonly record struct Unit(int Start, int End, Mention Mention);

    /// <summary>
    /// The spans to fold: the outermost mentions, a person's span extended over the titles and state
    /// adjectives right before the name ("Iraqi Foreign Minister Fuad Hussein"), a possessive left out.
    /// </summary>
    private static List<Unit> Units(ExtractionContext context, Sentence sentence, IReadOnlyList<Mention> mentions, Surnames surnames)
    {
        var text = context.Text;
        mentions = [.. mentions, .. BareSurnames(context, sentence, mentions, surnames)];
        var outer = mentions.Where(m => m.End > m.Start && !mentions.Any(o => o != m && o.Start <= m.Start && m.End <= o.End && (o.End - o.Start) > (m.End - m.Start)))
            .OrderBy(m => m.Start).ThenByDescending(m => m.End).ToList();
        var units = new List<Unit>();
        foreach (var mention in outer)
        {
            if (units.Count > 0 && units[^1].End > mention.Start)
            {
                continue; // overlapping spans: the first keeps its words
            }

            var start = mention.Start;
            var end = mention.End;
            if (text.AsSpan(mention.Start, mention.End - mention.Start).EndsWith("'s") || text.AsSpan(mention.Start, mention.End - mention.Start).EndsWith("’s"))
            {
                end -= 2;
            }

            if (mention.Label == NodeLabels.Person)
            {
                // a state adjective folded on its own just before may join the person's titles ("Croatian Foreign Minister X")
                var floor = units.LastOrDefault(u => u.Mention.Label == NodeLabels.Person) is { End: > 0 } person ? person.End : sentence.Start;
                start = TitleStart(context, sentence, mentions, start, floor);
                while (units.Count > 0 && units[^1].Start >= start)
                {
                    units.RemoveAt(units.Count - 1);
                }
            }

            units.Add(new Unit(start, end, mention));
        }

        return units;
    }

    /// <summary>
    /// The bare surnames in the sentence of persons the article names in full ("Shamkhani denounced"): recognition
    /// leaves them to resolution, but the parser should read them as names too. Each place a word may start is looked
    /// up once per surname length, so a sentence costs the same however many persons the article names.
    /// </summary>
    private static List<Mention> BareSurnames(ExtractionContext context, Sentence sentence, IReadOnlyList<Mention> mentions, Surnames surnames)
    {
        var found = new List<Mention>();
        if (surnames.Names.Count == 0)
        {
            return found;
        }

        var lookup = surnames.Names.GetAlternateLookup<ReadOnlySpan<char>>();
        var text = sentence.Text;
        for (var at = 0; at < text.Length; at++)
        {
            if (at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] == '-'))
            {
                continue;
            }

            foreach (var length in surnames.Lengths)
            {
                if (at + length > text.Length)
                {
                    break;
                }

                var start = sentence.Start + at;
                var end = start + length;
                if ((end >= sentence.End || !char.IsLetterOrDigit(context.Text[end])) && lookup.TryGetValue(text.AsSpan(at, length), out var surname)
                    && !mentions.Any(m => m.Start < end && start < m.End))
                {
                    found.Add(new Mention { Start = start, End = end, Surface = surname, Label = NodeLabels.Person, Canonical = surname, SentenceIndex = sentence.Index });
                }
            }
        }

        return found;
    }

    /// <summary>Where the titles before a person's name begin ("Defence Minister", "Iraq's Deputy Prime Minister and Foreign Minister" up to the possessive).</summary>
    private static int TitleStart(ExtractionContext context, Sentence sentence, IReadOnlyList<Mention> mentions, int start, int floor)
    {
        var text = context.Text;
        while (true)
        {
            var gapStart = start;
            while (gapStart > floor && char.IsWhiteSpace(text[gapStart - 1]))
            {
                gapStart--;
            }

            var title = sentence.Titles.LastOrDefault(t => t.End == gapStart && t.Start >= floor);
            if (title is null && gapStart - 4 >= floor && text.AsSpan(gapStart - 4, 4).SequenceEqual(" and") && start != gapStart)
            {
                // "Deputy Prime Minister and Foreign Minister X": a title joined by "and" to the next one
                var before = gapStart - 4;
                title = sentence.Titles.LastOrDefault(t => t.End == before && t.Start >= floor);
            }

            if (title is not null)
            {
                start = title.Start;
                continue;
            }

            // "Secretary of Iran's Supreme National Security Council Ali Shamkhani": a title with its body before the name
            var body = mentions.FirstOrDefault(m => m.End == gapStart && m.Start >= floor && gapStart < start && m.Label is NodeLabels.Organization or NodeLabels.Country or NodeLabels.Place);
            if (body is not null && start != gapStart && start == FirstNameStart(mentions, start))
            {
                var of = body.Start;
                while (of > floor && char.IsWhiteSpace(text[of - 1]))
                {
                    of--;
                }

                if (of - 4 >= floor && text.AsSpan(of - 4, 4).SequenceEqual(" the"))
                {
                    of -= 4;
                }

                var preposition = -1;
                if (of - 3 >= floor && text.AsSpan(of - 3, 3).SequenceEqual(" of"))
                {
                    preposition = of - 3;
                }
                else if (of - 4 >= floor && text.AsSpan(of - 4, 4).SequenceEqual(" for"))
                {
                    preposition = of - 4;
                }

                if (preposition > floor && sentence.Titles.LastOrDefault(t => t.End == preposition && t.Start >= floor) is { } office)
                {
                    start = office.Start;
                    continue;
                }
            }

            // a state adjective, a region or a body naming the office ("Iraqi", "Kurdistan Region", "Iran's Supreme National Security Council") right before a title
            var modifier = mentions.FirstOrDefault(m => m.End == gapStart && m.Start >= floor && m.Label != NodeLabels.Person && m.Label != NodeLabels.Agreement && gapStart < start);
            if (modifier is not null && start != gapStart && sentence.Titles.Any(t => t.Start == start))
            {
                start = modifier.Start;
                continue;
            }

            return start;
        }
    }

    /// <summary>The start of the person mention that begins at <paramref name="start"/>, or -1 (a title was already folded in).</summary>
    private static int FirstNameStart(IReadOnlyList<Mention> mentions, int start) =>
        mentions.Any(m => m.Label == NodeLabels.Person && m.Start == start) ? start : -1;

    /// <summary>True when the unit, which starts with span <paramref name="first"/>, ends exactly at the end of a span (<paramref name="last"/>).</summary>
    private static bool Fits(List<(int Start, int End)> spans, int first, Unit unit, out int last)
    {
        last = first;
        for (var j = first; j < spans.Count && spans[j].Start < unit.End; j++)
        {
            if (spans[j].End > unit.End)
            {
                return false; // the mention ends inside a word ("Iran" of "Iranian")
            }

            last = j;
        }

        return true;
    }

    private static readonly string[] PersonStandIns = ["Smith", "Jones", "Brown", "Miller", "Davis", "Wilson", "Taylor", "Clark"];
    private static readonly string[] CountryStandIns = ["France", "Germany", "Canada", "Japan", "Italy", "Spain", "Mexico", "Brazil"];
    private static readonly string[] PlaceStandIns = ["Paris", "London", "Boston", "Chicago", "Houston", "Denver", "Dallas", "Seattle"];
    private static readonly string[] OrganizationStandIns = ["Google", "Microsoft", "Intel", "Nokia", "Sony", "Enron", "Amazon", "Toyota"];

    /// <summary>
    /// The word the parser sees for a folded mention: a common English name of its kind for persons,
    /// states and places (the tagger knows them as proper nouns wherever they stand; one name per mention
    /// of the sentence), the last word for organizations ("Party", "PKK") and agreements ("agreement"),
    /// the word itself for a one-word mention that is no name (an adjective, a pronoun).
    /// </summary>
    private static string StandIn(string text, List<(int Start, int End)> spans, int first, int last, Mention mention, bool lowerCase, int ordinal)
    {
        var single = text[spans[first].Start..spans[first].End];
        if (first == last && (mention.Role == MentionRole.Modifier || !char.IsUpper(single[0]) || single.All(c => !char.IsLetter(c) || char.IsUpper(c)) && mention.Label != NodeLabels.Person))
        {
            return mention.Label == NodeLabels.Agreement && lowerCase ? single.ToLowerInvariant() : single; // "Iraqi", "he", "PKK"
        }

        switch (mention.Label)
        {
            case NodeLabels.Person when mention.Role != MentionRole.Modifier:
                return PersonStandIns[ordinal % PersonStandIns.Length];
            case NodeLabels.Country when mention.Role != MentionRole.Modifier:
                return CountryStandIns[ordinal % CountryStandIns.Length];
            case NodeLabels.Place when mention.Role != MentionRole.Modifier:
                return PlaceStandIns[ordinal % PlaceStandIns.Length];
            case NodeLabels.Organization when mention.Role != MentionRole.Modifier:
                return OrganizationStandIns[ordinal % OrganizationStandIns.Length];
        }

        var j = last;
        while (j > first && !char.IsLetterOrDigit(text[spans[j].Start]))
        {
            j--;
        }

        var form = text[spans[j].Start..spans[j].End];
        return mention.Label == NodeLabels.Agreement && (lowerCase || first < last) && !IsAllCaps(form) ? form.ToLowerInvariant() : form;
    }

    /// <summary>
    /// A headline in title case: most of its words outside mentions start with a capital. Words of three letters or
    /// fewer are left out, as title case leaves its prepositions and articles in lower case ("X Arrives in Y for Talks").
    /// </summary>
    private static bool IsTitleCase(string text, List<(int Start, int End)> spans, List<Unit> units)
    {
        int words = 0, capitals = 0;
        foreach (var (start, end) in spans)
        {
            if (!char.IsLetter(text[start]) || end - start <= 3 || units.Any(u => u.Start <= start && end <= u.End))
            {
                continue;
            }

            words++;
            if (char.IsUpper(text[start]))
            {
                capitals++;
            }
        }

        return words >= 1 && capitals * 10 >= words * 7;
    }

    private static bool IsAllCaps(string form) => form.Length >= 2 && form.All(c => !char.IsLetter(c) || char.IsUpper(c));
}

/// <summary>The surnames of <see cref="MentionFolding.FullNameSurnames"/> and their distinct lengths, shortest first.</summary>
internal sealed record Surnames(HashSet<string> Names, IReadOnlyList<int> Lengths);
