using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace GraphExplorer.Extraction.Syntax.Learning;

/// <summary>
/// The scoring table of a trained linear model: for each hashed feature, the classes it votes for and its
/// weight for each, quantized to 16 bits with one scale for the table. Scores are summed as integers, so
/// scoring is exact and needs no floating point. Lookups are one open-addressing probe into a slot array
/// (key, start, count: 16 bytes, one cache line at most) and one read of a few packed entries.
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

            slots[slot] = new Slot { Key = rowKeys[r], Start = start, Count = rowCounts[r] };
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Score(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        ref var slotBase = ref MemoryMarshal.GetArrayDataReference(slots);
        ref var entryBase = ref MemoryMarshal.GetArrayDataReference(entries);
        foreach (var key in features)
        {
            var slot = (int)(key & (ulong)mask);
            while (true)
            {
                ref var s = ref Unsafe.Add(ref slotBase, slot);
                if (s.Key == key)
                {
                    ref var e = ref Unsafe.Add(ref entryBase, s.Start);
                    for (var i = 0; i < s.Count; i++)
                    {
                        var entry = Unsafe.Add(ref e, i);
                        scores[entry.Class] += entry.Value;
                    }

                    break;
                }

                if (s.Key == 0)
                {
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }
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
