using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace GraphExplorer.Extraction.Syntax.Learning;

/// <summary>
/// The scoring table of a trained linear model: for each hashed feature, the classes it votes for and its
/// weight for each, quantized to 16 bits with one scale for the table. Scores are summed as integers, so
/// scoring is exact and needs no floating point, and the order in which features are added changes nothing.
/// Lookups are one open-addressing probe into a slot array of 16-byte slots (key and payload); a row of one or
/// two entries, most rows of a perceptron (each error adds +1 to one class and -1 to another), lives in its
/// slot's payload, a longer one in the entry array. The table is far larger than the processor's caches, so
/// scoring waits on memory: <see cref="Score"/> asks for every slot of a feature vector before reading any,
/// then for the longer rows' entries, so that the reads overlap instead of queueing one after another.
/// The features a sentence actually fires are mostly frequent ones, whose rows are long (a parser configuration
/// adds about 1,900 entries over its 77 features, nearly all from rows of eight entries or more): those rows are
/// also kept dense (one 16-bit weight per class, zeros included) and added a vector at a time into 32-bit sums,
/// which gives the same integers as adding their entries one by one.
/// Immutable once built; safe to share between threads.
/// </summary>
internal sealed class SparseWeights
{
    // Payload of a slot: either the row's one or two entries (Inline set; class 8 bits and value 16 bits each,
    // the count in bits 48-49), or where its entries are (start in the low 32 bits, count in bits 32-62).
    private const ulong Inline = 1UL << 63;

    // Payload of a slot whose row is dense: where the row starts in the dense array (low 32 bits).
    private const ulong DenseRow = 1UL << 62;

    /// <summary>
    /// Rows of at least this many entries are also kept dense. Shorter rows cost fewer scalar additions than a dense
    /// row costs vector additions (one per 16 classes on 256-bit vectors), and would make the dense array larger
    /// than the processor's caches for little gain.
    /// </summary>
    internal const int DenseMinimum = 8;

