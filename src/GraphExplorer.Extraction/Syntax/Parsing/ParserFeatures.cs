using GraphExplorer.Extraction.Syntax.Learning;

namespace GraphExplorer.Extraction.Syntax.Parsing;

/// <summary>
/// The parser's feature templates, those of Zhang and Nivre (2011) for arc-eager: words and tags of the
/// stack's top (S0), the buffer's first three words (N0..N2), the head and grandparent of S0, the two
/// outermost children of S0 and the leftmost two of N0, with their labels; the S0–N0 distance; valencies;
/// the sets of labels already attached on each side; plus the second stack item (S1). A position that
/// does not exist has its own value, distinct from every word and tag.
/// </summary>
internal static class ParserFeatures
{
    public const int Max = 96;

    private const ulong None = 0x5bd1e9955bd1e995UL;

    /// <summary>The number of features <see cref="Extract"/> writes.</summary>
    public const int Count = 77;

    /// <summary>
    /// Of the <see cref="Count"/> features, those that read only the stack's top S0, the buffer's front N0 (and the
    /// words after it) and their words and tags: the same for every configuration with the same S0 and N0 in a
    /// sentence, whatever arcs it has built (templates 0-22 and 27-32). The others read the arcs, S1 or the root flag.
    /// </summary>
    public const int SharedCount = 29;

    // Where the templates that are not shared sit among the first ones (23-26), and where the shared ones resume (27-32).
    private const int FirstOwn = 23;
    private const int SharedResume = 27;
    private const int SecondOwn = 33;

    /// <summary>Writes the features of <paramref name="state"/> into <paramref name="f"/>; <paramref name="words"/> and <paramref name="tags"/> are by position (0 = root).</summary>
    public static int Extract(ParserState state, ulong[] words, int[] tags, Span<ulong> f)
    {
        WriteShared(state, words, tags, f);
        WriteOwn(state, words, tags, f);
        return Count;
    }

    /// <summary>
    /// The <see cref="SharedCount"/> features that depend only on S0 and N0 (see <see cref="SharedCount"/>), written
    /// into <paramref name="f"/> (at least <see cref="Count"/> long) and returned as its first <see cref="SharedCount"/>.
    /// </summary>
    public static Span<ulong> ExtractShared(ParserState state, ulong[] words, int[] tags, Span<ulong> f)
    {
        WriteShared(state, words, tags, f);
        f[SharedResume..SecondOwn].CopyTo(f[FirstOwn..]);
        return f[..SharedCount];
    }

    /// <summary>
    /// The other <see cref="Count"/> - <see cref="SharedCount"/> features, written into <paramref name="f"/> (at least
    /// <see cref="Count"/> long) and returned as its last ones: with <see cref="ExtractShared"/>, the features of <see cref="Extract"/>.
    /// They come group by group (<see cref="OwnGroupStart"/>), each group reading one part of the configuration.
    /// </summary>
    public static Span<ulong> ExtractOwn(ParserState state, ulong[] words, int[] tags, Span<ulong> f)
    {
        var own = f[SharedCount..Count];
        var starts = OwnGroupStart;
        for (var g = 0; g < OwnGroups; g++)
        {
            WriteGroup(g, state, words, tags, own[starts[g]..starts[g + 1]]);
        }

        return own;
    }

    /// <summary>
    /// The groups of the features <see cref="ExtractOwn"/> returns, by what each reads besides the words and tags of S0 and
    /// N0: S0's head, grandparent and their labels (group 0); S0's left children, left valency and left label set (1); S0's
    /// right children, right valency and right label set (2); N0's left children, valency and label set (3); S1 and the
    /// root flag (4). Items of a beam that differ only in arcs one group does not read have the same features in that group.
    /// Group g is <c>own[OwnGroupStart[g]..OwnGroupStart[g + 1]]</c>.
    /// </summary>
    public static ReadOnlySpan<int> OwnGroupStart => [0, 8, 20, 32, 44, Count - SharedCount];

    /// <summary>The number of groups of <see cref="OwnGroupStart"/>.</summary>
    public const int OwnGroups = 5;

    // The templates of ExtractOwn's features, in its order (group after group).
    private static ReadOnlySpan<byte> OwnOrder =>
    [
        23, 39, 40, 41, 51, 52, 53, 65,
        24, 35, 36, 42, 43, 44, 54, 55, 56, 63, 69, 70,
        25, 33, 34, 45, 46, 47, 57, 58, 59, 64, 67, 68,
        26, 37, 38, 48, 49, 50, 60, 61, 62, 66, 71, 72,
        73, 74, 75, 76,
    ];

