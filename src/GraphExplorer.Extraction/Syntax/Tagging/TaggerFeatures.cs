using System.Runtime.CompilerServices;
using GraphExplorer.Extraction.Syntax.Learning;

namespace GraphExplorer.Extraction.Syntax.Tagging;

/// <summary>
/// The tagger's feature templates for word <c>i</c>: the word (lower-cased and as written), its prefixes
/// and suffixes of one to four letters, its shape and character flags, its ambiguity class (the tags the
/// treebank gave it), the words two to either side, the two tags already predicted on the left and, in the
/// second pass, the first pass's tags on the right.
/// </summary>
internal static class TaggerFeatures
{
    /// <summary>Upper bound on the features of one word.</summary>
    public const int Max = 64;

    private static readonly ulong Start = FeatureHash.Of("<s>");
    private static readonly ulong End = FeatureHash.Of("</s>");

    /// <summary>
    /// Writes the features of word <paramref name="i"/> into <paramref name="f"/> and returns how many.
    /// <paramref name="left"/> holds the tags predicted so far (positions before i); <paramref name="right"/>,
    /// when given, the first pass's tags (used after i).
    /// </summary>
    public static int Extract(SentenceBuffer s, int i, int[] left, int[]? right, UlongMap ambiguity, Span<ulong> f)
    {
        var n = 0;
        var w = s.Lower[i];
        var wPrev = i > 0 ? s.Lower[i - 1] : Start;
        var wPrev2 = i > 1 ? s.Lower[i - 2] : Start;
        var wNext = i + 1 < s.Count ? s.Lower[i + 1] : End;
        var wNext2 = i + 2 < s.Count ? s.Lower[i + 2] : End;
        var t1 = (ulong)(i > 0 ? left[i - 1] + 1 : 0);
        var t2 = (ulong)(i > 1 ? left[i - 2] + 1 : 0);
        var suffix3 = s.Suffix[(i * SentenceBuffer.Affixes) + 2];
        var amb = (ulong)ambiguity.Get(w, 0);
        var ambNext = (ulong)(i + 1 < s.Count ? ambiguity.Get(s.Lower[i + 1], 0) : 99999);
        var ambPrev = (ulong)(i > 0 ? ambiguity.Get(s.Lower[i - 1], 0) : 99999);

        f[n++] = FeatureHash.Feature(0, 0);
        f[n++] = FeatureHash.Feature(1, w);
        f[n++] = FeatureHash.Feature(2, s.Raw[i]);
        for (var k = 0; k < SentenceBuffer.Affixes; k++)
        {
            var suffix = s.Suffix[(i * SentenceBuffer.Affixes) + k];
            if (suffix != 0)
            {
                f[n++] = FeatureHash.Feature(3 + k, suffix);
            }

            var prefix = s.Prefix[(i * SentenceBuffer.Affixes) + k];
            if (prefix != 0)
            {
                f[n++] = FeatureHash.Feature(7 + k, prefix);
            }
        }

        f[n++] = FeatureHash.Feature(11, s.Shape[i]);
        f[n++] = FeatureHash.Feature(12, (ulong)s.Flags[i]);
        f[n++] = FeatureHash.Feature(13, wPrev);
        f[n++] = FeatureHash.Feature(14, wPrev2);
        f[n++] = FeatureHash.Feature(15, wNext);
        f[n++] = FeatureHash.Feature(16, wNext2);
        f[n++] = FeatureHash.Feature(17, i > 0 ? s.Suffix[((i - 1) * SentenceBuffer.Affixes) + 2] : Start);
        f[n++] = FeatureHash.Feature(18, i + 1 < s.Count ? s.Suffix[((i + 1) * SentenceBuffer.Affixes) + 2] : End);
        f[n++] = FeatureHash.Feature(19, t1);
        f[n++] = FeatureHash.Feature(20, t2);
        f[n++] = FeatureHash.Feature(21, t1, t2);
        f[n++] = FeatureHash.Feature(22, t1, w);
        f[n++] = FeatureHash.Feature(23, wPrev, w);
        f[n++] = FeatureHash.Feature(24, w, wNext);
        f[n++] = FeatureHash.Feature(25, i > 0 ? s.Shape[i - 1] : Start);
        f[n++] = FeatureHash.Feature(26, i + 1 < s.Count ? s.Shape[i + 1] : End);
        f[n++] = FeatureHash.Feature(27, t1, suffix3);
        f[n++] = FeatureHash.Feature(28, amb);
        f[n++] = FeatureHash.Feature(29, ambNext);
        f[n++] = FeatureHash.Feature(30, ambPrev);
        f[n++] = FeatureHash.Feature(31, t1, amb);
        f[n++] = FeatureHash.Feature(32, amb, ambNext);
        f[n++] = FeatureHash.Feature(33, wPrev, wNext);
        f[n++] = FeatureHash.Feature(34, s.Shape[i], (ulong)(s.Flags[i] & (int)SentenceBuffer.WordFlags.First));
        var ambWritten = (ulong)ambiguity.Get(AsWritten(s.Raw[i]), 0);
        f[n++] = FeatureHash.Feature(35, ambWritten);
        f[n++] = FeatureHash.Feature(36, ambWritten, amb);
        f[n++] = FeatureHash.Feature(37, suffix3, (ulong)(s.Flags[i] & (int)(SentenceBuffer.WordFlags.InitialCap | SentenceBuffer.WordFlags.First)));
        f[n++] = FeatureHash.Feature(38, t1, ambWritten);
        if (right is not null)
        {
            var r1 = (ulong)(i + 1 < s.Count ? right[i + 1] + 1 : 0);
            var r2 = (ulong)(i + 2 < s.Count ? right[i + 2] + 1 : 0);
            f[n++] = FeatureHash.Feature(40, r1);
            f[n++] = FeatureHash.Feature(41, r2);
            f[n++] = FeatureHash.Feature(42, r1, r2);
            f[n++] = FeatureHash.Feature(43, t1, r1);
            f[n++] = FeatureHash.Feature(44, w, r1);
            f[n++] = FeatureHash.Feature(45, r1, suffix3);
            f[n++] = FeatureHash.Feature(46, amb, r1);
        }

        return n;
    }

    /// <summary>The ambiguity-class key of a word as written (case kept), apart from the lower-cased keys.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong AsWritten(ulong raw) => FeatureHash.Feature(999, raw);

    /// <summary>The index of the highest score (ties: the lowest index).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ArgMax(ReadOnlySpan<int> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }
}
