using System.Globalization;
using System.Text;

namespace GraphExplorer.Extraction.Syntax.Lemmatization;

/// <summary>
/// Lemmas from the word and its Penn tag. Two tables learned from the treebank, both plain TSV inside the
/// model file: suffix rules (for a tag and a word ending, the most frequent edit: strip k letters, append
/// a string; <c>signed</c> VBD → <c>-ed</c>, <c>accused</c> VBD → <c>-d</c>, <c>strikes</c> NNS → <c>-s</c>),
/// and exceptions, the words the rules get wrong (<c>met</c> → <c>meet</c>, <c>held</c> → <c>hold</c>).
/// Proper nouns keep their case; other lemmas are lower case, as in EWT.
/// </summary>
internal sealed class Lemmatizer
{
    public const string RulesFile = "lemma-rules.tsv";
    public const string ExceptionsFile = "lemma-exceptions.tsv";
    private const int MaxSuffix = 6;

    private const int CacheLimit = 200_000;

    private readonly Dictionary<(string Xpos, string Suffix), (int Strip, string Append)> rules;
    private readonly Dictionary<(string Xpos, string Form), string> exceptions;

    // Lemmas already computed, by form and tag: news repeats its words, and the rules cost a lookup per
    // ending. Bounded, so a long-running worker does not grow it without end.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Form, string Upos, string Xpos), string> cache = new();

    // Whether a word is one the model knows (the tagger's word list: forms seen often enough in the treebank), if given.
    private readonly Func<string, bool>? knownWord;

    public Lemmatizer(
        Dictionary<(string Xpos, string Suffix), (int Strip, string Append)> rules,
        Dictionary<(string Xpos, string Form), string> exceptions,
        Func<string, bool>? knownWord = null)
    {
        this.rules = rules;
        this.exceptions = exceptions;
        this.knownWord = knownWord;
    }

    /// <summary>
    /// The same tables with a word list: where a verb's suffix rule gives a stem no word of the list is ("declined" →
    /// "declin", the rule of "joined"), and the other reading of its ending gives one that is ("decline": a silent e
    /// the ending swallowed, or a consonant it doubled), the lemma is that word.
    /// </summary>
    public Lemmatizer WithWordList(Func<string, bool> known) => new(rules, exceptions, known);

    public int RuleCount => rules.Count;

    public int ExceptionCount => exceptions.Count;

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="upos"/>/<paramref name="xpos"/>.</summary>
    public string Lemma(string form, string upos, string xpos)
    {
        if (cache.TryGetValue((form, upos, xpos), out var cached))
        {
            return cached;
        }

        var lemma = Compute(form, upos, xpos);
        if (cache.Count < CacheLimit)
        {
            cache.TryAdd((form, upos, xpos), lemma);
        }

        return lemma;
    }

    private string Compute(string form, string upos, string xpos)
    {
        var folded = SentenceBuffer.Fold(form);
        var lower = folded.ToLowerInvariant();
        if (exceptions.TryGetValue((xpos, lower), out var known))
        {
            return upos == "PROPN" && known.Equals(lower, StringComparison.OrdinalIgnoreCase) ? form : known;
        }

        var (strip, append) = RuleFor(xpos, lower);
        var source = upos == "PROPN" ? form : lower;
        if (strip > source.Length || (strip == 0 && append.Length == 0))
        {
            return source;
        }

        var lemma = string.Concat(source.AsSpan(0, source.Length - strip), append);
        return upos == "VERB" && xpos is "VBD" or "VBN" or "VBG" && knownWord is not null ? KnownReading(lemma, knownWord) : lemma;
    }

    /// <summary>
    /// The stem the rule gave when the word list knows it or knows no other reading; else the other reading it knows: the
    /// stem with the silent e its ending swallowed ("declin" → "decline"), or without the consonant it doubled ("stopp" → "stop").
    /// </summary>
    private static string KnownReading(string lemma, Func<string, bool> known)
    {
        if (lemma.Length < 3 || known(lemma))
        {
            return lemma;
        }

        if (!lemma.EndsWith('e') && known(lemma + "e"))
        {
            return lemma + "e";
        }

        return lemma[^1] == lemma[^2] && known(lemma[..^1]) ? lemma[..^1] : lemma;
    }

    private (int Strip, string Append) RuleFor(string xpos, string lower)
    {
        for (var k = Math.Min(MaxSuffix, lower.Length); k >= 0; k--)
        {
            if (rules.TryGetValue((xpos, lower[^k..]), out var rule) && rule.Strip < lower.Length)
            {
                return rule;
            }
        }

        return (0, "");
    }

