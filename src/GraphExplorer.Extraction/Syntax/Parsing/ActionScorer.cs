using System.Numerics;
using GraphExplorer.Extraction.Syntax.Learning;

namespace GraphExplorer.Extraction.Syntax.Parsing;

/// <summary>
/// Scores every action of a configuration: what a <see cref="Beam"/> step asks of a model, whether the weights being
/// trained (floating point) or the trained table (integers). Bound to one sentence's words and tags at a time.
/// </summary>
internal interface IActionScorer<T>
    where T : struct, INumber<T>
{
    /// <summary>
    /// Called once per step, before any <see cref="Score"/>, with the beam's items (terminal ones included), so that a
    /// scorer can ask memory for all their features at once rather than item after item.
    /// </summary>
    void Prepare(ParserState[] items, int count);

    /// <summary>
    /// Writes the score of every action in <paramref name="state"/> to <paramref name="scores"/> (overwriting them):
    /// <paramref name="item"/> is its index among the items last prepared, or -1 for a configuration that was not.
    /// </summary>
    void Score(ParserState state, int item, Span<T> scores);
}

/// <summary>
/// Scores with a trained table for beam decoding. The items of a beam mostly share their stack's top S0 and buffer's
/// front N0 (a RIGHT-ARC and a SHIFT of the same item, or two labels of one arc, lead to configurations that differ
/// only in their arcs), so the <see cref="ParserFeatures.SharedCount"/> features that read only S0, N0 and the words
/// after it are scored once per (S0, N0) pair of the sentence and kept; each item then adds only its own features.
/// Integer sums, so the scores are exactly those of all the features looked up at once. Nothing is allocated per
/// item: the kept rows live in one array reused from sentence to sentence, found through a table by pair that is
/// stamped with the sentence's number instead of cleared. The items' own features are extracted for all the items of
/// a step first and their slots asked for together, so that the waits for memory of one item overlap another's.
/// </summary>
internal sealed class WeightsScorer : IActionScorer<int>
{
    private readonly ulong[] shared = new ulong[ParserFeatures.Max];
    private ulong[] own = new ulong[ParserFeatures.Max];

    // The own features of the items last prepared, ParserFeatures.Max apart, and how many each has (0: not prepared).
    private int[] prepared = [];
    private SparseWeights? weights;
    private ulong[] words = [];
    private int[] tags = [];
    private int classes;

    // The kept rows by pair: pair (S0, N0) is at (S0 + 1) * side + N0; its row is valid when its stamp is the sentence's.
    private int side;
    private int sentence;
    private int[] stamps = [];
    private int[] offsets = [];

    // The rows, one after another, `classes` scores each; `used` of them hold this sentence's.
    private int[] rows = [];
    private int used;

    /// <summary>Pairs looked up (one per item scored) and pairs scored (the rest were found kept), for measurements.</summary>
    public long Lookups { get; private set; }

    /// <inheritdoc cref="Lookups"/>
    public long Misses { get; private set; }

    /// <summary>Binds the scorer to the weights and to the words and tags of one sentence of <paramref name="n"/> words, by position (0 = root).</summary>
    public void Start(SparseWeights table, ulong[] sentenceWords, int[] sentenceTags, int n)
    {
        weights = table;
        words = sentenceWords;
        tags = sentenceTags;
        classes = table.Classes;
        side = n + 2;
        var size = side * side;
        if (stamps.Length < size)
        {
            stamps = new int[Math.Max(size, stamps.Length * 2)];
            offsets = new int[stamps.Length];
            sentence = 0;
        }

        if (++sentence == int.MaxValue)
        {
            Array.Clear(stamps);
            sentence = 1;
        }

        used = 0;
    }

    public void Prepare(ParserState[] items, int count)
    {
        if (prepared.Length < count)
        {
            prepared = new int[count];
            own = new ulong[count * ParserFeatures.Max];
        }

        for (var i = 0; i < count; i++)
        {
            if (items[i].IsTerminal)
            {
                prepared[i] = 0;
                continue;
            }

            var features = ParserFeatures.ExtractOwn(items[i], words, tags, own.AsSpan(i * ParserFeatures.Max, ParserFeatures.Max));
            prepared[i] = features.Length;
            weights!.Prefetch(features);
        }
    }

    public void Score(ParserState state, int item, Span<int> scores)
    {
        var pair = (state.S0 + 1) * side + state.B;
        Lookups++;
        int offset;
        if (stamps[pair] == sentence)
        {
            offset = offsets[pair];
        }
        else
        {
            Misses++;
            offset = used++ * classes;
            if (rows.Length < offset + classes)
            {
                Array.Resize(ref rows, Math.Max(offset + classes, rows.Length * 2));
            }

            var row = rows.AsSpan(offset, classes);
            row.Clear();
            weights!.Score(ParserFeatures.ExtractShared(state, words, tags, shared), row);
            stamps[pair] = sentence;
            offsets[pair] = offset;
        }

        rows.AsSpan(offset, classes).CopyTo(scores);
        var features = item >= 0 && item < prepared.Length && prepared[item] > 0
            ? own.AsSpan(item * ParserFeatures.Max + ParserFeatures.SharedCount, prepared[item])
            : ParserFeatures.ExtractOwn(state, words, tags, shared);
        weights!.Score(features, scores);
    }
}
