namespace GraphExplorer.Core.Model;

/// <summary>An article file's content as handed to extraction, already decoded and checked.</summary>
/// <param name="Id">The article id: the file name stem.</param>
/// <param name="Content">The decoded file content (plain text or HTML).</param>
/// <param name="MediaType"><see cref="PlainText"/> or <see cref="Html"/>.</param>
/// <param name="ContentHash">SHA-256 of the raw bytes, lower-case hex: unchanged hash, unchanged article.</param>
/// <param name="Source">Where it came from (path or URL), for citations.</param>
public sealed record SourceDocument(string Id, string Content, string MediaType, string ContentHash, string? Source = null)
{
    public const string PlainText = "text/plain";
    public const string Html = "text/html";
}
