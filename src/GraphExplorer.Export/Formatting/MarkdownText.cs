using System.Globalization;
using System.Text;

namespace GraphExplorer.Export.Formatting;

/// <summary>Escaping for markdown reports and the mermaid diagram inside them.</summary>
internal static class MarkdownText
{
    /// <summary>
    /// Inline text: markup characters as HTML entities (renderers pass raw HTML through), markdown
    /// punctuation backslash-escaped, line breaks as <c>&lt;br&gt;</c> so the text stays in its table cell.
    /// </summary>
    public static string Inline(string text)
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
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break;
                case '\n' or '\r': builder.Append("<br>"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '~' or '!' or '{' or '}' or '(' or ')' or '$':
                    builder.Append('\\').Append(c);
                    break;
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

    /// <summary>
    /// A mermaid node or edge label, to go inside double quotes: letters, digits and spaces stay, every
    /// other character becomes a mermaid entity code (<c>#60;</c>), line breaks <c>&lt;br/&gt;</c>.
    /// </summary>
    public static string MermaidLabel(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n')
            {
                builder.Append("<br/>");
            }
            else if (Rune.IsLetterOrDigit(rune) || rune.Value == ' ' || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                builder.Append(rune.ToString());
            }
            else if (!Rune.IsControl(rune))
            {
                builder.Append(CultureInfo.InvariantCulture, $"#{rune.Value};");
            }
        }

        return builder.ToString();
    }
}
