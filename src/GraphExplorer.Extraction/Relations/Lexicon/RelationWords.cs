using GraphExplorer.Extraction.Recognition;

namespace GraphExplorer.Extraction.Relations.Lexicon;

/// <summary>The word classes of Gazetteers/relationwords.tsv (light verbs, proxy nouns, speech verbs, irrealis words...), by lemma.</summary>
internal sealed class RelationWords
{
    private static readonly string[] Classes =
        ["light", "proxy", "proxy-verb", "military", "leader", "purpose", "speech", "irrealis", "irrealis-mod", "modal", "negation", "condition", "comitative", "comitative-verb", "pejorative", "backing", "interval", "credit"];

    private readonly Dictionary<string, HashSet<string>> classes = new(StringComparer.Ordinal);

    private RelationWords()
    {
        foreach (var name in Classes)
        {
            classes[name] = new HashSet<string>(StringComparer.Ordinal);
        }
    }

    /// <summary>Reads the file's text; an unknown class fails with its line.</summary>
    public static RelationWords Load(string text)
    {
        var words = new RelationWords();
        foreach (var row in GazetteerFiles.Rows(text))
        {
            if (row.Length < 2 || !words.classes.TryGetValue(row[0].Trim(), out var set))
            {
                throw new InvalidDataException($"relationwords.tsv: expected one of the classes {string.Join(", ", Classes)} and a lemma in '{string.Join('\t', row)}'.");
            }

            set.Add(row[1].Trim().ToLowerInvariant());
        }

        return words;
    }

    /// <summary>The lemmas of one class ("pejorative").</summary>
    public IReadOnlySet<string> Class(string name) => classes.TryGetValue(name, out var set) ? set : throw new ArgumentException($"Unknown word class '{name}'.", nameof(name));

    public bool IsLight(string lemma) => classes["light"].Contains(Lower(lemma));

    public bool IsProxy(string lemma) => classes["proxy"].Contains(Lower(lemma));

    public bool IsProxyVerb(string lemma) => classes["proxy-verb"].Contains(Lower(lemma));

    public bool IsMilitary(string lemma) => classes["military"].Contains(Lower(lemma));

    public bool IsPurpose(string lemma) => classes["purpose"].Contains(Lower(lemma));

    public bool IsLeaderVerb(string lemma) => classes["leader"].Contains(Lower(lemma));

    public bool IsSpeech(string lemma) => classes["speech"].Contains(Lower(lemma));

    public bool IsIrrealis(string lemma) => classes["irrealis"].Contains(Lower(lemma));

    public bool IsIrrealisModifier(string lemma) => classes["irrealis-mod"].Contains(Lower(lemma));

    public bool IsModal(string lemma) => classes["modal"].Contains(Lower(lemma));

    public bool IsNegation(string lemma) => classes["negation"].Contains(Lower(lemma));

    public bool IsCondition(string lemma) => classes["condition"].Contains(Lower(lemma));

    public bool IsComitative(string lemma) => classes["comitative"].Contains(Lower(lemma));

    public bool IsComitativeVerb(string lemma) => classes["comitative-verb"].Contains(Lower(lemma));

    public bool IsCredit(string lemma) => classes["credit"].Contains(Lower(lemma));

    public bool IsInterval(string lemma) => classes["interval"].Contains(Lower(lemma));

    public bool IsPejorative(string lemma) => classes["pejorative"].Contains(Lower(lemma));

    private static string Lower(string word) => word.ToLowerInvariant();
}