    // Templates 0-22 and 27-32, each at its own index.
    private static void WriteShared(ParserState state, ulong[] words, int[] tags, Span<ulong> f)
    {
        var s0 = state.S0;
        var n0 = state.B <= state.N ? state.B : -1;
        var n1 = state.B + 1 <= state.N ? state.B + 1 : -1;
        var n2 = state.B + 2 <= state.N ? state.B + 2 : -1;
        var s0w = W(words, s0);
        var s0p = P(tags, s0);
        var n0w = W(words, n0);
        var n0p = P(tags, n0);
        var n1w = W(words, n1);
        var n1p = P(tags, n1);
        var n2w = W(words, n2);
        var n2p = P(tags, n2);
        var distance = s0 >= 0 && n0 >= 0 ? Bucket(n0 - s0) : 0UL;

        var n = 0;
        f[n++] = FeatureHash.Feature(0, 0);

        // Single words.
        f[n++] = FeatureHash.Feature(1, s0w, s0p);
        f[n++] = FeatureHash.Feature(2, s0w);
        f[n++] = FeatureHash.Feature(3, s0p);
        f[n++] = FeatureHash.Feature(4, n0w, n0p);
        f[n++] = FeatureHash.Feature(5, n0w);
        f[n++] = FeatureHash.Feature(6, n0p);
        f[n++] = FeatureHash.Feature(7, n1w, n1p);
        f[n++] = FeatureHash.Feature(8, n1w);
        f[n++] = FeatureHash.Feature(9, n1p);
        f[n++] = FeatureHash.Feature(10, n2w, n2p);
        f[n++] = FeatureHash.Feature(11, n2w);
        f[n++] = FeatureHash.Feature(12, n2p);

        // Pairs of S0 and N0.
        f[n++] = FeatureHash.Feature(13, s0w, s0p, n0w, n0p);
        f[n++] = FeatureHash.Feature(14, s0w, s0p, n0w);
        f[n++] = FeatureHash.Feature(15, s0w, n0w, n0p);
        f[n++] = FeatureHash.Feature(16, s0w, s0p, n0p);
        f[n++] = FeatureHash.Feature(17, s0p, n0w, n0p);
        f[n++] = FeatureHash.Feature(18, s0w, n0w);
        f[n++] = FeatureHash.Feature(19, s0p, n0p);
        f[n++] = FeatureHash.Feature(20, n0p, n1p);

        // Three tags.
        f[n++] = FeatureHash.Feature(21, n0p, n1p, n2p);
        f[n++] = FeatureHash.Feature(22, s0p, n0p, n1p);

        // Distance.
        n = SharedResume;
        f[n++] = FeatureHash.Feature(27, s0w, distance);
        f[n++] = FeatureHash.Feature(28, s0p, distance);
        f[n++] = FeatureHash.Feature(29, n0w, distance);
        f[n++] = FeatureHash.Feature(30, n0p, distance);
        f[n++] = FeatureHash.Feature(31, s0w, n0w, distance);
        f[n] = FeatureHash.Feature(32, s0p, n0p, distance);
    }

    // Templates 23-26 and 33-76, each at its own index.
    private static void WriteOwn(ParserState state, ulong[] words, int[] tags, Span<ulong> f)
    {
        Span<ulong> own = stackalloc ulong[Count - SharedCount];
        var starts = OwnGroupStart;
        for (var g = 0; g < OwnGroups; g++)
        {
            WriteGroup(g, state, words, tags, own[starts[g]..starts[g + 1]]);
        }

        var order = OwnOrder;
        for (var i = 0; i < order.Length; i++)
        {
            f[order[i]] = own[i];
        }
    }

    /// <summary>
    /// Writes the features of group <paramref name="group"/> (<see cref="OwnGroupStart"/>) into <paramref name="f"/> and
    /// returns them: the same as that group's part of <see cref="ExtractOwn"/>.
    /// </summary>
    public static Span<ulong> ExtractGroup(int group, ParserState state, ulong[] words, int[] tags, Span<ulong> f)
    {
        var size = OwnGroupStart[group + 1] - OwnGroupStart[group];
        WriteGroup(group, state, words, tags, f[..size]);
        return f[..size];
    }

    /// <summary>The length of a group's key (<see cref="WriteGroupKey"/>).</summary>
    public const int GroupKeyLength = 5;

