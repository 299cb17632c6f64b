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
/// after it are scored once per (S0, N0) pair of the sentence and kept. The items' own features come in groups by the
/// part of the configuration they read (<see cref="ParserFeatures.OwnGroupStart"/>: S0's head, S0's left children, its
/// right children, N0's left children, S1): items that differ only in arcs a group does not read have the same key in
/// it (<see cref="ParserFeatures.WriteGroupKey"/>: every position, label, count and label set the group reads), so each
/// group's row is scored once per distinct key of the sentence and kept too; a group's features are only extracted
/// when its key is new. Integer sums, so the scores are exactly those of all the features looked up at once. Nothing
/// is allocated per item: the kept rows live in one array reused from sentence to sentence, found through tables
/// stamped with the sentence's number instead of cleared. A step's items are keyed first and the slots of the groups
/// not kept are asked for together, so that the waits for memory of one item overlap another's. A step of one live
/// item (the first step, or a beam narrowed by a margin) is scored in one lookup of all its features.
/// </summary>
internal sealed class WeightsScorer : IActionScorer<int>
{
    private const int Groups = ParserFeatures.OwnGroups;
    private const int KeyLength = ParserFeatures.GroupKeyLength;

    private readonly ulong[] shared = new ulong[ParserFeatures.Max];
    private readonly ulong[] key = new ulong[KeyLength];

    // Per item last prepared and group: its key (KeyLength apart), the hash, the entry kept for it (-1: none yet), and its
    // features when the group was not kept (ParserFeatures.Max apart per item, at the group's place).
    private ulong[] itemKeys = [];
    private ulong[] itemHashes = [];
    private int[] itemEntries = [];
    private ulong[] own = new ulong[ParserFeatures.Max];
    private int preparedCount;
    private bool single;
    private SparseWeights? weights;
    private ulong[] words = [];
    private int[] tags = [];
    private int classes;

    // The kept rows by pair: pair (S0, N0) is at (S0 + 1) * side + N0; its row is valid when its stamp is the sentence's.
    private int side;
    private int sentence;
    private int[] stamps = [];
    private int[] offsets = [];

    // The kept group rows: an open-addressing table of entry numbers + 1, valid when stamped with the sentence's number;
    // entry e has its group, its hash, its key at e * KeyLength in `keys` and its row at `entryRow[e]` in `rows`.
    private int[] groupSlots = new int[256];
    private int[] groupStamps = new int[256];
    private int[] entryGroup = new int[128];
    private ulong[] entryHash = new ulong[128];
    private int[] entryRow = new int[128];
    private ulong[] keys = new ulong[128 * KeyLength];
    private int entries;

    // The rows, one after another, `classes` scores each; `used` of them hold this sentence's.
    private int[] rows = [];
    private int used;

    /// <summary>Pairs looked up (one per item scored) and pairs scored (the rest were found kept), for measurements.</summary>
    public long Lookups { get; private set; }

    /// <inheritdoc cref="Lookups"/>
    public long Misses { get; private set; }

    /// <summary>Groups of own features looked up (five per item scored) and groups scored (the rest were found kept), for measurements.</summary>
    public long GroupLookups { get; private set; }

