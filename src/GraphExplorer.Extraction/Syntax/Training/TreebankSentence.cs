namespace GraphExplorer.Extraction.Syntax.Training;

/// <summary>One syntactic word of a treebank sentence: 0-based <paramref name="Head"/>, -1 for the root.</summary>
public sealed record TreebankWord(string Form, string Lemma, string Upos, string Xpos, int Head, string Relation);

/// <summary>A sentence of a CoNLL-U treebank: its id and text comments and its syntactic words.</summary>
public sealed record TreebankSentence(string? Id, string? Text, IReadOnlyList<TreebankWord> Words)
{
    /// <summary>True when no arc crosses another (every word between a head and its dependent descends from the head).</summary>
    public bool IsProjective
    {
        get
        {
            var heads = Words.Select(w => w.Head).ToArray();
            return Parsing.Projectivizer.IsProjective(heads);
        }
    }
}
