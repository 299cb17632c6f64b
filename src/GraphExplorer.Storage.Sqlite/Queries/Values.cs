using System.Globalization;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Storage.Sqlite.Queries;

/// <summary>Scalar conversions shared with the Cypher side: ISO dates, floats rounded to 4 decimals (Cypher round() is half-up).</summary>
internal static class Values
{
    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    public static IReadOnlyList<object?> List<T>(IEnumerable<T> values) => [.. values.Select(v => (object?)v)];

    /// <summary>The label of an entity as Cypher sees it (<c>[l IN labels(x) WHERE l &lt;&gt; 'Entity'][0]</c>).</summary>
    public static string Label(Entity entity) => entity.Label;

    /// <summary>Ordinal comparison with nulls last, as Cypher's ascending ORDER BY.</summary>
    public static int CompareNullsLast(string? a, string? b) =>
        a is null ? (b is null ? 0 : 1) : b is null ? -1 : string.CompareOrdinal(a, b);

    /// <summary>Lexicographic ordinal comparison of string lists, as Cypher orders lists.</summary>
    public static int CompareLists(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var c = string.CompareOrdinal(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return a.Count.CompareTo(b.Count);
    }
}
