using System.Globalization;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Recognition;

namespace GraphExplorer.Extraction.Relations.Lexicon;

/// <summary>Where an argument of a trigger is found (see Gazetteers/triggers.tsv for what each means).</summary>
internal enum RoleKind
{
    Agent,
    Patient,
    Self,
    Appos,
    Speaker,
    Governor,
    Purpose,
    Content,
    Preposition,

    /// <summary>The participants of the meeting an earlier sentence stated, which the trigger refers back to ("also attended the meeting").</summary>
    Event,
}

/// <summary>One role of a trigger: its kind, the preposition for <see cref="RoleKind.Preposition"/>, the labels it keeps (null: any).</summary>
internal sealed record RoleAtom(RoleKind Kind, string? Preposition, IReadOnlySet<string>? Labels);

/// <summary>"a|b" (the first alternative that yields an argument) of "a+b" (the union of its atoms).</summary>
internal sealed record RoleSpec(IReadOnlyList<IReadOnlyList<RoleAtom>> Alternatives)
{
    public IEnumerable<RoleAtom> Atoms => Alternatives.SelectMany(a => a);
}

/// <summary>The options of a trigger row (see Gazetteers/triggers.tsv).</summary>
internal sealed record TriggerOptions
{
    public bool Pair { get; init; }

    public bool Event { get; init; }

    public bool Reported { get; init; }

    public bool AnyMood { get; init; }

    /// <summary>Coordinated agents of the event act together (COOPERATES_WITH between them).</summary>
    public bool Allies { get; init; }

    public IReadOnlySet<string>? Predicate { get; init; }

    public IReadOnlySet<string>? Objects { get; init; }

    public IReadOnlySet<string>? Modifiers { get; init; }

    /// <summary>The light verbs of which the noun must be the object ("paid a call on X"); null: any or none.</summary>
    public IReadOnlySet<string>? LightVerbs { get; init; }

    public IReadOnlySet<string>? Prepositions { get; init; }

    public IReadOnlySet<string>? ActorPrepositions { get; init; }

    /// <summary>
    /// The particles of a phrasal verb row ("hammer out", "touch down"): the row counts only when the verb has one of them,
    /// and a row of the same lemma without particles does not count when the verb has one (the phrasal verb has its own sense).
    /// </summary>
    public IReadOnlySet<string>? Particles { get; init; }

    /// <summary>The head of the phrase that <see cref="Prepositions"/> introduce is one of these words ("put X on its terror list").</summary>
    public IReadOnlySet<string>? PhraseNouns { get; init; }
}

/// <summary>One trigger: a lemma with its part of speech, the edge it states and where its arguments are.</summary>
internal sealed record TriggerRow(string Lemma, string Pos, EdgeType Edge, RoleSpec Source, RoleSpec Target, TriggerOptions Options, double Confidence)
{
    public override string ToString() => $"{Lemma}/{Pos} {Edge.Name}";
}

/// <summary>
/// The trigger lexicon (Gazetteers/triggers.tsv) with the word classes the rules read
/// (Gazetteers/relationwords.tsv). Besides the rows by lemma it knows every inflected form of its lemmas
/// (regular ones derived, irregular ones from the file), so that a trigger is recognized even where the
/// lemmatizer errs, and a sentence without any trigger form is skipped before it is parsed. Immutable.
/// </summary>
internal sealed class TriggerLexicon
{
    private static readonly Lazy<TriggerLexicon> Embedded = new(() => Load(GazetteerFiles.Read("triggers.tsv"), GazetteerFiles.Read("relationwords.tsv")));

    // The rows by lemma, one table per part of speech (triggers.tsv has verb and noun rows only): Lookup, which the
    // rules ask of nearly every word of a tree, finds them without building a key.
    private readonly Dictionary<string, List<TriggerRow>> verbRows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TriggerRow>> nounRows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> lemmasOfForm = new(StringComparer.Ordinal);

    // The forms IsConcludingVerbForm accepts, derived once from the rows: recognition and resolution ask it of most words.
    private readonly HashSet<string> concludingForms = new(StringComparer.Ordinal);

    private TriggerLexicon(RelationWords words) => Words = words;

    /// <summary>The lexicon built from the assembly's embedded data files.</summary>
    public static TriggerLexicon Default => Embedded.Value;

    public RelationWords Words { get; }

    public int Count => verbRows.Values.Sum(r => r.Count) + nounRows.Values.Sum(r => r.Count);

