using GraphExplorer.Extraction.Syntax.Learning;

namespace GraphExplorer.Extraction.Tests.Syntax;

/// <summary>
/// The weight table scores a feature vector as the sum of its features' rows, whichever way a row is stored (one or
/// two entries in its slot, longer rows in the entry array, rows of eight entries or more also as dense vectors) and
/// whatever the order of the features; a table written and read back scores the same.
/// </summary>
public sealed class SparseWeightsTests
{
    [Theory]
    [InlineData(12)]
    [InlineData(300)]
    public void A_vector_scores_the_sum_of_its_rows_scored_one_by_one(int classes)
    {
        var random = new Random(5);
        var builder = new SparseWeights.Builder(classes);
        var keys = new List<ulong>();
        for (var r = 0; r < 2_000; r++)
        {
            var key = (ulong)random.NextInt64(1, long.MaxValue);
            var length = r % 4 == 0 ? random.Next(3, Math.Min(classes, 20)) : random.Next(1, 3);
            var row = Enumerable.Range(0, classes).OrderBy(_ => random.Next()).Take(length).Order()
                .Select(c => (c, (float)(random.NextDouble() - 0.5))).ToList();
            keys.Add(key);
            builder.Add(key, row);
        }

        keys.Sort();
        var table = builder.Build();
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            table.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var read = SparseWeights.Read(reader);
        for (var trial = 0; trial < 200; trial++)
        {
            // stored and unknown features, some repeated, as many as a parser configuration has and more than the scratch room
            var features = Enumerable.Range(0, trial % 10 == 0 ? 400 : 80)
                .Select(_ => random.Next(3) == 0 ? (ulong)random.NextInt64(1, long.MaxValue) : keys[random.Next(keys.Count)]).ToArray();
            var expected = new int[classes];
            foreach (var feature in features)
            {
                table.Score([feature], expected);
            }

            var scores = new int[classes];
            table.Score(features, scores);
            Assert.Equal(expected, scores);
            var again = new int[classes];
            read.Score(features, again);
            Assert.Equal(expected, again);
        }
    }

    [Fact]
    public void Every_row_is_found_when_many_keys_share_a_slot_and_probes_wrap_past_the_end()
    {
        // 3,000 rows in a table of 8,192 slots, built in slot order: runs of keys with the same home slot (low bits
        // equal), some homed in the last slots so that their probes wrap to the start, and scattered keys between.
        const int classes = 7;
        var random = new Random(11);
        var builder = new SparseWeights.Builder(classes);
        var rows = new SortedDictionary<ulong, (int Class, float Weight)[]>();
        for (var r = 0; rows.Count < 3000; r++)
        {
            var key = (r % 3) switch
            {
                0 => ((ulong)r << 20) | 8190UL, // homed in the table's last slots
                1 => ((ulong)r << 20) | 4097UL, // one crowded home slot in the middle
                _ => (ulong)random.NextInt64(1, long.MaxValue),
            };
            rows[key] = [(random.Next(classes), (float)(random.NextDouble() * 2 - 1))];
        }

        foreach (var (key, row) in rows)
        {
            builder.Add(key, row);
        }

        var table = builder.Build();
        foreach (var (key, row) in rows)
        {
            var scores = new int[classes];
            table.Score([key], scores);
            var expected = new int[classes];
            expected[row[0].Class] = (short)Math.Round(row[0].Weight / table.Scale);
            Assert.Equal(expected, scores);
        }
    }

    [Fact]
    public void A_single_row_scores_its_quantized_weights()
    {
        var builder = new SparseWeights.Builder(4);
        builder.Add(7, [(1, 0.5f)]);
        builder.Add(9, [(0, -1f), (3, 0.25f)]);
        builder.Add(11, [(0, 1f), (1, -0.5f), (2, 0.75f)]);
        var table = builder.Build();
        var scores = new int[4];
        table.Score([11, 9, 7, 13], scores);
        Assert.Equal([0f, 0f, 0.75f, 0.25f], scores.Select(s => MathF.Round(s * table.Scale, 3)));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(50)]
    [InlineData(101)]
    public void Scores_equal_the_sum_of_every_row_entry(int classes)
    {
        var random = new Random(classes);
        var builder = new SparseWeights.Builder(classes);
        var rows = new Dictionary<ulong, (int Class, float Weight)[]>();
        for (var r = 0; r < 400; r++)
        {
            // Row lengths from one class to all of them, so both storage kinds are exercised.
            var key = (ulong)((r + 1) * 7919);
            var width = r % 4 == 0 ? classes : 1 + random.Next(Math.Max(1, classes / 10));
            var row = Enumerable.Range(0, classes).OrderBy(_ => random.Next()).Take(width).Order()
                .Select(c => (c, (float)(random.NextDouble() * 2 - 1))).ToArray();
            rows[key] = row;
            builder.Add(key, row);
        }

        rows[ulong.MaxValue - 3] = [(classes - 1, 1f)];
        builder.Add(ulong.MaxValue - 3, rows[ulong.MaxValue - 3]);
        var table = builder.Build();
        var quantized = table.Scale;
        for (var trial = 0; trial < 50; trial++)
        {
            var features = rows.Keys.OrderBy(_ => random.Next()).Take(60).Append(123_456_789UL).ToArray();
            var scores = new int[classes];
            table.Score(features, scores);
            var expected = new int[classes];
            foreach (var feature in features.Where(rows.ContainsKey))
            {
                foreach (var (c, weight) in rows[feature])
                {
                    expected[c] += (short)Math.Round(weight / quantized);
                }
            }

            Assert.Equal(expected, scores);
        }
    }

    [Fact]
    public void Dense_rows_at_the_extreme_weights_sum_without_wrapping()
    {
        // every row at the 16-bit limit, in every class: 80 of them exceed 16 bits per class many times over
        const int classes = 40;
        var builder = new SparseWeights.Builder(classes);
        for (var r = 0; r < 80; r++)
        {
            builder.Add((ulong)(r + 1), [.. Enumerable.Range(0, classes).Select(c => (c, r % 2 == 0 && c % 3 == 0 ? -1f : 1f))]);
        }

        var table = builder.Build();
        var scores = new int[classes];
        table.Score([.. Enumerable.Range(1, 80).Select(r => (ulong)r)], scores);
        var expected = Enumerable.Range(0, classes).Select(c => c % 3 == 0 ? 0 : 80 * short.MaxValue);
        Assert.Equal(expected, scores);
    }

    [Fact]
    public void A_table_naming_a_class_it_does_not_have_is_refused()
    {
        var builder = new SparseWeights.Builder(10);
        builder.Add(3, [.. Enumerable.Range(0, 9).Select(c => (c, 0.5f))]);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            builder.Build().Write(writer);
        }

        var bytes = stream.ToArray();
        bytes[0] = 4; // the class count: 4 instead of 10, so classes 4..8 of the row are out of range
        using var reader = new BinaryReader(new MemoryStream(bytes));
        var error = Assert.Throws<InvalidDataException>(() => SparseWeights.Read(reader));
        Assert.Contains("class", error.Message, StringComparison.Ordinal);
    }
}
