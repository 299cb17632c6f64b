using GraphExplorer.Extraction.Syntax.Learning;

namespace GraphExplorer.Extraction.Tests.Syntax;

/// <summary>
/// The weight table sums the same scores whichever way a row is stored: short rows as scattered entries,
/// rows voting for many classes as dense vectors.
/// </summary>
public sealed class SparseWeightsTests
{
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
}