    /// <summary>
    /// Writes the key of group <paramref name="group"/>: every position, label, count, label set and flag its templates
    /// read (the words and tags are those of the positions), so that two configurations of one sentence with the same key
    /// have the same features in that group.
    /// </summary>
    public static void WriteGroupKey(int group, ParserState state, Span<ulong> key)
    {
        var s0 = state.S0;
        var n0 = state.B <= state.N ? state.B : -1;
        switch (group)
        {
            case 0:
                {
                    var s0h = s0 >= 0 ? state.Head[s0] : -1;
                    var s0h2 = s0h >= 0 ? state.Head[s0h] : -1;
                    key[0] = Pack(s0, n0);
                    key[1] = Pack(s0h, s0h2);
                    key[2] = Pack(LabelAt(state, s0), LabelAt(state, s0h));
                    key[3] = key[4] = 0;
                    break;
                }

            case 1:
                key[0] = Pack(s0, n0);
                if (s0 >= 0)
                {
                    var l = state.Left1[s0];
                    var l2 = state.Left2[s0];
                    key[1] = Pack(l, l2);
                    key[2] = Pack(LabelAt(state, l), LabelAt(state, l2));
                    key[3] = (ulong)(uint)state.LeftCount[s0];
                    key[4] = state.LeftLabels[s0];
                }
                else
                {
                    key[1] = key[2] = key[3] = key[4] = 0;
                }

                break;
            case 2:
                key[0] = Pack(s0, n0);
                if (s0 >= 0)
                {
                    var r = state.Right1[s0];
                    var r2 = state.Right2[s0];
                    key[1] = Pack(r, r2);
                    key[2] = Pack(LabelAt(state, r), LabelAt(state, r2));
                    key[3] = (ulong)(uint)state.RightCount[s0];
                    key[4] = state.RightLabels[s0];
                }
                else
                {
                    key[1] = key[2] = key[3] = key[4] = 0;
                }

                break;
            case 3:
                key[0] = Pack(s0, n0);
                if (n0 >= 0)
                {
                    var l = state.Left1[n0];
                    var l2 = state.Left2[n0];
                    key[1] = Pack(l, l2);
                    key[2] = Pack(LabelAt(state, l), LabelAt(state, l2));
                    key[3] = (ulong)(uint)state.LeftCount[n0];
                    key[4] = state.LeftLabels[n0];
                }
                else
                {
                    key[1] = key[2] = key[3] = key[4] = 0;
                }

                break;
            default:
                {
                    var s1 = state.S1;
                    key[0] = Pack(s0, n0);
                    key[1] = Pack(s1, LabelAt(state, s1));
                    key[2] = state.RootAssigned ? 1UL : 0UL;
                    key[3] = key[4] = 0;
                    break;
                }
        }
    }

    // Two positions or labels in one key word, each in its own 32 bits (one-to-one).
    private static ulong Pack(int a, int b) => (uint)(a + 1) | ((ulong)(uint)(b + 1) << 32);

    // The label of the arc into a position (-1: none yet; -2: no position).
    private static int LabelAt(ParserState state, int position) => position >= 0 ? state.Label[position] : -2;

