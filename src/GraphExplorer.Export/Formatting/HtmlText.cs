using System.Text;

namespace GraphExplorer.Export.Formatting;

/// <summary>HTML escaping for the report, and the SVG element cut out of a Graphviz document for inlining.</summary>
internal static class HtmlText
{
    /// <summary>
    /// Text for element content and quoted attribute values: <c>&amp; &lt; &gt; " '</c> as entities,
    /// control characters other than tab and line breaks dropped (HTML and XML cannot carry them).
    /// </summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\t' or '\n': builder.Append(c); break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break;
                case '\r': builder.Append('\n'); break;
                default:
                    if (Chars.IsWritable(text, i))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The <c>&lt;svg&gt;…&lt;/svg&gt;</c> element of an SVG document, without its XML declaration, doctype and comments before it.</summary>
    public static string SvgElement(string svgDocument)
    {
        var start = svgDocument.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ExportException("Graphviz produced no <svg> element.");
        }

        return svgDocument[start..].TrimEnd() + "\n";
    }
}
