using System.Text;
using System.Text.RegularExpressions;

namespace GraphExplorer.Storage.Neo4j.Queries;

/// <summary>
/// Reads, from a statement's text, which RETURN columns hold graph values (nodes, relationships, paths or
/// lists of them). Used only for columns whose values do not tell (every row null, or no rows), so that an
/// empty result still has the same table columns as a full one.
/// </summary>
internal static partial class ReturnClause
{
    /// <summary>The names of the final RETURN's columns that are bound to graph values.</summary>
    public static IReadOnlySet<string> GraphColumns(string cypher)
    {
        var text = StripComments(cypher);
        var bound = BoundGraphVariables(text);
        var columns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (expression, name) in ReturnItems(text))
        {
            if (IsGraphExpression(expression, bound))
            {
                columns.Add(name);
            }
        }

        return columns;
    }

    private static HashSet<string> BoundGraphVariables(string text)
    {
        var bound = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in NodePattern().Matches(text))
        {
            bound.Add(match.Groups["v"].Value);
        }

        foreach (Match match in RelationshipPattern().Matches(text))
        {
            bound.Add(match.Groups["v"].Value);
        }

        foreach (Match match in PathAssignment().Matches(text))
        {
            bound.Add(match.Groups["v"].Value);
        }

        // WITH x AS y, collect(r) AS rs, UNWIND rs AS r: aliases of graph values are graph values.
        bool grew;
        do
        {
            grew = false;
            foreach (Match match in Alias().Matches(text))
            {
                if (IsGraphExpression(match.Groups["e"].Value, bound) && bound.Add(match.Groups["v"].Value))
                {
                    grew = true;
                }
            }
        }
        while (grew);

        return bound;
    }

    private static bool IsGraphExpression(string expression, HashSet<string> bound)
    {
        var e = expression.Trim();
        if (bound.Contains(e))
        {
            return true;
        }

        var call = GraphFunction().Match(e);
        return call.Success && bound.Contains(call.Groups["v"].Value);
    }

    private static IEnumerable<(string Expression, string Name)> ReturnItems(string text)
    {
        var matches = ReturnKeyword().Matches(text);
        if (matches.Count == 0)
        {
            yield break;
        }

        var body = text[(matches[^1].Index + matches[^1].Length)..];
        body = DistinctPrefix().Replace(body, "");
        foreach (var item in SplitTopLevel(body))
        {
            var alias = TrailingAlias().Match(item);
            yield return alias.Success ? (item[..alias.Index], alias.Groups["v"].Value) : (item.Trim(), item.Trim());
        }
    }

    /// <summary>Splits the RETURN body on top-level commas, stopping at ORDER BY, SKIP, LIMIT, UNION or ';'.</summary>
    private static List<string> SplitTopLevel(string body)
    {
        var items = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        char? quote = null;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (quote is not null)
            {
                current.Append(c);
                if (c == quote)
                {
                    quote = null;
                }

                continue;
            }

            if (depth == 0 && (c == ';' || (IsWordStart(body, i) && ClauseEnd().IsMatch(body.AsSpan(i)))))
            {
                break;
            }

            switch (c)
            {
                case '\'' or '"' or '`':
                    quote = c;
                    break;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth--;
                    break;
                case ',' when depth == 0:
                    items.Add(current.ToString().Trim());
                    current.Clear();
                    continue;
                default:
                    break;
            }

            current.Append(c);
        }

        if (current.ToString().Trim() is { Length: > 0 } last)
        {
            items.Add(last);
        }

        return items;
    }

    private static bool IsWordStart(string text, int i) => i == 0 || !(char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '_');

    private static string StripComments(string cypher) =>
        string.Join('\n', cypher.Split('\n').Select(line => line.TrimStart().StartsWith("//", StringComparison.Ordinal) ? "" : line));

    [GeneratedRegex(@"(?<![\w$])\(\s*(?<v>[A-Za-z_]\w*)\s*(?=[:){])")]
    private static partial Regex NodePattern();

    [GeneratedRegex(@"-\s*\[\s*(?<v>[A-Za-z_]\w*)\s*(?=[:\]{*])")]
    private static partial Regex RelationshipPattern();

    [GeneratedRegex(@"\b(?<v>[A-Za-z_]\w*)\s*=\s*(?=(?:shortestPath|allShortestPaths|SHORTEST\b|ANY\b|ALL\s+SHORTEST\b)?\s*\()", RegexOptions.IgnoreCase)]
    private static partial Regex PathAssignment();

    [GeneratedRegex(@"(?<e>(?:\b(?:collect|nodes|relationships|head|last|startNode|endNode)\s*\(\s*(?:DISTINCT\s+)?)?[A-Za-z_]\w*\s*\)?)\s+AS\s+(?<v>[A-Za-z_]\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex Alias();

    [GeneratedRegex(@"^(?:collect|nodes|relationships|head|last|startNode|endNode)\s*\(\s*(?:DISTINCT\s+)?(?<v>[A-Za-z_]\w*)\s*\)$", RegexOptions.IgnoreCase)]
    private static partial Regex GraphFunction();

    [GeneratedRegex(@"\bRETURN\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReturnKeyword();

    [GeneratedRegex(@"^\s*DISTINCT\b", RegexOptions.IgnoreCase)]
    private static partial Regex DistinctPrefix();

    [GeneratedRegex(@"\s+AS\s+`?(?<v>[A-Za-z_]\w*)`?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAlias();

    [GeneratedRegex(@"^(?:ORDER\s+BY|SKIP|LIMIT|UNION)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseEnd();
}
