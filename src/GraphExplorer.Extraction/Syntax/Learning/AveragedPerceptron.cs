using System.Runtime.CompilerServices;

namespace GraphExplorer.Extraction.Syntax.Learning;

/// <summary>
/// A multiclass averaged perceptron over hashed sparse features, for training only. Each feature owns a
/// short row of (class, weight) entries, created on its first update, so the tables hold only what the
/// errors touched (a dense row per feature would need gigabytes for the parser's labelled actions).
/// Averaging is lazy (Collins 2002, Daumé's trick): each entry keeps the running sum of its weight over
/// time and the tick of its last change. Everything is deterministic: the open-addressing index and the
/// entry pool depend only on the sequence of updates.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly int classes;

    // Open-addressing index: feature key -> row number (0 marks an empty slot; keys are never 0).
    private ulong[] keys;
    private int[] slotRows;
    private int rowCount;

    // Rows: where each row's entries live in the pool.
    private int[] rowStart;
    private int[] rowLength;
    private int[] rowCapacity;
    private ulong[] rowKey;

    // The entry pool.
    private int[] entryClass;
    private float[] entryWeight;
    private double[] entryTotal;
    private int[] entryStamp;
    private int poolSize;

    private int clock;

    public AveragedPerceptron(int classes, int initialRows = 1 << 16)
    {
        this.classes = classes;
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, initialRows * 2));
        keys = new ulong[capacity];
        slotRows = new int[capacity];
        rowStart = new int[initialRows];
        rowLength = new int[initialRows];
        rowCapacity = new int[initialRows];
        rowKey = new ulong[initialRows];
        entryClass = new int[initialRows * 4];
        entryWeight = new float[initialRows * 4];
        entryTotal = new double[initialRows * 4];
        entryStamp = new int[initialRows * 4];
    }

    public int Classes => classes;

    public int Rows => rowCount;

    public long Entries
    {
        get
        {
            long sum = 0;
            for (var r = 0; r < rowCount; r++)
            {
                sum += rowLength[r];
            }

            return sum;
        }
    }

    /// <summary>Advances the averaging clock by one training instance.</summary>
    public void Tick() => clock++;

    /// <summary>Adds the current (not averaged) weights of <paramref name="features"/> to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var key in features)
        {
            var row = Find(key);
            if (row < 0)
            {
                continue;
            }

            var start = rowStart[row];
            var end = start + rowLength[row];
            for (var e = start; e < end; e++)
            {
                scores[entryClass[e]] += entryWeight[e];
            }
        }
    }

    /// <summary>The perceptron update: +1 for the gold class, -1 for the predicted one, on every feature.</summary>
    public void Update(ReadOnlySpan<ulong> features, int gold, int predicted)
    {
        if (gold == predicted)
        {
            return;
        }

        foreach (var key in features)
        {
            var row = FindOrAdd(key);
            Add(row, gold, 1f);
            Add(row, predicted, -1f);
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the weight of class <paramref name="cls"/> on every feature (a structured update's part).</summary>
    public void Adjust(ReadOnlySpan<ulong> features, int cls, float delta)
    {
        foreach (var key in features)
        {
            Add(FindOrAdd(key), cls, delta);
        }
    }

    /// <summary>
    /// The averaged weights as a compact scoring table: entries whose averaged weight is below
    /// <paramref name="pruneBelow"/> in magnitude are dropped, values are quantized to 16 bits.
    /// </summary>
    public SparseWeights Average(float pruneBelow = 0f)
    {
        var order = new int[rowCount];
        for (var r = 0; r < rowCount; r++)
        {
            order[r] = r;
        }

        Array.Sort(order, (a, b) => rowKey[a].CompareTo(rowKey[b]));
        var builder = new SparseWeights.Builder(classes);
        var row = new List<(int Class, float Weight)>();
        foreach (var r in order)
        {
            row.Clear();
            var start = rowStart[r];
            for (var e = start; e < start + rowLength[r]; e++)
            {
                var total = entryTotal[e] + ((double)(clock - entryStamp[e]) * entryWeight[e]);
                var average = (float)(total / Math.Max(1, clock));
                if (Math.Abs(average) > pruneBelow && average != 0f)
                {
                    row.Add((entryClass[e], average));
                }
            }

            if (row.Count > 0)
            {
                row.Sort((a, b) => a.Class.CompareTo(b.Class));
                builder.Add(rowKey[r], row);
            }
        }

        return builder.Build();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ulong key)
    {
        var mask = keys.Length - 1;
        var slot = (int)(key & (ulong)mask);
        while (true)
        {
            var k = keys[slot];
            if (k == key)
            {
                return slotRows[slot];
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    private int FindOrAdd(ulong key)
    {
        var mask = keys.Length - 1;
        var slot = (int)(key & (ulong)mask);
        while (true)
        {
            var k = keys[slot];
            if (k == key)
            {
                return slotRows[slot];
            }

            if (k == 0)
            {
                break;
            }

            slot = (slot + 1) & mask;
        }

        if (rowCount == rowStart.Length)
        {
            var size = rowCount * 2;
            Array.Resize(ref rowStart, size);
            Array.Resize(ref rowLength, size);
            Array.Resize(ref rowCapacity, size);
            Array.Resize(ref rowKey, size);
        }

        var row = rowCount++;
        rowKey[row] = key;
        rowStart[row] = Allocate(2);
        rowCapacity[row] = 2;
        keys[slot] = key;
        slotRows[slot] = row;
        if (rowCount * 2 > keys.Length)
        {
            Grow();
        }

        return row;
    }

    private void Grow()
    {
        var oldKeys = keys;
        var oldRows = slotRows;
        keys = new ulong[oldKeys.Length * 2];
        slotRows = new int[oldKeys.Length * 2];
        var mask = keys.Length - 1;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] == 0)
            {
                continue;
            }

            var slot = (int)(oldKeys[i] & (ulong)mask);
            while (keys[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = oldKeys[i];
            slotRows[slot] = oldRows[i];
        }
    }

    private int Allocate(int size)
    {
        if (poolSize + size > entryClass.Length)
        {
            var capacity = Math.Max(entryClass.Length * 2, poolSize + size);
            Array.Resize(ref entryClass, capacity);
            Array.Resize(ref entryWeight, capacity);
            Array.Resize(ref entryTotal, capacity);
            Array.Resize(ref entryStamp, capacity);
        }

        var start = poolSize;
        poolSize += size;
        return start;
    }

    private void Add(int row, int cls, float delta)
    {
        var start = rowStart[row];
        var length = rowLength[row];
        for (var e = start; e < start + length; e++)
        {
            if (entryClass[e] == cls)
            {
                entryTotal[e] += (double)(clock - entryStamp[e]) * entryWeight[e];
                entryStamp[e] = clock;
                entryWeight[e] += delta;
                return;
            }
        }

        if (length == rowCapacity[row])
        {
            // Move the row to the end of the pool with twice the room; the old place is abandoned.
            var capacity = Math.Min(classes, length * 2);
            var moved = Allocate(capacity);
            Array.Copy(entryClass, start, entryClass, moved, length);
            Array.Copy(entryWeight, start, entryWeight, moved, length);
            Array.Copy(entryTotal, start, entryTotal, moved, length);
            Array.Copy(entryStamp, start, entryStamp, moved, length);
            rowStart[row] = start = moved;
            rowCapacity[row] = capacity;
        }

        var slot = start + length;
        entryClass[slot] = cls;
        entryWeight[slot] = delta;
        entryTotal[slot] = 0;
        entryStamp[slot] = clock;
        rowLength[row] = length + 1;
    }
}
