using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.TestSupport;

/// <summary>
/// Compares a <see cref="QueryResult"/> with a golden case: columns, every row value in order (numbers within
/// 1e-6), the sorted node ids and the sorted relationship keys of the subgraph. Store-neutral, so both stores use it.
/// </summary>
public static class GoldenComparer
{
    /// <summary>Null when the result matches; otherwise every difference, one per line.</summary>
    public static string? Differences(GoldenCase expected, QueryResult actual)
    {
        var problems = new StringBuilder();
        if (!expected.Columns.SequenceEqual(actual.Columns))
        {
            problems.AppendLine($"columns: expected [{string.Join(", ", expected.Columns)}], got [{string.Join(", ", actual.Columns)}]");
        }

        if (expected.Rows.Count != actual.Rows.Count)
        {
            problems.AppendLine($"rows: expected {expected.Rows.Count}, got {actual.Rows.Count}");
        }

        for (var i = 0; i < Math.Min(expected.Rows.Count, actual.Rows.Count); i++)
        {
            var want = expected.Rows[i];
            var got = actual.Rows[i];
            if (want.Count != got.Count || want.Zip(got).Any(pair => !Same(pair.First, pair.Second)))
            {
                problems.AppendLine($"row {i}: expected {string.Join(" | ", want.Select(w => w.GetRawText()))}");
                problems.AppendLine($"       got      {string.Join(" | ", got.Select(Show))}");
            }
        }

        Compare(problems, "nodes", expected.Nodes, actual.Graph.Nodes.Select(n => n.Id));
        Compare(problems, "relationships", expected.Relationships, actual.Graph.Relationships.Select(r => r.Key));
        return problems.Length == 0 ? null : $"{expected.Name}:\n{problems}";
    }

    private static void Compare(StringBuilder problems, string what, IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var want = expected.Order(StringComparer.Ordinal).ToList();
        var got = actual.Order(StringComparer.Ordinal).ToList();
        if (!want.SequenceEqual(got))
        {
            problems.AppendLine($"{what}: missing [{string.Join(", ", want.Except(got))}], unexpected [{string.Join(", ", got.Except(want))}]");
        }
    }

    private static bool Same(JsonElement expected, object? actual) => expected.ValueKind switch
    {
        JsonValueKind.Null => actual is null,
        JsonValueKind.String => actual is string text && text == expected.GetString(),
        JsonValueKind.True or JsonValueKind.False => actual is bool flag && flag == expected.GetBoolean(),
        JsonValueKind.Number => actual is long or int or double or float && Math.Abs(Convert.ToDouble(actual, CultureInfo.InvariantCulture) - expected.GetDouble()) < 1e-6,
        JsonValueKind.Array => actual is IEnumerable list and not string && ListSame(expected, list),
        _ => false,
    };

    private static bool ListSame(JsonElement expected, IEnumerable actual)
    {
        var items = actual.Cast<object?>().ToList();
        return expected.GetArrayLength() == items.Count && expected.EnumerateArray().Zip(items).All(pair => Same(pair.First, pair.Second));
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => JsonSerializer.Serialize(text),
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Show)) + "]",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
