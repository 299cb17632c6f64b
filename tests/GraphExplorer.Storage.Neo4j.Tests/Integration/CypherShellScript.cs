using System.Text;

namespace GraphExplorer.Storage.Neo4j.Tests.Integration;

/// <summary>
/// Splits a Cypher script into statements as <c>cypher-shell -f</c> does: a statement ends at a <c>;</c> that is
/// outside string literals (<c>'…'</c> and <c>"…"</c>, backslash escapes), backtick names (<c>``</c> doubled) and
/// comments (<c>//</c> to the end of the line, <c>/* … */</c>). Comments are dropped, blank statements skipped.
/// Throws <see cref="FormatException"/> for an unterminated literal or comment, or text after the last <c>;</c>.
/// </summary>
internal static class CypherShellScript
{
    public static IReadOnlyList<string> Statements(string script)
    {
        var statements = new List<string>();
        var current = new StringBuilder();
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            var next = i + 1 < script.Length ? script[i + 1] : '\0';
            if (c is '\'' or '"' or '`')
            {
                i = CopyQuoted(script, i, current);
            }
            else if (c == '/' && next == '/')
            {
                i = script.IndexOf('\n', i) is var end and >= 0 ? end : script.Length;
            }
            else if (c == '/' && next == '*')
            {
                var end = script.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end >= 0 ? end + 2 : throw Unterminated("block comment", script, i);
                current.Append(' ');
            }
            else if (c == ';')
            {
                Complete(current, statements);
                i++;
            }
            else
            {
                current.Append(c);
                i++;
            }
        }

        var rest = current.ToString().Trim();
        return rest.Length == 0 ? statements : throw new FormatException($"The script ends inside a statement that has no ';': '{rest}'.");
    }

    /// <summary>Copies the literal or name starting at <paramref name="start"/> (quotes included); returns the index after it.</summary>
    private static int CopyQuoted(string script, int start, StringBuilder current)
    {
        var quote = script[start];
        current.Append(quote);
        var i = start + 1;
        while (i < script.Length)
        {
            var c = script[i];
            if (c == '\\' && quote != '`' && i + 1 < script.Length)
            {
                current.Append(c).Append(script[i + 1]);
                i += 2;
            }
            else if (c == quote && quote == '`' && i + 1 < script.Length && script[i + 1] == '`')
            {
                current.Append("``");
                i += 2;
            }
            else
            {
                current.Append(c);
                i++;
                if (c == quote)
                {
                    return i;
                }
            }
        }

        throw Unterminated(quote == '`' ? "backtick name" : "string literal", script, start);
    }

    private static void Complete(StringBuilder current, List<string> statements)
    {
        var statement = current.ToString().Trim();
        if (statement.Length > 0)
        {
            statements.Add(statement);
        }

        current.Clear();
    }

    private static FormatException Unterminated(string what, string script, int start) =>
        new($"Unterminated {what} starting on line {script.AsSpan(0, start).Count('\n') + 1}.");
}
