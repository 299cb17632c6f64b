using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace GraphExplorer.Extraction.Syntax.Learning;

/// <summary>
/// The scoring table of a trained linear model: for each hashed feature, the classes it votes for and its
/// weight for each, quantized to 16 bits with one scale for the table. Scores are summed as integers, so
/// scoring is exact and needs no floating point. Lookups are one open-addressing probe into a slot array
/// (key, start, count: 16 bytes, one cache line at most) and one read of a few packed entries. Rows that
/// vote for many classes (the frequent features, read at almost every step) are also kept dense, one
/// 16-bit weight per class, and added with vector instructions instead of one scattered add per entry.
/// Immutable once built; safe to share between threads.
/// </summary>
internal sealed class SparseWeights
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public ulong Key;
        public int Start;
        public int Count;
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

    /// <summary>The dense rows, <see cref="denseWidth"/> weights each (a slot with a negative count points here).</summary>
    private readonly short[] dense;
    private readonly int denseWidth;
    private readonly ulong[] rowKeys;
    private readonly int[] rowCounts;

    private SparseWeights(int classes, float scale, ulong[] rowKeys, int[] rowCounts, Entry[] entries)
    {
        Classes = classes;
        Scale = scale;
        this.rowKeys = rowKeys;
        this.rowCounts = rowCounts;
        this.entries = GC.AllocateUninitializedArray<Entry>(entries.Length, pinned: true);
        entries.CopyTo(this.entries, 0);
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rowKeys.Length * 2));
        slots = GC.AllocateArray<Slot>(capacity, pinned: true);
        mask = capacity - 1;

        // A dense row costs a fixed number of vector adds; a sparse one, one dependent add per entry.
        denseWidth = (classes + Vector256<short>.Count - 1) / Vector256<short>.Count * Vector256<short>.Count;
        var denseFrom = Math.Max(8, denseWidth / 8);
        var denseRows = rowCounts.Count(c => c >= denseFrom);
        dense = GC.AllocateArray<short>(denseRows * denseWidth, pinned: true);
        var start = 0;
        var denseRow = 0;
        for (var r = 0; r < rowKeys.Length; r++)
        {
            var slot = (int)(rowKeys[r] & (ulong)mask);
            while (slots[slot].Key != 0)
            {
                slot = (slot + 1) & mask;
            }

            if (rowCounts[r] >= denseFrom)
            {
                var offset = denseRow++ * denseWidth;
                for (var e = start; e < start + rowCounts[r]; e++)
                {
                    dense[offset + this.entries[e].Class] = this.entries[e].Value;
                }

                slots[slot] = new Slot { Key = rowKeys[r], Start = offset, Count = -1 };
            }
            else
            {
                slots[slot] = new Slot { Key = rowKeys[r], Start = start, Count = rowCounts[r] };
            }

            start += rowCounts[r];
        }
    }

    /// <summary>The number of classes the table scores.</summary>
    public int Classes { get; }

    /// <summary>Multiply an integer score by this to get the averaged weight sum.</summary>
    public float Scale { get; }

    /// <summary>Features with at least one weight.</summary>
    public int Rows => rowKeys.Length;

    /// <summary>(feature, class) weights kept.</summary>
    public int Entries => entries.Length;

    /// <summary>
    /// Adds the weights of every feature to <paramref name="scores"/> (one integer per class). The tables
    /// are far larger than the caches, so a lookup is a memory round trip: all slots are prefetched first,
    /// then probed, then all entry rows prefetched, then summed, so the misses overlap instead of queuing.
    /// </summary>
    public unsafe void Score(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        var count = features.Length;
        Span<int> found = stackalloc int[count * 2];
        var slotBase = (Slot*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(slots));
        var entryBase = (Entry*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(entries));
        var denseBase = (short*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(dense));
        if (Sse.IsSupported)
        {
            for (var i = 0; i < count; i++)
            {
                Sse.Prefetch0(slotBase + (int)(features[i] & (ulong)mask));
            }
        }

        var hits = 0;
        for (var i = 0; i < count; i++)
        {
            var key = features[i];
            var slot = (int)(key & (ulong)mask);
            while (true)
            {
                var s = slotBase + slot;
                if (s->Key == key)
                {
                    found[hits * 2] = s->Start;
                    found[(hits * 2) + 1] = s->Count;
                    hits++;
                    if (Sse.IsSupported)
                    {
                        if (s->Count >= 0)
                        {
                            Sse.Prefetch0(entryBase + s->Start);
                        }
                        else
                        {
                            for (var line = 0; line < denseWidth; line += 32)
                            {
                                Sse.Prefetch0(denseBase + s->Start + line);
                            }
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

        Span<int> sums = stackalloc int[denseWidth];
        var anyDense = false;
        for (var h = 0; h < hits; h++)
        {
            var rowCount = found[(h * 2) + 1];
            if (rowCount < 0)
            {
                AddDense(denseBase + found[h * 2], sums);
                anyDense = true;
                continue;
            }

            var e = entryBase + found[h * 2];
            var end = e + rowCount;
            for (; e < end; e++)
            {
                scores[e->Class] += e->Value;
            }
        }

        if (anyDense)
        {
            for (var c = 0; c < Classes; c++)
            {
                scores[c] += sums[c];
            }
        }
    }

    /// <summary>Adds one dense row of 16-bit weights to 32-bit sums, sixteen classes at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe void AddDense(short* row, Span<int> sums)
    {
        ref var sum = ref MemoryMarshal.GetReference(sums);
        for (var c = 0; c < denseWidth; c += Vector256<short>.Count)
        {
            var (lower, upper) = Vector256.Widen(Vector256.Load(row + c));
            var at = (nuint)c;
            Vector256.StoreUnsafe(Vector256.LoadUnsafe(ref sum, at) + lower, ref sum, at);
            at += (nuint)Vector256<int>.Count;
            Vector256.StoreUnsafe(Vector256.LoadUnsafe(ref sum, at) + upper, ref sum, at);
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
