using System.Text.RegularExpressions;
using GraphExplorer.Api.Execution;
using GraphExplorer.Core.Queries;
using GraphExplorer.Export;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphExplorer.Api.Exports;

/// <summary>
/// Turns an export document into a download: finds the format in GraphExplorer.Export's registry, writes it
/// under the request deadline, and names the file. The export is written to memory first so a failure
/// is still a problem response rather than a cut-off download.
/// </summary>
internal sealed partial class ExportWriter(RequestDeadline deadline)
{
    /// <summary>The format named by <c>?format=</c>; throws <see cref="QueryParameterException"/>.</summary>
    public static IGraphExporter Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new QueryParameterException(RawArguments.FormatKey, $"is required (formats: {string.Join(", ", ExportFormats.Names)})");
        }

        return ExportFormats.TryGet(name.Trim(), out var format)
            ? format
            : throw new QueryParameterException(RawArguments.FormatKey, $"'{Shorten(name)}' is not an export format (formats: {string.Join(", ", ExportFormats.Names)})");
    }

    /// <summary>Writes the export and returns it as an attachment named <c>{fileStem}.{extension}</c>.</summary>
    public async Task<FileContentHttpResult> WriteAsync(IGraphExporter format, ExportDocument document, string fileStem, CancellationToken requestAborted)
    {
        var bytes = await deadline.RunAsync($"Export as {format.Format}", async token =>
        {
            using var buffer = new MemoryStream();
            await format.WriteAsync(document, buffer, token);
            return buffer.ToArray();
        }, requestAborted);
        return TypedResults.File(bytes, format.ContentType, $"{SafeFileStem(fileStem)}.{format.FileExtension}");
    }

    /// <summary>Keeps letters, digits, dot, dash and underscore, so an id cannot shape the header or the path.</summary>
    internal static string SafeFileStem(string stem)
    {
        var safe = UnsafeFileNameCharacters().Replace(stem, "-").Trim('-', '.');
        return safe.Length == 0 ? "export" : safe[..Math.Min(safe.Length, 100)];
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex("[^A-Za-z0-9._-]+")]
    private static partial Regex UnsafeFileNameCharacters();
}
