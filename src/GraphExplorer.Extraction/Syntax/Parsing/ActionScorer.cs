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
    /// <summary>Writes the score of every action in <paramref name="state"/> to <paramref name="scores"/> (overwriting them).</summary>
    void Score(ParserState state, Span<T> scores);
}

/// <summary>
/// Scores with a trained table, every feature of the configuration looked up each time. Integer sums, so the order of
/// the features changes nothing.
/// </summary>
internal sealed class WeightsScorer : IActionScorer<int>
{
    private readonly ulong[] features = new ulong[ParserFeatures.Max];
    private SparseWeights? weights;
    private ulong[] words = [];
    private int[] tags = [];

    /// <summary>Binds the scorer to the weights and to the words and tags of one sentence, by position (0 = root).</summary>
    public void Start(SparseWeights table, ulong[] sentenceWords, int[] sentenceTags)
    {
        weights = table;
        words = sentenceWords;
        tags = sentenceTags;
    }

    public void Score(ParserState state, Span<int> scores)
    {
        var n = ParserFeatures.Extract(state, words, tags, features);
        scores.Clear();
        weights!.Score(features.AsSpan(0, n), scores);
    }
}
