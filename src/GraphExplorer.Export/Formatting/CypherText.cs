using System.Globalization;
using System.Text;

namespace GraphExplorer.Export.Formatting;

/// <summary>
/// Cypher literals for the load script. Strings are single-quoted; backslash, quotes and every
/// control, format (bidi overrides, zero-width), line/paragraph separator and lone surrogate character
/// are escaped, so no value can end a literal, a statement or a line, or reorder what a reader sees.
/// </summary>
internal static class CypherText
{
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2).Append('\'');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case '\'': builder.Append(@"\'"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append(@"\n"); break;
                case '\r': builder.Append(@"\r"); break;
                case '\t': builder.Append(@"\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (NeedsEscape(c))
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('\'').ToString();
    }

    /// <summary>A label, type or key name in backticks (backticks doubled), safe whatever it holds.</summary>
    public static string Name(string name) => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    public static string Strings(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(v => String(v))) + "]";

    public static string Ints(IEnumerable<int> values) => "[" + string.Join(", ", values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + "]";

    public static string Date(DateOnly? date) => date is { } value ? $"date('{Invariant.Date(value)}')" : "null";

    /// <summary>A float literal (always with a point or exponent, so Cypher reads a FLOAT, not an INTEGER).</summary>
    public static string Float(double value, string what)
    {
        if (!double.IsFinite(value))
        {
            throw new ExportException($"{what} is {Invariant.Number(value)}, which Cypher has no literal for.");
        }

        var text = Invariant.Number(value);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static bool NeedsEscape(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
        || c is '\uFFFE' or '\uFFFF';
}
