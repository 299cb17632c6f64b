using System.Text;

namespace GraphExplorer.Export.Formatting;

/// <summary>Graphviz DOT quoted strings.</summary>
internal static class DotText
{
    /// <summary>
    /// A quoted ID (node ids, attribute values that are not drawn): backslash and quote escaped, line
    /// breaks as <c>\n</c>, other control characters dropped (DOT has no escape for them).
    /// </summary>
    public static string Id(string value) => Quote(value, entities: false);

    /// <summary>
    /// A quoted label: as <see cref="Id"/>, and <c>&amp;</c> written as <c>&amp;amp;</c> because Graphviz
    /// decodes HTML entities in labels; the SVG renderer escapes what it draws.
    /// </summary>
    public static string Label(string value) => Quote(value, entities: true);

    private static string Quote(string value, bool entities)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append(@"\n"); break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n': break;
                case '\r': builder.Append(@"\n"); break;
                case '&' when entities: builder.Append("&amp;"); break;
                case '\t': builder.Append(' '); break;
                default:
                    if (Chars.IsWritable(value, i))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
