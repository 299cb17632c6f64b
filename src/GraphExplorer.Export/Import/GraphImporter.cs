using GraphExplorer.Core.Storage;

namespace GraphExplorer.Export.Import;

/// <summary>
/// Loads a <c>neo4j-csv</c> or <c>cypher</c> export into a store: reads it, splits it into article graphs with
/// <see cref="SubgraphImport"/> and saves each one. The entry point of the <c>import</c> command.
/// </summary>
public static class GraphImporter
{
    /// <summary>The formats that can be imported: the export formats that carry the whole graph with its evidence.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["neo4j-csv", "cypher"];

    /// <summary>
    /// Reads <paramref name="input"/> in <paramref name="format"/> (<c>neo4j-csv</c> or <c>cypher</c>, case-insensitive),
    /// initializes <paramref name="store"/> and saves one article graph per article, in article id order,
    /// each replacing what the store held for that article id. Returns the number of articles saved.
    /// Throws <see cref="ArgumentException"/> for any other format, and <see cref="FormatException"/> when the
    /// input is not such an export or cannot be split into articles (see <see cref="SubgraphImport.ToArticleGraphs"/>);
    /// in both cases before anything is saved. When the store itself refuses an article (its own checks), the
    /// articles saved before it stay saved; importing the same input again is harmless.
    /// </summary>
    public static async Task<int> ImportAsync(string format, Stream input, IArticleStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(store);
        var graph = (format ?? "").Trim().ToLowerInvariant() switch
        {
            "neo4j-csv" => CsvImport.Read(await SeekableAsync(input, cancellationToken)),
            "cypher" => CypherScriptImport.Read(await ReadTextAsync(input, cancellationToken)),
            _ => throw new ArgumentException(
                $"Cannot import format '{format}': only {string.Join(" and ", Formats)} exports can be imported"
                + (ExportFormats.TryGet(format ?? "", out _) ? $" ('{format}' is export-only)." : "."),
                nameof(format)),
        };

        var articles = SubgraphImport.ToArticleGraphs(graph);
        await store.InitializeAsync(cancellationToken);
        foreach (var article in articles)
        {
            await store.SaveArticleAsync(article, cancellationToken);
        }

        return articles.Count;
    }

    // the zip reader needs to seek; standard input and network streams cannot
    private static async Task<Stream> SeekableAsync(Stream input, CancellationToken cancellationToken)
    {
        if (input.CanSeek)
        {
            return input;
        }

        var copy = new MemoryStream();
        await input.CopyToAsync(copy, cancellationToken);
        copy.Position = 0;
        return copy;
    }

    private static async Task<string> ReadTextAsync(Stream input, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(input, new System.Text.UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        try
        {
            return await reader.ReadToEndAsync(cancellationToken);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw new FormatException($"The cypher script is not valid UTF-8: {e.Message}", e);
        }
    }
}
