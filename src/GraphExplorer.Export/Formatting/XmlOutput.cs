using System.Text;
using System.Xml;

namespace GraphExplorer.Export.Formatting;

/// <summary>XmlWriter settings and error translation shared by the XML formats.</summary>
internal static class XmlOutput
{
    /// <summary>Indented UTF-8 without BOM; carriage returns and line feeds in values written as character references so they survive parsing.</summary>
    public static XmlWriterSettings Settings { get; } = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CheckCharacters = true,
        Async = false,
    };

    /// <summary>Writes a document into a string with <see cref="Settings"/>, turning characters XML cannot carry into a clear export error.</summary>
    public static string Write(string format, Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        try
        {
            using (var writer = XmlWriter.Create(buffer, Settings))
            {
                write(writer);
            }
        }
        catch (ArgumentException e)
        {
            throw new ExportException($"The graph cannot be written as {format}: a name or text holds a character XML 1.0 cannot carry ({e.Message}).", e);
        }

        return TextExporter.Utf8.GetString(buffer.ToArray());
    }
}