    // Above this many classes a dense row is too large to be worth it (and the sums would not fit the stack).
    private const int MaxDenseClasses = 1024;

    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public ulong Key;
        public ulong Payload;
    }

    [StructLayout(LayoutKind.Sequential)]
    internal struct Entry
    {
        public ushort Class;
        public short Value;
    }

    private readonly Slot[] slots;
    private readonly int mask;
    private readonly Entry[] entries;
    private readonly ulong[] rowKeys;
    private readonly int[] rowCounts;

    // The dense copies of the long rows, each of `stride` weights (the classes rounded up to a whole number of vectors).
    private readonly short[] dense;
    private readonly int stride;

    private SparseWeights(int classes, float scale, ulong[] rowKeys, int[] rowCounts, Entry[] entries)
    {
        Classes = classes;
        Scale = scale;
        this.rowKeys = rowKeys;
        this.rowCounts = rowCounts;
        this.entries = entries;
        foreach (var entry in entries)
        {
            if (entry.Class >= classes)
            {
                throw new InvalidDataException($"Corrupt weight table: class {entry.Class} of {classes}.");
            }
        }

        var lanes = Vector512.IsHardwareAccelerated ? Vector512<short>.Count : Vector<short>.Count;
        stride = (classes + lanes - 1) / lanes * lanes;
        var isDense = DenseRows(classes, rowCounts, entries);
        var denseRowCount = isDense.Count(d => d);
        dense = new short[denseRowCount * stride];
        var nextDense = 0;
        var payloads = new ulong[rowKeys.Length];
        var start = 0;
        for (var r = 0; r < rowKeys.Length; r++)
        {
            if (isDense[r])
            {
                var offset = nextDense++ * stride;
                for (var e = start; e < start + rowCounts[r]; e++)
                {
                    dense[offset + entries[e].Class] = entries[e].Value;
                }

                payloads[r] = DenseRow | (uint)offset;
            }
            else
            {
                payloads[r] = Payload(start, rowCounts[r]);
            }

            start += rowCounts[r];
        }

        slots = new Slot[SlotCount(rowKeys.Length)];
        mask = slots.Length - 1;
        foreach (var r in InSlotOrder(rowKeys, mask))
        {
            Insert(slots, rowKeys[r], payloads[r]);
        }
    }

    /// <summary>
    /// The rows ordered by the region of the slot array their key hashes to (a counting sort on the slot's high bits),
    /// so that building the table writes it front to back instead of missing the cache at every row (the rows come in
    /// key order, which scatters them over the whole array): most of a model's load time otherwise. Where a row lands
    /// among colliding keys changes, what a lookup finds does not.
    /// </summary>
    private static int[] InSlotOrder(ulong[] keys, int mask)
    {
        const int RegionBits = 10;
        var shift = Math.Max(0, BitOperations.Log2((uint)mask + 1) - RegionBits);
        var regionStarts = new int[(1 << RegionBits) + 1];
        foreach (var key in keys)
        {
            regionStarts[(int)((key & (uint)mask) >> shift) + 1]++;
        }

        for (var region = 1; region < regionStarts.Length; region++)
        {
            regionStarts[region] += regionStarts[region - 1];
        }

        var order = new int[keys.Length];
        for (var r = 0; r < keys.Length; r++)
        {
            order[regionStarts[(int)((keys[r] & (uint)mask) >> shift)]++] = r;
        }

        return order;
    }

    /// <summary>A power of two at least twice <paramref name="rows"/>, so that a probe rarely goes past its first slot.</summary>
    private static int SlotCount(int rows) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows * 2));

    private static void Insert(Slot[] table, ulong key, ulong payload)
    {
        var mask = table.Length - 1;
        var slot = (int)(key & (ulong)mask);
        while (table[slot].Key != 0)
        {
            slot = (slot + 1) & mask;
        }

        table[slot] = new Slot { Key = key, Payload = payload };
    }

    /// <summary>The number of classes the table scores.</summary>
    public int Classes { get; }

    /// <summary>Multiply an integer score by this to get the averaged weight sum.</summary>
    public float Scale { get; }

    /// <summary>Features with at least one weight.</summary>
    public int Rows => rowKeys.Length;

    /// <summary>(feature, class) weights kept.</summary>
    public int Entries => entries.Length;

    /// <summary>Asks memory for the slots of <paramref name="features"/>, ahead of a <see cref="Score"/> that will read them.</summary>
    public unsafe void Prefetch(ReadOnlySpan<ulong> features)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        fixed (Slot* slotBase = slots)
        {
            foreach (var key in features)
            {
                Sse.Prefetch0(slotBase + (int)(key & (ulong)mask));
            }
        }
    }

    /// <summary>Adds the weights of every feature to <paramref name="scores"/> (one integer per class).</summary>
    /// <remarks>Its scratch rows are written before they are read, so they are not zeroed first (the parser and the tagger call this once per decision).</remarks>
    [SkipLocalsInit]
    public unsafe void Score(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        // at most one row per feature; beyond 256 features, the rest waits in memory that is not on the stack
        var room = features.Length <= 256 ? features.Length : 0;
        Span<long> sparseRows = room > 0 ? stackalloc long[room] : new long[features.Length];
        Span<int> denseRows = room > 0 ? stackalloc int[room] : new int[features.Length];
        fixed (Slot* slotBase = slots)
        fixed (Entry* entryBase = entries)
        fixed (short* denseBase = dense)
        {
            if (Sse.IsSupported)
            {
                foreach (var key in features)
                {
                    Sse.Prefetch0(slotBase + (int)(key & (ulong)mask));
                }
            }

            // Long rows wait, sparse ones in `sparseRows` and dense ones in `denseRows` (their offsets), so that their reads overlap.
            var pendingSparse = 0;
            var pendingDense = 0;
            foreach (var key in features)
            {
                var slot = (int)(key & (ulong)mask);
                while (true)
                {
                    var s = slotBase + slot;
                    if (s->Key == key)
                    {
                        var payload = s->Payload;
                        if ((payload & Inline) != 0)
                        {
                            scores[(int)(payload & 0xFF)] += (short)(payload >> 8);
                            if ((payload & (2UL << 48)) != 0)
                            {
                                scores[(int)((payload >> 24) & 0xFF)] += (short)(payload >> 32);
                            }
                        }
                        else if ((payload & DenseRow) != 0)
                        {
                            denseRows[pendingDense++] = (int)(uint)payload;
                            PrefetchDense(denseBase + (int)(uint)payload);
                        }
                        else
                        {
                            sparseRows[pendingSparse++] = (long)payload;
                            if (Sse.IsSupported)
                            {
                                Sse.Prefetch0(entryBase + (int)(uint)payload);
                            }
                        }

                        break;
                    }

                    if (s->Key == 0)
                    {
                        break;
                    }

                    slot = (slot + 1) & mask;
                }
            }

            foreach (var payload in sparseRows[..pendingSparse])
            {
                Add(entryBase, (ulong)payload, scores);
            }

            if (pendingDense > 0)
            {
                AddDense(denseBase, denseRows[..pendingDense], scores);
            }
        }
    }

    /// <summary>
    /// Adds the dense rows at <paramref name="offsets"/>: one vector of classes at a time across all the rows, so that the
    /// vector's 32-bit sums stay in registers while the rows' 16-bit weights stream past.
    /// </summary>
    [SkipLocalsInit] // every sum is stored before it is read
    private unsafe void AddDense(short* denseBase, ReadOnlySpan<int> offsets, Span<int> scores)
    {
        Span<int> sums = stackalloc int[stride];
        ref var sum = ref MemoryMarshal.GetReference(sums);
        if (Vector512.IsHardwareAccelerated && stride % Vector512<short>.Count == 0)
        {
            for (var i = 0; i < stride; i += Vector512<short>.Count)
            {
                var low = Vector512<int>.Zero;
                var high = Vector512<int>.Zero;
                foreach (var offset in offsets)
                {
                    var (l, h) = Vector512.Widen(Vector512.Load(denseBase + offset + i));
                    low += l;
                    high += h;
                }

                low.StoreUnsafe(ref sum, (nuint)i);
                high.StoreUnsafe(ref sum, (nuint)(i + Vector512<int>.Count));
            }
        }
        else
        {
            for (var i = 0; i < stride; i += Vector<short>.Count)
            {
                var low = Vector<int>.Zero;
                var high = Vector<int>.Zero;
                foreach (var offset in offsets)
                {
                    Vector.Widen(Vector.LoadUnsafe(ref Unsafe.AsRef<short>(denseBase + offset), (nuint)i), out var l, out var h);
                    low += l;
                    high += h;
                }

                Vector.StoreUnsafe(low, ref sum, (nuint)i);
                Vector.StoreUnsafe(high, ref sum, (nuint)(i + Vector<int>.Count));
            }
        }

        AddRow(sums[..Classes], scores);
    }

    /// <summary>Adds <paramref name="row"/> to <paramref name="scores"/>, class by class, a vector at a time.</summary>
    public static void AddRow(ReadOnlySpan<int> row, Span<int> scores)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scores.Length, row.Length);
        var c = 0;
        if (Vector.IsHardwareAccelerated)
        {
            ref var from = ref MemoryMarshal.GetReference(row);
            ref var to = ref MemoryMarshal.GetReference(scores);
            for (; c + Vector<int>.Count <= row.Length; c += Vector<int>.Count)
            {
                (Vector.LoadUnsafe(ref to, (nuint)c) + Vector.LoadUnsafe(ref from, (nuint)c)).StoreUnsafe(ref to, (nuint)c);
            }
        }

        for (; c < row.Length; c++)
        {
            scores[c] += row[c];
        }
    }

    /// <summary>A smaller table without the weights below <paramref name="minimum"/> (in quantized units) nor the features left empty.</summary>
    public SparseWeights Pruned(int minimum)
    {
        var keys = new List<ulong>();
        var counts = new List<int>();
        var kept = new List<Entry>();
        var start = 0;
        for (var r = 0; r < rowKeys.Length; r++)
        {
            var before = kept.Count;
            for (var e = start; e < start + rowCounts[r]; e++)
            {
                if (Math.Abs((int)entries[e].Value) >= minimum)
                {
                    kept.Add(entries[e]);
                }
            }

            start += rowCounts[r];
            if (kept.Count > before)
            {
                keys.Add(rowKeys[r]);
                counts.Add(kept.Count - before);
            }
        }

        return new SparseWeights(Classes, Scale, [.. keys], [.. counts], [.. kept]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Add(Entry* entryBase, ulong payload, Span<int> scores)
    {
        var e = entryBase + (int)(uint)payload;
        var end = e + (int)(payload >> 32);
        for (; e < end; e++)
        {
            scores[e->Class] += e->Value;
        }
    }

    /// <summary>Asks for every cache line of a dense row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe void PrefetchDense(short* row)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        for (var i = 0; i < stride; i += 32)
        {
            Sse.Prefetch0(row + i);
        }

        Sse.Prefetch0(row + stride - 1);
    }

    /// <summary>
    /// Which rows get a dense copy: those of <see cref="DenseMinimum"/> entries or more, each class at most once (a
    /// repeated class is summed entry by entry, which a 16-bit dense weight could not hold), in a table of few enough classes.
    /// </summary>
    private static bool[] DenseRows(int classes, int[] rowCounts, Entry[] entries)
    {
        var dense = new bool[rowCounts.Length];
        if (classes > MaxDenseClasses)
        {
            return dense;
        }

        var seen = new int[classes];
        var start = 0;
        for (var r = 0; r < rowCounts.Length; r++)
        {
            var end = start + rowCounts[r];
            if (rowCounts[r] >= DenseMinimum)
            {
                dense[r] = true;
                for (var e = start; e < end; e++)
                {
                    if (seen[entries[e].Class] == r + 1)
                    {
                        dense[r] = false;
                    }

                    seen[entries[e].Class] = r + 1;
                }
            }

            start = end;
        }

        return dense;
    }

    /// <summary>The payload of a row of <paramref name="count"/> entries from <paramref name="start"/>: the entries themselves when they fit.</summary>
    private ulong Payload(int start, int count)
    {
        if (count is 1 or 2 && Classes <= 256)
        {
            var payload = Inline | ((ulong)count << 48);
            for (var i = 0; i < count; i++)
            {
                var entry = entries[start + i];
                payload |= ((ulong)entry.Class | ((ulong)(ushort)entry.Value << 8)) << (24 * i);
            }

            return payload;
        }

        return (uint)start | ((ulong)count << 32);
    }

    /// <summary>Writes the table column by column (keys as deltas), which compresses well.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Classes);
        writer.Write(Scale);
        writer.Write(rowKeys.Length);
        writer.Write(entries.Length);
        ulong previous = 0;
        foreach (var key in rowKeys)
        {
            writer.Write7BitEncodedInt64((long)(key - previous));
            previous = key;
        }

        foreach (var count in rowCounts)
        {
            writer.Write7BitEncodedInt(count);
        }

        foreach (var entry in entries)
        {
            writer.Write7BitEncodedInt(entry.Class);
        }

        foreach (var entry in entries)
        {
            writer.Write(entry.Value);
        }
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    public static SparseWeights Read(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        var scale = reader.ReadSingle();
        var rows = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (classes <= 0 || rows < 0 || count < 0)
        {
            throw new InvalidDataException("Corrupt weight table header.");
        }

        var keys = new ulong[rows];
        ulong previous = 0;
        for (var r = 0; r < rows; r++)
        {
            previous += (ulong)reader.Read7BitEncodedInt64();
            keys[r] = previous;
        }

        var counts = new int[rows];
        for (var r = 0; r < rows; r++)
        {
            counts[r] = reader.Read7BitEncodedInt();
        }

        var entries = new Entry[count];
        for (var e = 0; e < count; e++)
        {
            entries[e].Class = (ushort)reader.Read7BitEncodedInt();
        }

        for (var e = 0; e < count; e++)
        {
            entries[e].Value = reader.ReadInt16();
        }

        return new SparseWeights(classes, scale, keys, counts, entries);
    }

    /// <summary>Collects rows in key order, then quantizes them with one scale.</summary>
    internal sealed class Builder(int classes)
    {
        private readonly List<ulong> keys = [];
        private readonly List<int> counts = [];
        private readonly List<(int Class, float Weight)> weights = [];

        public void Add(ulong key, IReadOnlyList<(int Class, float Weight)> row)
        {
            keys.Add(key);
            counts.Add(row.Count);
            weights.AddRange(row);
        }

        public SparseWeights Build()
        {
            var max = 0f;
            foreach (var (_, weight) in weights)
            {
                max = Math.Max(max, Math.Abs(weight));
            }

            var scale = max > 0 ? max / short.MaxValue : 1f;
            var entries = new Entry[weights.Count];
            for (var e = 0; e < weights.Count; e++)
            {
                entries[e] = new Entry { Class = (ushort)weights[e].Class, Value = (short)Math.Round(weights[e].Weight / scale) };
            }

            return new SparseWeights(classes, scale, [.. keys], [.. counts], entries);
        }
    }
}
