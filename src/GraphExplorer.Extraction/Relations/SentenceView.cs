using GraphExplorer.Extraction.Pipeline;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// One sentence as the relation rules see it: its mentions in order, which of them can be arguments
/// (not adjectives, not title bodies, not acronyms in parentheses or "according to" sources), and its date.
/// </summary>
internal sealed class SentenceView
{
    private readonly HashSet<Mention> sideNotes = [];

    public SentenceView(ExtractionContext context, Sentence sentence, IReadOnlyList<Mention> mentions, Dictionary<string, Endpoint>? articleOffices = null)
    {
        Context = context;
        ArticleOffices = articleOffices ?? [];
        Sentence = sentence;
        Mentions = [.. mentions.OrderBy(m => m.Start).ThenByDescending(m => m.End)];
        foreach (var m in Mentions)
        {
            var sideNote = InParentheses(m) || InAttribution(m);
            if (sideNote)
            {
                sideNotes.Add(m);
            }

            if (m.Role != MentionRole.Actor || sideNote || Mentions.Any(o => o != m && o.Start <= m.Start && m.End <= o.End && (o.End - o.Start) > (m.End - m.Start)))
            {
                Excluded.Add(m);
            }
        }
    }

    public ExtractionContext Context { get; }

    /// <summary>The date the sentence states, resolved against the publication date (computed once).</summary>
    public DateOnly? Date => (date ??= Tuple.Create(DateResolver.Resolve(Sentence.Text, Context.Published))).Item1;

    private Tuple<DateOnly?>? date;

    public Sentence Sentence { get; }

    public string Text => Sentence.Text;

    public List<Mention> Mentions { get; }

    /// <summary>Mentions that may not be relation arguments (see the class summary); the role rule adds title bodies.</summary>
    public HashSet<Mention> Excluded { get; } = [];

    /// <summary>The office each person named with a title holds (the state or body of the title), from the role rule.</summary>
    public Dictionary<Mention, Endpoint> Offices { get; } = [];

    /// <summary>The accords the sentence names as unsigned ("a draft agreement", "the pact was not signed"): they have no parties yet.</summary>
    public HashSet<Mention> Unsigned { get; } = [];

    /// <summary>
    /// The office of every titled person named so far in the article, by the person's name: a quotation's "our" ("“Our
    /// forces coordinate with X,” Y said") is the speaker's state or body even where the title came sentences before.
    /// </summary>
    public Dictionary<string, Endpoint> ArticleOffices { get; }

    /// <summary>The office the sentence's role rule, else an earlier sentence of the article, gives a person.</summary>
    public Endpoint? OfficeOf(Mention person) =>
        Offices.TryGetValue(person, out var office) ? office : ArticleOffices.TryGetValue(person.Canonical, out var earlier) ? earlier : null;

    /// <summary>Bodies of office titles, marked by the role rule.</summary>
    public HashSet<Mention> TitleBodies { get; } = [];

    /// <summary>An acronym in parentheses or the source of an "according to" attribution: no argument of the sentence's events.</summary>
    public bool IsSideNote(Mention m) => sideNotes.Contains(m);

    /// <summary>Text between two absolute offsets (empty when reversed).</summary>
    public string Between(int from, int to) => to > from ? Context.Text[from..to] : "";

    public int Absolute(int relative) => Sentence.Start + relative;

    /// <summary>A source named in an "according to" attribution: no actor of the sentence's events, yet its title still describes it.</summary>
    public bool IsAttributedSource(Mention m) =>
        m.Role == MentionRole.Actor && InAttribution(m) && !InParentheses(m)
        && !Mentions.Any(o => o != m && o.Start <= m.Start && m.End <= o.End && (o.End - o.Start) > (m.End - m.Start));

    private bool InParentheses(Mention m)
    {
        var open = Context.Text.LastIndexOf('(', Math.Max(m.Start - 1, 0), Math.Max(m.Start - Sentence.Start, 0));
        if (open < 0)
        {
            return false;
        }

        var close = Context.Text.IndexOf(')', open);
        return close >= m.End && close < Sentence.End + 1 && !Context.Text[open..m.Start].Contains(')', StringComparison.Ordinal);
    }

    private bool InAttribution(Mention m)
    {
        // read in place: every mention of every sentence asks
        var before = Context.Text.AsSpan()[Math.Max(Sentence.Start, m.Start - 40)..m.Start];
        var at = before.LastIndexOf("according to", StringComparison.OrdinalIgnoreCase);
        return at >= 0 && !before[at..].Contains(',');
    }
}
