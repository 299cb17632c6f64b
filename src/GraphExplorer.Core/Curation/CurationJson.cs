using System.Text.Json;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Curation;

/// <summary>The JSON form in which stores keep curations and extracted article graphs (one shape for every store).</summary>
public static class CurationJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>A curation as JSON.</summary>
    public static string Write(Curation curation) => JsonSerializer.Serialize(curation, Options);

    /// <summary>A curation from JSON.</summary>
    public static Curation ReadCuration(string json) =>
        JsonSerializer.Deserialize<Curation>(json, Options) ?? throw new JsonException("A stored curation is null.");

    /// <summary>An article graph as JSON.</summary>
    public static string Write(ArticleGraph graph) => JsonSerializer.Serialize(graph, CurationJsonContext.Default.ArticleGraph);

    /// <summary>
    /// An article graph as JSON in UTF-8, the same text as <see cref="Write(ArticleGraph)"/>: what a store writes as it
    /// ingests, serialized by code generated at build time rather than by reflection.
    /// </summary>
    public static byte[] WriteUtf8(ArticleGraph graph) => JsonSerializer.SerializeToUtf8Bytes(graph, CurationJsonContext.Default.ArticleGraph);

    /// <summary>An article graph from JSON.</summary>
    public static ArticleGraph ReadGraph(string json) =>
        JsonSerializer.Deserialize<ArticleGraph>(json, Options) ?? throw new JsonException("A stored article graph is null.");

    /// <summary>The entity ids an article graph mentions.</summary>
    public static IEnumerable<string> EntityIds(ArticleGraph graph) => graph.Entities.Select(e => e.Id);
}

/// <summary>The serialization of article graphs generated at build time, with the web defaults of <see cref="CurationJson"/>.</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[System.Text.Json.Serialization.JsonSerializable(typeof(ArticleGraph))]
internal sealed partial class CurationJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