    /// <inheritdoc cref="GroupLookups"/>
    public long GroupMisses { get; private set; }

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
            Array.Clear(groupStamps);
            sentence = 0;
        }

        if (++sentence == int.MaxValue)
        {
            Array.Clear(stamps);
            Array.Clear(groupStamps);
            sentence = 1;
        }

        used = 0;
        entries = 0;
        preparedCount = 0;
        single = false;
    }

    public void Prepare(ParserState[] items, int count)
    {
        if (itemEntries.Length < count * Groups)
        {
            itemKeys = new ulong[count * Groups * KeyLength];
            itemHashes = new ulong[count * Groups];
            itemEntries = new int[count * Groups];
            own = new ulong[count * ParserFeatures.Max];
        }

        var live = 0;
        for (var i = 0; i < count; i++)
        {
            live += items[i].IsTerminal ? 0 : 1;
        }

        // One live item: its step is scored whole (Score), nothing to prepare.
        single = live == 1;
        preparedCount = single ? 0 : count;
        if (single)
        {
            return;
        }

        var starts = ParserFeatures.OwnGroupStart;
        for (var i = 0; i < count; i++)
        {
            if (items[i].IsTerminal)
            {
                continue;
            }

            for (var g = 0; g < Groups; g++)
            {
                var at = i * Groups + g;
                var itemKey = itemKeys.AsSpan(at * KeyLength, KeyLength);
                ParserFeatures.WriteGroupKey(g, items[i], itemKey);
                var hash = Hash(g, itemKey);
                itemHashes[at] = hash;
                var entry = Find(g, hash, itemKey);
                itemEntries[at] = entry;
                if (entry < 0)
                {
                    var features = own.AsSpan(i * ParserFeatures.Max + starts[g], starts[g + 1] - starts[g]);
                    ParserFeatures.ExtractGroup(g, items[i], words, tags, features);
                    weights!.Prefetch(features);
                }
            }
        }
    }

    public void Score(ParserState state, int item, Span<int> scores)
    {
        if (single)
        {
            var n = ParserFeatures.Extract(state, words, tags, own);
            scores.Clear();
            weights!.Score(own.AsSpan(0, n), scores);
            return;
        }

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
            offset = NewRow();
            weights!.Score(ParserFeatures.ExtractShared(state, words, tags, shared), rows.AsSpan(offset, classes));
            stamps[pair] = sentence;
            offsets[pair] = offset;
        }

        rows.AsSpan(offset, classes).CopyTo(scores);
        var prepared = item >= 0 && item < preparedCount;
        var starts = ParserFeatures.OwnGroupStart;
        for (var g = 0; g < Groups; g++)
        {
            GroupLookups++;
            int entry;
            if (prepared)
            {
                var at = item * Groups + g;
                entry = itemEntries[at];
                if (entry < 0)
                {
                    // Another item of the step may have kept it since.
                    var itemKey = itemKeys.AsSpan(at * KeyLength, KeyLength);
                    entry = Find(g, itemHashes[at], itemKey);
                    if (entry < 0)
                    {
                        GroupMisses++;
                        entry = Keep(g, itemHashes[at], itemKey, own.AsSpan(item * ParserFeatures.Max + starts[g], starts[g + 1] - starts[g]));
                    }
                }
            }
            else
            {
                ParserFeatures.WriteGroupKey(g, state, key);
                var hash = Hash(g, key);
                entry = Find(g, hash, key);
                if (entry < 0)
                {
                    GroupMisses++;
                    entry = Keep(g, hash, key, ParserFeatures.ExtractGroup(g, state, words, tags, shared));
                }
            }

            SparseWeights.AddRow(rows.AsSpan(entryRow[entry], classes), scores);
        }
    }

    // A cleared row of `classes` scores at the end of `rows`, and where it starts.
    private int NewRow()
    {
        var offset = used++ * classes;
        if (rows.Length < offset + classes)
        {
            Array.Resize(ref rows, Math.Max(offset + classes, rows.Length * 2));
        }

        rows.AsSpan(offset, classes).Clear();
        return offset;
    }

    private static ulong Hash(int group, ReadOnlySpan<ulong> groupKey)
    {
        var hash = (ulong)(group + 1) * 0x9E3779B97F4A7C15UL;
        foreach (var part in groupKey)
        {
            hash = (System.Numerics.BitOperations.RotateLeft(hash, 23) ^ part) * 0xBF58476D1CE4E5B9UL;
        }

        return hash ^ (hash >> 31);
    }

    // The entry kept this sentence for group `group` with this key, or -1.
    private int Find(int group, ulong hash, ReadOnlySpan<ulong> groupKey)
    {
        var mask = groupSlots.Length - 1;
        for (var slot = (int)(hash & (ulong)mask); groupStamps[slot] == sentence; slot = (slot + 1) & mask)
        {
            var e = groupSlots[slot] - 1;
            if (entryHash[e] == hash && entryGroup[e] == group && keys.AsSpan(e * KeyLength, KeyLength).SequenceEqual(groupKey))
            {
                return e;
            }
        }

        return -1;
    }

    // Scores the features of a group whose key is not kept yet, keeps the row under the key and returns its entry.
    private int Keep(int group, ulong hash, ReadOnlySpan<ulong> groupKey, ReadOnlySpan<ulong> features)
    {
        if ((entries + 1) * 2 > groupSlots.Length)
        {
            Grow();
        }

        if (entries == entryHash.Length)
        {
            var size = entries * 2;
            Array.Resize(ref entryGroup, size);
            Array.Resize(ref entryHash, size);
            Array.Resize(ref entryRow, size);
            Array.Resize(ref keys, size * KeyLength);
        }

        var e = entries++;
        entryGroup[e] = group;
        entryHash[e] = hash;
        groupKey.CopyTo(keys.AsSpan(e * KeyLength));
        var offset = NewRow();
        weights!.Score(features, rows.AsSpan(offset, classes));
        entryRow[e] = offset;
        Insert(e);
        return e;
    }

    private void Insert(int e)
    {
        var mask = groupSlots.Length - 1;
        var slot = (int)(entryHash[e] & (ulong)mask);
        while (groupStamps[slot] == sentence)
        {
            slot = (slot + 1) & mask;
        }

        groupStamps[slot] = sentence;
        groupSlots[slot] = e + 1;
    }

    // Doubles the group table and puts this sentence's entries back.
    private void Grow()
    {
        groupSlots = new int[groupSlots.Length * 2];
        groupStamps = new int[groupSlots.Length];
        for (var e = 0; e < entries; e++)
        {
            Insert(e);
        }
    }
}
