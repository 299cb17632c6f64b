using System.Runtime.CompilerServices;

namespace GraphExplorer.Extraction.Syntax.Learning;

/// <summary>A frozen open-addressing map from non-zero 64-bit hashes to integers (word hash → tag, class).</summary>
internal sealed class UlongMap
{
    private readonly ulong[] keys;
    private readonly int[] values;
    private readonly int mask;

    public UlongMap(IReadOnlyList<(ulong Key, int Value)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, pairs.Count * 2));
        keys = new ulong[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        foreach (var (key, value) in pairs)
        {
            if (key == 0)
            {
                throw new ArgumentException("Zero keys are reserved.", nameof(pairs));
            }

            var slot = (int)(key & (ulong)mask);
            while (keys[slot] != 0 && keys[slot] != key)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = key;
            values[slot] = value;
        }

        Count = pairs.Count;
    }

    public int Count { get; }

    /// <summary>The value of <paramref name="key"/>, or <paramref name="missing"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Get(ulong key, int missing)
    {
        var slot = (int)(key & (ulong)mask);
        while (true)
        {
            var k = keys[slot];
            if (k == key)
            {
                return values[slot];
            }

            if (k == 0)
            {
                return missing;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Every pair, ordered by key (for writing the map deterministically).</summary>
    public IEnumerable<(ulong Key, int Value)> Pairs()
    {
        var list = new List<(ulong, int)>(Count);
        for (var s = 0; s < keys.Length; s++)
        {
            if (keys[s] != 0)
            {
                list.Add((keys[s], values[s]));
            }
        }

        list.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return list;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Count);
        ulong previous = 0;
        foreach (var (key, value) in Pairs())
        {
            writer.Write7BitEncodedInt64((long)(key - previous));
            writer.Write7BitEncodedInt(value);
            previous = key;
        }
    }

    public static UlongMap Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException("Corrupt map header.");
        }

        var pairs = new (ulong, int)[count];
        ulong previous = 0;
        for (var i = 0; i < count; i++)
        {
            previous += (ulong)reader.Read7BitEncodedInt64();
            pairs[i] = (previous, reader.Read7BitEncodedInt());
        }

        return new UlongMap(pairs);
    }
}