    /// <summary>Learns both tables from (form, lemma, xpos, upos) occurrences.</summary>
    public static Lemmatizer Learn(IEnumerable<(string Form, string Lemma, string Upos, string Xpos)> words)
    {
        var occurrences = words
            .Where(w => w.Lemma != "_" && w.Form.Length > 0)
            .Select(w =>
            {
                var folded = SentenceBuffer.Fold(w.Form);
                var lemma = SentenceBuffer.Fold(w.Lemma);
                return (Lower: folded.ToLowerInvariant(), Lemma: lemma, w.Upos, w.Xpos);
            })
            .ToList();

        // Suffix rules: count the edit of every occurrence under each of its endings.
        var counts = new Dictionary<(string Xpos, string Suffix), Dictionary<(int, string), int>>();
        foreach (var (lower, lemma, _, xpos) in occurrences)
        {
            var edit = Edit(lower, lemma.ToLowerInvariant());
            for (var k = 0; k <= Math.Min(MaxSuffix, lower.Length); k++)
            {
                if (edit.Strip > k && k < lower.Length)
                {
                    continue;
                }

                var key = (xpos, lower[^k..]);
                if (!counts.TryGetValue(key, out var byEdit))
                {
                    byEdit = [];
                    counts[key] = byEdit;
                }

                byEdit[edit] = byEdit.GetValueOrDefault(edit) + 1;
            }
        }

        var best = new Dictionary<(string Xpos, string Suffix), ((int Strip, string Append) Edit, int Count)>();
        foreach (var (key, byEdit) in counts)
        {
            var top = byEdit.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Item1).ThenBy(p => p.Key.Item2, StringComparer.Ordinal).First();
            best[key] = (top.Key, top.Value);
        }

        // Keep an ending only when it is frequent enough and says something its shorter ending does not.
        var rules = new Dictionary<(string Xpos, string Suffix), (int Strip, string Append)>();
        foreach (var (key, (edit, count)) in best)
        {
            if (key.Suffix.Length == 0)
            {
                rules[key] = edit;
                continue;
            }

            if (count < 2)
            {
                continue;
            }

            var parent = Inherited(best, key.Xpos, key.Suffix[1..]);
            if (parent != edit)
            {
                rules[key] = edit;
            }
        }

        // Exceptions: words whose most frequent lemma the rules do not give.
        var lemmatizer = new Lemmatizer(rules, []);
        var exceptions = new Dictionary<(string Xpos, string Form), string>();
        foreach (var group in occurrences.GroupBy(o => (o.Xpos, o.Lower)))
        {
            var lemma = group.GroupBy(o => o.Lemma).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            var upos = group.GroupBy(o => o.Upos).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            var predicted = lemmatizer.Lemma(group.Key.Lower, upos, group.Key.Xpos);
            var expected = lemma;
            if (!predicted.Equals(expected, upos == "PROPN" ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                exceptions[group.Key] = expected;
            }
        }

        return new Lemmatizer(rules, exceptions);
    }

    private static (int Strip, string Append) Inherited(
        Dictionary<(string Xpos, string Suffix), ((int Strip, string Append) Edit, int Count)> best, string xpos, string suffix)
    {
        for (var k = suffix.Length; k >= 0; k--)
        {
            if (best.TryGetValue((xpos, suffix[^k..]), out var entry) && (k == 0 || entry.Count >= 2))
            {
                return entry.Edit;
            }
        }

        return (0, "");
    }

    private static (int Strip, string Append) Edit(string form, string lemma)
    {
        var common = 0;
        while (common < form.Length && common < lemma.Length && form[common] == lemma[common])
        {
            common++;
        }

        return (form.Length - common, lemma[common..]);
    }

    /// <summary>The two tables as TSV: rules (xpos, suffix, strip, append) and exceptions (xpos, form, lemma), sorted.</summary>
    public (string Rules, string Exceptions) ToTsv()
    {
        var r = new StringBuilder("# xpos\tsuffix\tstrip\tappend\n");
        foreach (var ((xpos, suffix), (strip, append)) in rules.OrderBy(p => p.Key.Xpos, StringComparer.Ordinal).ThenBy(p => p.Key.Suffix, StringComparer.Ordinal))
        {
            r.Append(CultureInfo.InvariantCulture, $"{xpos}\t{suffix}\t{strip}\t{append}\n");
        }

        var e = new StringBuilder("# xpos\tform\tlemma\n");
        foreach (var ((xpos, form), lemma) in exceptions.OrderBy(p => p.Key.Xpos, StringComparer.Ordinal).ThenBy(p => p.Key.Form, StringComparer.Ordinal))
        {
            e.Append(CultureInfo.InvariantCulture, $"{xpos}\t{form}\t{lemma}\n");
        }

        return (r.ToString(), e.ToString());
    }

    /// <summary>Reads the tables written by <see cref="ToTsv"/>.</summary>
    public static Lemmatizer FromTsv(string rulesTsv, string exceptionsTsv)
    {
        var rules = new Dictionary<(string Xpos, string Suffix), (int Strip, string Append)>();
        foreach (var columns in Rows(rulesTsv, 4, RulesFile))
        {
            rules[(columns[0], columns[1])] = (int.Parse(columns[2], CultureInfo.InvariantCulture), columns[3]);
        }

        var exceptions = new Dictionary<(string Xpos, string Form), string>();
        foreach (var columns in Rows(exceptionsTsv, 3, ExceptionsFile))
        {
            exceptions[(columns[0], columns[1])] = columns[2];
        }

        return new Lemmatizer(rules, exceptions);
    }

    private static IEnumerable<string[]> Rows(string tsv, int width, string name)
    {
        var number = 0;
        foreach (var line in tsv.Split('\n'))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != width)
            {
                throw new InvalidDataException($"{name}: line {number}: expected {width} tab-separated columns.");
            }

            yield return columns;
        }
    }
}