    /// <summary>Builds the lexicon from the text of triggers.tsv and relationwords.tsv; a malformed row fails with its line.</summary>
    public static TriggerLexicon Load(string triggers, string relationWords)
    {
        var lexicon = new TriggerLexicon(RelationWords.Load(relationWords));
        foreach (var row in GazetteerFiles.Rows(triggers))
        {
            var trigger = Parse(row);
            var table = trigger.Pos == "VERB" ? lexicon.verbRows : lexicon.nounRows;
            if (!table.TryGetValue(trigger.Lemma, out var list))
            {
                list = [];
                table[trigger.Lemma] = list;
            }

            list.Add(trigger);
            var forms = trigger.Pos == "VERB" ? VerbForms(trigger.Lemma) : NounForms(trigger.Lemma);
            var irregular = row.Length > 7 ? row[7].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            foreach (var form in forms.Concat(irregular))
            {
                if (!lexicon.lemmasOfForm.TryGetValue(form, out var lemmas))
                {
                    lemmas = new HashSet<string>(StringComparer.Ordinal);
                    lexicon.lemmasOfForm[form] = lemmas;
                }

                lemmas.Add(trigger.Lemma);
            }
        }

        foreach (var (form, lemmas) in lexicon.lemmasOfForm)
        {
            if (lemmas.Any(l => lexicon.verbRows.TryGetValue(l, out var list) && list.Any(r => (r.Edge == EdgeTypes.Signed || r.Edge == EdgeTypes.PartyTo) && !r.Options.AnyMood)))
            {
                lexicon.concludingForms.Add(form);
            }
        }

        return lexicon;
    }

    /// <summary>True when a lower-case word form is an inflection of some trigger.</summary>
    public bool IsTriggerForm(string lowerForm) => lemmasOfForm.ContainsKey(lowerForm);

    /// <summary>
    /// True when a lower-case word form is an inflection of a verb that concludes an accord: a verb row of the lexicon for
    /// SIGNED or PARTY_TO that counts only when stated ("signs", "struck", "sealed", "clinches"; not "implement").
    /// </summary>
    public bool IsConcludingVerbForm(string lowerForm) => concludingForms.Contains(lowerForm);

    /// <summary>
    /// The rows a word can trigger: by the parser's lemma, and by the lexicon's own inflection table (the
    /// lemmatizer may err); a verb row needs a verb, a noun row a noun (or a proper noun: title-case text).
    /// </summary>
    public IReadOnlyList<TriggerRow> Lookup(string form, string lemma, string upos)
    {
        var table = upos switch
        {
            "VERB" => verbRows,
            "NOUN" or "PROPN" => nounRows,
            _ => null,
        };
        if (table is null)
        {
            return [];
        }

        // the lemma's rows, then those of the other lemmas the form inflects, each lemma once (ToLowerInvariant returns
        // a lower-case string itself, so the common case allocates nothing)
        var lemmaLower = lemma.ToLowerInvariant();
        table.TryGetValue(lemmaLower, out var own);
        if (!lemmasOfForm.TryGetValue(form.ToLowerInvariant(), out var byForm))
        {
            return own ?? (IReadOnlyList<TriggerRow>)[];
        }

        List<TriggerRow>? found = null;
        foreach (var candidate in byForm)
        {
            if (!candidate.Equals(lemmaLower, StringComparison.Ordinal) && table.TryGetValue(candidate, out var list))
            {
                found ??= own is null ? [] : [.. own];
                found.AddRange(list);
            }
        }

        return found ?? own ?? (IReadOnlyList<TriggerRow>)[];
    }

    /// <summary>True when <paramref name="lemma"/> is a noun that names an event of the lexicon (an attack, a meeting).</summary>
    public bool IsEventNoun(string lemma) => nounRows.ContainsKey(lemma.ToLowerInvariant());

    /// <summary>The noun rows of an event noun for one edge type.</summary>
    public IEnumerable<TriggerRow> NounRows(string lemma) => nounRows.TryGetValue(lemma.ToLowerInvariant(), out var list) ? list : [];

    private static TriggerRow Parse(string[] row)
    {
        var line = string.Join('\t', row);
        if (row.Length < 7)
        {
            throw new InvalidDataException($"triggers.tsv: expected 7 or 8 columns in '{line}'.");
        }

        var pos = row[1].Trim();
        if (pos is not ("VERB" or "NOUN"))
        {
            throw new InvalidDataException($"triggers.tsv: part of speech '{pos}' is neither VERB nor NOUN in '{line}'.");
        }

        if (!EdgeTypes.TryGet(row[2].Trim(), out var edge))
        {
            throw new InvalidDataException($"triggers.tsv: unknown edge type '{row[2]}' in '{line}'.");
        }

        if (!double.TryParse(row[6], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence) || confidence is <= 0 or > 1)
        {
            throw new InvalidDataException($"triggers.tsv: confidence '{row[6]}' is not in (0, 1] in '{line}'.");
        }

        return new TriggerRow(row[0].Trim().ToLowerInvariant(), pos, edge, Roles(row[3], line), Roles(row[4], line), Options(row[5], line), confidence);
    }