    private static void WriteGroup(int group, ParserState state, ulong[] words, int[] tags, Span<ulong> f)
    {
        var s0 = state.S0;
        var n0 = state.B <= state.N ? state.B : -1;
        var s0p = P(tags, s0);
        var n0p = P(tags, n0);
        var n = 0;
        switch (group)
        {
            case 0:
                {
                    // S0's head and grandparent, with labels.
                    var s0h = s0 >= 0 ? state.Head[s0] : -1;
                    var s0h2 = s0h >= 0 ? state.Head[s0h] : -1;
                    var s0hp = P(tags, s0h);
                    var s0h2p = P(tags, s0h2);
                    f[n++] = FeatureHash.Feature(23, s0hp, s0p, n0p);
                    f[n++] = FeatureHash.Feature(39, W(words, s0h));
                    f[n++] = FeatureHash.Feature(40, s0hp);
                    f[n++] = FeatureHash.Feature(41, L(state, s0));
                    f[n++] = FeatureHash.Feature(51, W(words, s0h2));
                    f[n++] = FeatureHash.Feature(52, s0h2p);
                    f[n++] = FeatureHash.Feature(53, L(state, s0h));
                    f[n] = FeatureHash.Feature(65, s0p, s0hp, s0h2p);
                    break;
                }

            case 1:
                {
                    // S0's leftmost two children, left valency and left label set.
                    var s0w = W(words, s0);
                    var s0l = s0 >= 0 ? state.Left1[s0] : -1;
                    var s0l2 = s0 >= 0 ? state.Left2[s0] : -1;
                    var s0lp = P(tags, s0l);
                    var s0l2p = P(tags, s0l2);
                    var s0vl = s0 >= 0 ? (ulong)state.LeftCount[s0] : 99;
                    var s0sl = s0 >= 0 ? state.LeftLabels[s0] : None;
                    f[n++] = FeatureHash.Feature(24, s0p, s0lp, n0p);
                    f[n++] = FeatureHash.Feature(35, s0w, s0vl);
                    f[n++] = FeatureHash.Feature(36, s0p, s0vl);
                    f[n++] = FeatureHash.Feature(42, W(words, s0l));
                    f[n++] = FeatureHash.Feature(43, s0lp);
                    f[n++] = FeatureHash.Feature(44, L(state, s0l));
                    f[n++] = FeatureHash.Feature(54, W(words, s0l2));
                    f[n++] = FeatureHash.Feature(55, s0l2p);
                    f[n++] = FeatureHash.Feature(56, L(state, s0l2));
                    f[n++] = FeatureHash.Feature(63, s0p, s0lp, s0l2p);
                    f[n++] = FeatureHash.Feature(69, s0w, s0sl);
                    f[n] = FeatureHash.Feature(70, s0p, s0sl);
                    break;
                }

            case 2:
                {
                    // S0's rightmost two children, right valency and right label set.
                    var s0w = W(words, s0);
                    var s0r = s0 >= 0 ? state.Right1[s0] : -1;
                    var s0r2 = s0 >= 0 ? state.Right2[s0] : -1;
                    var s0rp = P(tags, s0r);
                    var s0r2p = P(tags, s0r2);
                    var s0vr = s0 >= 0 ? (ulong)state.RightCount[s0] : 99;
                    var s0sr = s0 >= 0 ? state.RightLabels[s0] : None;
                    f[n++] = FeatureHash.Feature(25, s0p, s0rp, n0p);
                    f[n++] = FeatureHash.Feature(33, s0w, s0vr);
                    f[n++] = FeatureHash.Feature(34, s0p, s0vr);
                    f[n++] = FeatureHash.Feature(45, W(words, s0r));
                    f[n++] = FeatureHash.Feature(46, s0rp);
                    f[n++] = FeatureHash.Feature(47, L(state, s0r));
                    f[n++] = FeatureHash.Feature(57, W(words, s0r2));
                    f[n++] = FeatureHash.Feature(58, s0r2p);
                    f[n++] = FeatureHash.Feature(59, L(state, s0r2));
                    f[n++] = FeatureHash.Feature(64, s0p, s0rp, s0r2p);
                    f[n++] = FeatureHash.Feature(67, s0w, s0sr);
                    f[n] = FeatureHash.Feature(68, s0p, s0sr);
                    break;
                }

            case 3:
                {
                    // N0's leftmost two children, left valency and left label set.
                    var n0w = W(words, n0);
                    var n0l = n0 >= 0 ? state.Left1[n0] : -1;
                    var n0l2 = n0 >= 0 ? state.Left2[n0] : -1;
                    var n0lp = P(tags, n0l);
                    var n0l2p = P(tags, n0l2);
                    var n0vl = n0 >= 0 ? (ulong)state.LeftCount[n0] : 99;
                    var n0sl = n0 >= 0 ? state.LeftLabels[n0] : None;
                    f[n++] = FeatureHash.Feature(26, s0p, n0p, n0lp);
                    f[n++] = FeatureHash.Feature(37, n0w, n0vl);
                    f[n++] = FeatureHash.Feature(38, n0p, n0vl);
                    f[n++] = FeatureHash.Feature(48, W(words, n0l));
                    f[n++] = FeatureHash.Feature(49, n0lp);
                    f[n++] = FeatureHash.Feature(50, L(state, n0l));
                    f[n++] = FeatureHash.Feature(60, W(words, n0l2));
                    f[n++] = FeatureHash.Feature(61, n0l2p);
                    f[n++] = FeatureHash.Feature(62, L(state, n0l2));
                    f[n++] = FeatureHash.Feature(66, n0p, n0lp, n0l2p);
                    f[n++] = FeatureHash.Feature(71, n0w, n0sl);
                    f[n] = FeatureHash.Feature(72, n0p, n0sl);
                    break;
                }

            default:
                {
                    // The second stack item, and whether the root has its word.
                    var s1 = state.S1;
                    var s1p = P(tags, s1);
                    f[n++] = FeatureHash.Feature(73, W(words, s1), s1p);
                    f[n++] = FeatureHash.Feature(74, s1p, s0p, n0p);
                    f[n++] = FeatureHash.Feature(75, s1p, L(state, s1));
                    f[n] = FeatureHash.Feature(76, s0p, n0p, state.RootAssigned ? 1UL : 0UL);
                    break;
                }
        }
    }

    private static ulong W(ulong[] words, int position) => position >= 0 ? words[position] : None;

    private static ulong P(int[] tags, int position) => position >= 0 ? (ulong)(tags[position] + 2) : 0;

    private static ulong L(ParserState state, int position) => position >= 0 ? (ulong)(state.Label[position] + 2) : 0;

    private static ulong Bucket(int distance) => distance switch
    {
        <= 4 => (ulong)distance,
        <= 6 => 5,
        <= 9 => 6,
        _ => 7,
    };
}
