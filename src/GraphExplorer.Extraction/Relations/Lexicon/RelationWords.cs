using GraphExplorer.Extraction.Recognition;

namespace GraphExplorer.Extraction.Relations.Lexicon;

/// <summary>The word classes of Gazetteers/relationwords.tsv (light verbs, proxy nouns, speech verbs, irrealis words...), by lemma.</summary>
internal sealed class RelationWords
{
    private static readonly string[] Classes =
        ["light", "proxy", "proxy-verb", "military", "leader", "purpose", "speech", "irrealis", "irrealis-mod", "modal", "negation", "condition", "comitative", "comitative-verb", "pejorative", "backing", "interval", "credit", "holding", "distinct", "carrying", "example", "roster", "attempt"];

    private readonly WordClasses classes;

    private RelationWords(WordClasses classes) => this.classes = classes;

    /// <summary>Reads the file's text; an unknown class fails with its line.</summary>
    public static RelationWords Load(string text) => new(WordClasses.Load("relationwords.tsv", text, Classes));

    /// <summary>The lemmas of one class ("pejorative").</summary>
    public IReadOnlySet<string> Class(string name) => classes.Class(name);

    public bool IsLight(string lemma) => classes.Contains("light", lemma);

    public bool IsProxy(string lemma) => classes.Contains("proxy", lemma);

    public bool IsProxyVerb(string lemma) => classes.Contains("proxy-verb", lemma);

    public bool IsMilitary(string lemma) => classes.Contains("military", lemma);

    public bool IsPurpose(string lemma) => classes.Contains("purpose", lemma);

    public bool IsLeaderVerb(string lemma) => classes.Contains("leader", lemma);

    public bool IsSpeech(string lemma) => classes.Contains("speech", lemma);

    public bool IsIrrealis(string lemma) => classes.Contains("irrealis", lemma);

    public bool IsIrrealisModifier(string lemma) => classes.Contains("irrealis-mod", lemma);

    /// <summary>A modifier that marks an event noun as another event than the one before ("another meeting", "a separate session").</summary>
    public bool IsDistinct(string lemma) => classes.Contains("distinct", lemma);

    public bool IsModal(string lemma) => classes.Contains("modal", lemma);

    public bool IsNegation(string lemma) => classes.Contains("negation", lemma);

    public bool IsCondition(string lemma) => classes.Contains("condition", lemma);

    public bool IsComitative(string lemma) => classes.Contains("comitative", lemma);

    public bool IsComitativeVerb(string lemma) => classes.Contains("comitative-verb", lemma);

    public bool IsCredit(string lemma) => classes.Contains("credit", lemma);

    public bool IsInterval(string lemma) => classes.Contains("interval", lemma);

    /// <summary>A participle of holding places ("positions held by the X", "caves used by the Y"), as written, not a lemma.</summary>
    public bool IsHolding(string form) => classes.Contains("holding", form);

    public bool IsPejorative(string lemma) => classes.Contains("pejorative", lemma);

    /// <summary>A verb of carrying or sheltering people ("a boat transporting fighters of X", "a house sheltering X members").</summary>
    public bool IsCarrying(string lemma) => classes.Contains("carrying", lemma);

    /// <summary>A verb of attempting whose infinitive states the aim as a fact about its subject ("sought to destabilise X").</summary>
    public bool IsAttempt(string lemma) => classes.Contains("attempt", lemma);

    /// <summary>A marker of an exemplifying phrase ("groups like X", "factions such as X", "militias including X").</summary>
    public bool IsExample(string marker) => classes.Contains("example", marker);
}
