namespace GraphExplorer.Extraction.Syntax;

/// <summary>
/// One word of a parsed sentence, tokenized as Universal Dependencies (English EWT) does.
/// </summary>
/// <param name="Index">Position in the sentence, from 0.</param>
/// <param name="Start">Absolute offset of the first character in the text that was parsed (the article text in the pipeline).</param>
/// <param name="End">Absolute offset just past the last character; <c>text[Start..End]</c> is <paramref name="Form"/>.</param>
/// <param name="Form">The word exactly as written.</param>
/// <param name="Lemma">Its lemma (<c>met</c> → <c>meet</c>); proper nouns keep their case, other words are lower case.</param>
/// <param name="Upos">Universal part-of-speech tag (NOUN, VERB, PROPN, ADP…).</param>
/// <param name="Xpos">Penn Treebank tag (VBD, VBN, NNS…), finer than <paramref name="Upos"/> for tense and number.</param>
/// <param name="Head">Index of the head word, -1 for the root of the sentence.</param>
/// <param name="Relation">The full UD relation to the head, subtype included (<c>nsubj:pass</c>, <c>obl:agent</c>, <c>nmod:poss</c>); <c>root</c> for the root.</param>
public sealed record SyntaxWord(int Index, int Start, int End, string Form, string Lemma, string Upos, string Xpos, int Head, string Relation)
{
    /// <summary>True for the root word of the sentence.</summary>
    public bool IsRoot => Head < 0;

    /// <summary>The relation without its subtype (<c>nsubj:pass</c> → <c>nsubj</c>).</summary>
    public string BaseRelation => Relation.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? Relation[..colon] : Relation;

    /// <summary>True when the relation is <paramref name="relation"/> or one of its subtypes (<c>obl</c> matches <c>obl:agent</c>).</summary>
    public bool Is(string relation) =>
        Relation.Length == relation.Length
            ? Relation.Equals(relation, StringComparison.Ordinal)
            : Relation.Length > relation.Length && Relation[relation.Length] == ':' && Relation.StartsWith(relation, StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => $"{Index}:{Form}/{Upos} <-{Relation}- {Head}";
}
