using System.Text;

namespace GraphExplorer.Export.Tests.Support;

/// <summary>Runs an exporter into memory.</summary>
internal static class Exporting
{
    public static async Task<byte[]> BytesAsync(string format, ExportDocument document)
    {
        using var output = new MemoryStream();
        await ExportFormats.Get(format).WriteAsync(document, output, TestContext.Current.CancellationToken);
        return output.ToArray();
    }

    public static async Task<string> TextAsync(string format, ExportDocument document)
    {
        var bytes = await BytesAsync(format, document);
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), $"{format} output starts with a byte order mark");
        return new UTF8Encoding(false, true).GetString(bytes);
    }

    public static ExportDocument Sample() => ExportDocument.ForGraph(SampleGraphs.Sample, "Sample & <graph>");
}
