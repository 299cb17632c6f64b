using System.Globalization;
using System.Text.Json;
using GraphExplorer.Core.Queries;

namespace GraphExplorer.Storage.Neo4j.Tests.Integration;

/// <summary>One golden result, <c>tests/golden/&lt;query&gt;/&lt;case&gt;.json</c>, and how a result is compared with it.</summary>
internal sealed record GoldenFile(string Path, string Query, IReadOnlyDictionary<string, string?> Parameters, JsonElement Columns, JsonElement Rows, JsonElement Nodes, JsonElement Relationships)
{
    public static GoldenFile Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement.Clone();
        var parameters = root.TryGetProperty("parameters", out var p)
            ? p.EnumerateObject().ToDictionary(x => x.Name, x => x.Value.ValueKind == JsonValueKind.String ? x.Value.GetString() : x.Value.GetRawText())
            : [];
        return new GoldenFile(path, root.GetProperty("query").GetString()!, parameters, root.GetProperty("columns"), root.GetProperty("rows"), root.GetProperty("nodes"), root.GetProperty("relationships"));
    }

    /// <summary>The differences between a result and this golden file; empty when they agree.</summary>
    public IReadOnlyList<string> Differences(QueryResult result)
    {
        var differences = new List<string>();
        Compare("columns", Columns, JsonSerializer.SerializeToElement(result.Columns), differences);
        Compare("rows", Rows, JsonSerializer.SerializeToElement(result.Rows), differences);
        Compare("nodes", Nodes, JsonSerializer.SerializeToElement(result.Graph.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal)), differences);
        Compare("relationships", Relationships, JsonSerializer.SerializeToElement(result.Graph.Relationships.Select(r => r.Key).Order(StringComparer.Ordinal)), differences);
        return differences;
    }

    private void Compare(string part, JsonElement expected, JsonElement actual, List<string> differences)
    {
        if (!JsonEqual(expected, actual))
        {
            differences.Add($"{System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(Path))}/{System.IO.Path.GetFileName(Path)} {part}: expected {Shorten(expected.GetRawText())}, got {Shorten(actual.GetRawText())}");
        }
    }

    /// <summary>Structural equality; numbers compare by value (1 equals 1.0).</summary>
    private static bool JsonEqual(JsonElement a, JsonElement b)
    {
        if (a.ValueKind == JsonValueKind.Number && b.ValueKind == JsonValueKind.Number)
        {
            return a.GetDecimal() == b.GetDecimal();
        }

        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }

        return a.ValueKind switch
        {
            JsonValueKind.Array => a.GetArrayLength() == b.GetArrayLength() && a.EnumerateArray().Zip(b.EnumerateArray()).All(x => JsonEqual(x.First, x.Second)),
            JsonValueKind.Object => a.EnumerateObject().Count() == b.EnumerateObject().Count()
                && a.EnumerateObject().All(p => b.TryGetProperty(p.Name, out var q) && JsonEqual(p.Value, q)),
            JsonValueKind.String => a.GetString() == b.GetString(),
            _ => true,
        };
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Query} ({System.IO.Path.GetFileName(Path)})");
}
