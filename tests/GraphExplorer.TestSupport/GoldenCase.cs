using System.Text.Json;

namespace GraphExplorer.TestSupport;

/// <summary>One golden query result, <c>tests/golden/&lt;query&gt;/&lt;case&gt;.json</c> (format in cypher/README.md).</summary>
public sealed record GoldenCase(
    string Query,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<JsonElement>> Rows,
    IReadOnlyList<string> Nodes,
    IReadOnlyList<string> Relationships)
{
    /// <summary>The file it was read from, relative to tests/golden (for test names).</summary>
    public string Name { get; init; } = "";

    public override string ToString() => Name;

    /// <summary>Every golden case under tests/golden, ordered by path.</summary>
    public static IReadOnlyList<GoldenCase> LoadAll()
    {
        var cases = new List<GoldenCase>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Golden, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(RepoPaths.Golden, file).Replace('\\', '/');
            if (!relative.Contains('/', StringComparison.Ordinal))
            {
                continue; // seed-graph.json and other top-level files are not cases
            }

            using var stream = File.OpenRead(file);
            var golden = JsonSerializer.Deserialize<GoldenCase>(stream, SeedGraphFixture.Json)
                ?? throw new InvalidDataException($"{file} is empty.");
            cases.Add(golden with { Name = relative });
        }

        return cases;
    }
}
