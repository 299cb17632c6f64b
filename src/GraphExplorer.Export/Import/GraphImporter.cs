using GraphExplorer.Core.Model;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Export.Import;

/// <summary>
/// Loads a <c>json</c>, <c>neo4j-csv</c> or <c>cypher</c> export into a store: reads it, splits it into article graphs with
/// <see cref="SubgraphImport"/> and saves each one. The entry point of the <c>import</c> command.
/// </summary>
public static class GraphImporter
{
    /// <summary>The formats that can be imported: the export formats that carry the whole graph with its evidence.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["json", "neo4j-csv", "cypher"];

    /// <summary>
    /// Reads <paramref name="input"/> in <paramref name="format"/> (<c>json</c>, <c>neo4j-csv</c> or <c>cypher</c>, case-insensitive),
    /// initializes <paramref name="store"/> and saves one article graph per article, in article id order,
    /// each replacing what the store held for that article id. Returns the number of articles saved.
    /// Throws <see cref="ArgumentException"/> for any other format, and <see cref="FormatException"/> when the
    /// input is not such an export or cannot be split into articles (see <see cref="SubgraphImport.ToArticleGraphs(GraphExplorer.Core.Model.Subgraph, ImportLimits)"/>);
    /// in both cases before anything is saved. When the store itself refuses an article (its own checks), the
    /// articles saved before it stay saved; importing the same input again is harmless.
    /// </summary>
    public static Task<int> ImportAsync(string format, Stream input, IArticleStore store, CancellationToken cancellationToken = default) =>
        ImportAsync(format, input, store, ImportLimits.Default, cancellationToken);

    /// <summary>As <see cref="ImportAsync(string, Stream, IArticleStore, CancellationToken)"/>, within <paramref name="limits"/>.</summary>
    public static async Task<int> ImportAsync(string format, Stream input, IArticleStore store, ImportLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var articles = await ReadArticleGraphsAsync(format, input, limits, cancellationToken);
        await store.InitializeAsync(cancellationToken);
        foreach (var article in articles)
        {
            await store.SaveArticleAsync(article, cancellationToken);
        }

        return articles.Count;
    }

    /// <summary>
    /// Reads <paramref name="input"/> in <paramref name="format"/> and splits it into the article graphs
    /// <see cref="ImportAsync(string, Stream, IArticleStore, CancellationToken)"/> saves, in that order (for bulk
    /// loaders that write a store without it). Throws as the import does for a bad format or input.
    /// </summary>
    public static Task<IReadOnlyList<ArticleGraph>> ReadArticleGraphsAsync(string format, Stream input, CancellationToken cancellationToken = default) =>
        ReadArticleGraphsAsync(format, input, ImportLimits.Default, cancellationToken);

    /// <summary>As <see cref="ReadArticleGraphsAsync(string, Stream, CancellationToken)"/>, within <paramref name="limits"/>.</summary>
    public static async Task<IReadOnlyList<ArticleGraph>> ReadArticleGraphsAsync(string format, Stream input, ImportLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(limits);
        var name = (format ?? "").Trim().ToLowerInvariant();
        if (!Formats.Contains(name))
        {
            throw new ArgumentException(
                $"Cannot import format '{format}': only {string.Join(", ", Formats)} exports can be imported"
                + (ExportFormats.TryGet(format ?? "", out _) ? $" ('{format}' is export-only)." : "."),
                nameof(format));
        }

        using var bytes = await BoundedInput.ReadAsync(input, limits.MaxInputBytes, $"The {name} export", cancellationToken);
        var graph = name switch
        {
            "neo4j-csv" => CsvImport.Read(bytes, limits),
            "json" => JsonImport.Read(bytes.GetBuffer().AsMemory(0, (int)bytes.Length), limits),
            _ => CypherScriptImport.Read(Utf8Text(bytes), limits),
        };

        return SubgraphImport.ToArticleGraphs(graph, limits);
    }

    private static string Utf8Text(MemoryStream bytes)
    {
        try
        {
            return new System.Text.UTF8Encoding(false, true).GetString(bytes.GetBuffer(), 0, (int)bytes.Length).TrimStart('\uFEFF');
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw new FormatException($"The cypher script is not valid UTF-8 (bad byte at offset {e.Index}).", e);
        }
    }
}
