using System.Text.Json;
using GraphExplorer.Core.Model;

namespace GraphExplorer.TestSupport;

/// <summary>
/// The seed graph: a hand-reviewed graph of the five seed articles (from the gold annotation, evidence
/// located in the article text), stored as <c>tests/golden/seed-graph.json</c>. Golden query results are computed on it.
/// </summary>
public static class SeedGraphFixture
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string FilePath => Path.Combine(RepoPaths.Golden, "seed-graph.json");

    /// <summary>Reads the fixture: one <see cref="ArticleGraph"/> per seed article, in article id order.</summary>
    public static IReadOnlyList<ArticleGraph> Load()
    {
        using var stream = File.OpenRead(FilePath);
        return JsonSerializer.Deserialize<List<ArticleGraph>>(stream, Json)
            ?? throw new InvalidDataException($"{FilePath} holds no article graphs.");
    }
}