    private static RoleSpec Roles(string text, string line) =>
        new([.. text.Split('|').Select(alternative => (IReadOnlyList<RoleAtom>)[.. alternative.Split('+').Select(atom => Atom(atom.Trim(), line))])]);

    private static RoleAtom Atom(string text, string line)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? text : text[..colon];
        IReadOnlySet<string>? labels = colon < 0 ? null : text[(colon + 1)..].Select(c => c switch
        {
            'P' => NodeLabels.Person,
            'O' => NodeLabels.Organization,
            'C' => NodeLabels.Country,
            'L' => NodeLabels.Place,
            'B' => NodeLabels.Border,
            'A' => NodeLabels.Agreement,
            _ => throw new InvalidDataException($"triggers.tsv: unknown label letter '{c}' in '{line}'."),
        }).ToHashSet(StringComparer.Ordinal);
        return name switch
        {
            "" => throw new InvalidDataException($"triggers.tsv: empty role in '{line}'."),
            "agent" => new RoleAtom(RoleKind.Agent, null, labels),
            "patient" => new RoleAtom(RoleKind.Patient, null, labels),
            "self" => new RoleAtom(RoleKind.Self, null, labels),
            "appos" => new RoleAtom(RoleKind.Appos, null, labels),
            "speaker" => new RoleAtom(RoleKind.Speaker, null, labels),
            "governor" => new RoleAtom(RoleKind.Governor, null, labels),
            "purpose" => new RoleAtom(RoleKind.Purpose, null, labels),
            "content" => new RoleAtom(RoleKind.Content, null, labels),
            "event" => new RoleAtom(RoleKind.Event, null, labels),
            _ when name.All(char.IsLetter) => new RoleAtom(RoleKind.Preposition, name, labels),
            _ => throw new InvalidDataException($"triggers.tsv: unknown role '{name}' in '{line}'."),
        };
    }

    private static TriggerOptions Options(string text, string line)
    {
        var options = new TriggerOptions();
        foreach (var option in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = option.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? option : option[..equals];
            IReadOnlySet<string> Values() => option[(equals + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            options = name switch
            {
                "-" => options,
                "pair" => options with { Pair = true },
                "event" => options with { Event = true },
                "reported" => options with { Reported = true },
                "anymood" => options with { AnyMood = true },
                "allies" => options with { Allies = true },
                "as" when equals > 0 => options with { Predicate = Values() },
                "obj" when equals > 0 => options with { Objects = Values() },
                "mod" when equals > 0 => options with { Modifiers = Values() },
                "light" when equals > 0 => options with { LightVerbs = Values() },
                "prep" when equals > 0 => options with { Prepositions = Values() },
                "actor" when equals > 0 => options with { ActorPrepositions = Values() },
                "prt" when equals > 0 => options with { Particles = Values() },
                "pp" when equals > 0 => options with { PhraseNouns = Values() },
                _ => throw new InvalidDataException($"triggers.tsv: unknown option '{option}' in '{line}'."),
            };
        }

        return options;
    }

    /// <summary>The regular forms of a verb: base, third person, past (with and without a doubled consonant), -ing.</summary>
    internal static IReadOnlyList<string> VerbForms(string lemma)
    {
        var forms = new List<string> { lemma, Plural(lemma) };
        if (lemma.EndsWith('e'))
        {
            forms.Add(lemma + "d");
            forms.Add(lemma.EndsWith("ee", StringComparison.Ordinal) || lemma.EndsWith("ie", StringComparison.Ordinal) ? lemma + "ing" : lemma[..^1] + "ing");
            if (lemma.EndsWith("ie", StringComparison.Ordinal))
            {
                forms.Add(lemma[..^2] + "ying");
            }
        }
        else if (EndsInConsonantY(lemma))
        {
            forms.Add(lemma[..^1] + "ied");
            forms.Add(lemma + "ing");
        }
        else
        {
            forms.Add(lemma + "ed");
            forms.Add(lemma + "ing");
            if (lemma.Length >= 3 && IsConsonant(lemma[^1]) && lemma[^1] is not ('w' or 'x' or 'y') && IsVowel(lemma[^2]) && IsConsonant(lemma[^3]))
            {
                forms.Add(lemma + lemma[^1] + "ed"); // labelled, shipped
                forms.Add(lemma + lemma[^1] + "ing");
            }
        }

        return forms;
    }

    /// <summary>The regular forms of a noun: singular and plural.</summary>
    internal static IReadOnlyList<string> NounForms(string lemma) => [lemma, Plural(lemma)];

    private static string Plural(string word) =>
        EndsInConsonantY(word) ? word[..^1] + "ies"
        : word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal) ? word + "es"
        : word + "s";

    private static bool EndsInConsonantY(string word) => word.Length >= 2 && word[^1] == 'y' && IsConsonant(word[^2]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsConsonant(char c) => char.IsLetter(c) && !IsVowel(c);
}
