using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
/// Immutable once built; safe to share between threads.
/// </summary>
internal sealed class SparseWeights
{
    // Payload of a slot: either the row's one or two entries (Inline set; class 8 bits and value 16 bits each,
    // the count in bits 48-49), or where its entries are (start in the low 32 bits, count in bits 32-62).
    private const ulong Inline = 1UL << 63;

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

    private SparseWeights(int classes, float scale, ulong[] rowKeys, int[] rowCounts, Entry[] entries)
    {
        Classes = classes;
        Scale = scale;
        this.rowKeys = rowKeys;
        this.rowCounts = rowCounts;
        this.entries = entries;
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rowKeys.Length * 2));
        slots = new Slot[capacity];
        mask = capacity - 1;
        var start = 0;
        for (var r = 0; r < rowKeys.Length; r++)
        {
            var slot = (int)(rowKeys[r] & (ulong)mask);
            while (slots[slot].Key != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = new Slot { Key = rowKeys[r], Payload = Payload(start, rowCounts[r]) };
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

    /// <summary>Adds the weights of every feature to <paramref name="scores"/> (one integer per class).</summary>
    public unsafe void Score(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        Span<long> longRows = stackalloc long[Math.Min(features.Length, 256)];
        fixed (Slot* slotBase = slots)
        fixed (Entry* entryBase = entries)
        {
            if (Sse.IsSupported)
            {
                foreach (var key in features)
                {
                    Sse.Prefetch0(slotBase + (int)(key & (ulong)mask));
                }
            }

            var pending = 0;
            for (var f = 0; f < features.Length; f++)
            {
                var key = features[f];
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
                        else if (pending < longRows.Length)
                        {
                            longRows[pending++] = (long)payload;
                            if (Sse.IsSupported)
                            {
                                Sse.Prefetch0(entryBase + (int)(uint)payload);
                            }
                        }
                        else
                        {
                            Add(entryBase, payload, scores);
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

            for (var p = 0; p < pending; p++)
            {
                Add(entryBase, (ulong)longRows[p], scores);
            }
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
