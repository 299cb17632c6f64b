using GraphExplorer.Extraction.Pipeline;

namespace GraphExplorer.Extraction.Recognition;

/// <summary>The mentions of one sentence while recognition runs, with the tokens they cover.</summary>
internal sealed class SentenceMentions(ExtractionContext context, Sentence sentence)
{
    private readonly bool[] covered = new bool[sentence.Tokens.Count];

    public Sentence Sentence { get; } = sentence;

    public IReadOnlyList<Token> Tokens => Sentence.Tokens;

    public bool IsCovered(int token) => covered[token];

    public void Cover(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            covered[i] = true;
        }
    }

    /// <summary>Adds a mention spanning tokens first..last and marks them covered.</summary>
    public Mention Add(int first, int last, string label, string canonical, MentionRole role, bool known, double confidence, bool yields = false)
    {
        var start = Tokens[first].Start;
        var end = Tokens[last].End;
        var mention = new Mention
        {
            Start = start,
            End = end,
            Surface = context.Text[start..end],
            Label = label,
            Canonical = canonical,
            Role = role,
            Known = known,
            Confidence = confidence,
            SentenceIndex = Sentence.Index,
            Yields = yields,
        };
        context.Mentions.Add(mention);
        Cover(first, last);
        return mention;
    }

    /// <summary>The mention of this sentence whose last token is <paramref name="token"/>, if any.</summary>
    public Mention? MentionEndingAt(int token) =>
        context.MentionsIn(Sentence.Index).Where(m => m.End == Tokens[token].End).OrderByDescending(m => m.End - m.Start).FirstOrDefault();

    /// <summary>The canonical name of a body named so far in the article whose name ends in <paramref name="tail"/> after a qualifier ("Iraqi National Security Council" for "National Security Council").</summary>
    public string? QualifiedBodyNamed(string tail) =>
        context.Mentions.Where(m => m.Label == Core.Model.NodeLabels.Organization && m.Canonical.Length > tail.Length && m.Canonical.EndsWith(" " + tail, StringComparison.Ordinal))
            .Select(m => m.Canonical).LastOrDefault();

    /// <summary>The index of the token starting at <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].Start == offset)
            {
                return i;
            }
        }

        return -1;
    }

    public void Remove(Mention mention) => context.RemoveMention(mention);

    /// <summary>The word token index after <paramref name="i"/> (skipping nothing), or -1.</summary>
    public int NextWord(int i) => i + 1 < Tokens.Count && Tokens[i + 1].IsWord ? i + 1 : -1;

    /// <summary>The longest cue phrase whose words stand from token <paramref name="at"/> on, with its last token.</summary>
    public (int Last, CuePhrase Phrase)? PhraseAt(int at, IReadOnlyList<CuePhrase> phrases)
    {
        foreach (var phrase in phrases)
        {
            var k = at;
            var matched = true;
            foreach (var word in phrase.Words)
            {
                if (k < 0 || k >= Tokens.Count || !Tokens[k].IsWord || Tokens[k].Norm != word)
                {
                    matched = false;
                    break;
                }

                k++;
            }

            if (matched)
            {
                return (k - 1, phrase);
            }
        }

        return null;
    }

    public string NormAt(int i) => i >= 0 && i < Tokens.Count ? Tokens[i].Norm : "";
}
