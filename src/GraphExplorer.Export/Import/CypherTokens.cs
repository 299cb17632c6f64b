using System.Globalization;
using System.Text;

namespace GraphExplorer.Export.Import;

/// <summary>A token of the load script: a name, a quoted name, a string, a number or one punctuation character.</summary>
internal readonly record struct CypherToken(CypherTokenKind Kind, string Text, int Line);

internal enum CypherTokenKind
{
    Name,
    String,
    Number,
    Symbol,
}

/// <summary>Splits a Cypher script into tokens, decoding string literals and skipping <c>//</c> comments.</summary>
internal static class CypherTokens
{
    public static List<CypherToken> Read(string script)
    {
        var tokens = new List<CypherToken>();
        var line = 1;
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            if (c == '\n')
            {
                line++;
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '/' && i + 1 < script.Length && script[i + 1] == '/')
            {
                while (i < script.Length && script[i] != '\n')
                {
                    i++;
                }
            }
            else if (c is '\'' or '"')
            {
                tokens.Add(new CypherToken(CypherTokenKind.String, ReadString(script, ref i, line), line));
            }
            else if (c == '`')
            {
                tokens.Add(new CypherToken(CypherTokenKind.Name, ReadQuotedName(script, ref i, line), line));
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < script.Length && (char.IsAsciiLetterOrDigit(script[i]) || script[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new CypherToken(CypherTokenKind.Name, script[start..i], line));
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < script.Length && char.IsAsciiDigit(script[i + 1]) && PrecedesValue(tokens)))
            {
                var start = i++;
                while (i < script.Length && (char.IsAsciiDigit(script[i]) || script[i] is '.' or 'E' or 'e' or '+' or '-'))
                {
                    i++;
                }

                tokens.Add(new CypherToken(CypherTokenKind.Number, script[start..i], line));
            }
            else
            {
                tokens.Add(new CypherToken(CypherTokenKind.Symbol, c.ToString(), line));
                i++;
            }
        }

        return tokens;
    }

    // A minus sign starts a number only where a value may stand: after ':', ',' or '['.
    private static bool PrecedesValue(List<CypherToken> tokens) =>
        tokens.Count > 0 && tokens[^1] is { Kind: CypherTokenKind.Symbol, Text: ":" or "," or "[" };

    private static string ReadString(string script, ref int i, int line)
    {
        var quote = script[i++];
        var text = new StringBuilder();
        while (true)
        {
            if (i >= script.Length)
            {
                throw new FormatException($"Not a GraphExplorer cypher export: line {line}: a string literal is not closed.");
            }

            var c = script[i++];
            if (c == quote)
            {
                return text.ToString();
            }

            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            if (i >= script.Length)
            {
                throw new FormatException($"Not a GraphExplorer cypher export: line {line}: a string literal ends in a backslash.");
            }

            var escape = script[i++];
            switch (escape)
            {
                case '\\' or '\'' or '"': text.Append(escape); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'u': text.Append((char)Hex(script, ref i, 4, line)); break;
                case 'U': text.Append(char.ConvertFromUtf32(Hex(script, ref i, 8, line))); break;
                default: throw new FormatException($"Not a GraphExplorer cypher export: line {line}: unknown escape '\\{escape}' in a string literal.");
            }
        }
    }

    private static int Hex(string script, ref int i, int digits, int line)
    {
        if (i + digits > script.Length || !int.TryParse(script.AsSpan(i, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"Not a GraphExplorer cypher export: line {line}: a \\u escape needs {digits} hex digits.");
        }

        i += digits;
        return value;
    }

    private static string ReadQuotedName(string script, ref int i, int line)
    {
        i++;
        var text = new StringBuilder();
        while (true)
        {
            if (i >= script.Length)
            {
                throw new FormatException($"Not a GraphExplorer cypher export: line {line}: a backtick name is not closed.");
            }

            var c = script[i++];
            if (c == '`')
            {
                if (i < script.Length && script[i] == '`')
                {
                    text.Append('`');
                    i++;
                    continue;
                }

                return text.ToString();
            }

            text.Append(c);
        }
    }
}
