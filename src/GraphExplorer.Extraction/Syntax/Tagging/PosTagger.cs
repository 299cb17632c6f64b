using GraphExplorer.Extraction.Syntax.Learning;

namespace GraphExplorer.Extraction.Syntax.Tagging;

/// <summary>
/// A greedy left-to-right part-of-speech tagger scored by an averaged perceptron. Frequent words the
/// treebank always tags the same way take their tag from a dictionary. An optional second pass re-tags
/// every word seeing the first pass's tags on its right as well (a cheap bidirectional context).
/// Immutable; the per-sentence state lives in the <see cref="SentenceBuffer"/>.
/// </summary>
internal sealed class PosTagger(TagSet tags, SparseWeights first, SparseWeights? second, UlongMap dictionary, UlongMap ambiguity)
{
    public TagSet Tags { get; } = tags;

    public SparseWeights First { get; } = first;

    public SparseWeights? Second { get; } = second;

    /// <summary>Word (hash of the form as written) → tag, for frequent unambiguous words.</summary>
    public UlongMap Dictionary { get; } = dictionary;

    /// <summary>Word (hash of the lower-cased form) → id of the set of tags the treebank gave it.</summary>
    public UlongMap Ambiguity { get; } = ambiguity;

    /// <summary>Tags every word of the buffer into <see cref="SentenceBuffer.Tags"/>.</summary>
    public void Tag(SentenceBuffer s)
    {
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<int> scores = stackalloc int[Tags.Count];
        var pass1 = Second is null ? s.Tags : s.FirstPass;
        for (var i = 0; i < s.Count; i++)
        {
            var known = Dictionary.Get(s.Raw[i], -1);
            if (known >= 0)
            {
                pass1[i] = known;
                continue;
            }

            var n = TaggerFeatures.Extract(s, i, pass1, null, Ambiguity, features);
            scores.Clear();
            First.Score(features[..n], scores);
            pass1[i] = TaggerFeatures.ArgMax(scores);
        }

        if (Second is null)
        {
            return;
        }

        for (var i = 0; i < s.Count; i++)
        {
            var known = Dictionary.Get(s.Raw[i], -1);
            if (known >= 0)
            {
                s.Tags[i] = known;
                continue;
            }

            var n = TaggerFeatures.Extract(s, i, s.Tags, s.FirstPass, Ambiguity, features);
            scores.Clear();
            Second.Score(features[..n], scores);
            s.Tags[i] = TaggerFeatures.ArgMax(scores);
        }
    }

    public void Write(BinaryWriter writer)
    {
        Tags.Write(writer);
        Dictionary.Write(writer);
        Ambiguity.Write(writer);
        First.Write(writer);
        writer.Write(Second is not null);
        Second?.Write(writer);
    }

    public static PosTagger Read(BinaryReader reader)
    {
        var tags = TagSet.Read(reader);
        var dictionary = UlongMap.Read(reader);
        var ambiguity = UlongMap.Read(reader);
        var first = SparseWeights.Read(reader);
        var second = reader.ReadBoolean() ? SparseWeights.Read(reader) : null;
        return new PosTagger(tags, first, second, dictionary, ambiguity);
    }
}
