using System.Globalization;
using System.Text.RegularExpressions;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// The curated queries, read from the <c>cypher/*.cypher</c> files embedded in this assembly. A file's
/// header comment is the query's definition:
/// <code>
/// // name: meetings
/// // title: Meetings (optional: a heading for reports)
/// // description: Who met whom, with date, place and evidence.
/// // param: actor entity? — only meetings involving this entity (id or name)
/// // param: limit int = 200 [1..1000] — most rows returned
/// // returns: one row per meeting …
/// // graph: x, r, y
/// // example: actor=Shamkhani; limit=20
/// // column: place — where the meeting took place (optional lines explaining result columns)
/// </code>
/// A type ending in <c>?</c> is optional; <c>= value</c> gives a default; <c>[min..max]</c> bounds a
/// number's value or a string's length. <c>graph:</c> names the RETURN columns holding nodes, relationships or
/// paths (the subgraph), comma-separated. Files without a <c>name:</c> line (schema.cypher) are not queries.
/// </summary>
public sealed partial class QueryCatalog
{
    private readonly Dictionary<string, QueryDefinition> byName;

    public QueryCatalog(IEnumerable<QueryDefinition> queries) =>
        byName = queries.ToDictionary(q => q.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The catalog of the .cypher files compiled into GraphExplorer.Core.</summary>
    public static QueryCatalog Default { get; } = LoadEmbedded();

    /// <summary>Every query, by name.</summary>
    public IReadOnlyList<QueryDefinition> All => [.. byName.Values.OrderBy(q => q.Name, StringComparer.Ordinal)];

    /// <summary>The query with this name, or throws <see cref="UnknownQueryException"/> suggesting the nearest names.</summary>
    public QueryDefinition Get(string name) =>
        byName.TryGetValue(name, out var query) ? query : throw new UnknownQueryException(name, Text.Closest.To(name, byName.Keys));

    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out QueryDefinition? query) =>
        byName.TryGetValue(name, out query);

    /// <summary>Reads one embedded Cypher file by name (for example <c>schema.cypher</c>).</summary>
    public static string ReadCypherResource(string fileName)
    {
        using var stream = typeof(QueryCatalog).Assembly.GetManifestResourceStream("cypher/" + fileName)
            ?? throw new FileNotFoundException($"No embedded Cypher file '{fileName}'.", fileName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Parses one .cypher file; returns null when it has no <c>name:</c> header.</summary>
    public static QueryDefinition? Parse(string cypher, string origin)
    {
        string? name = null, title = null, description = null, returns = null;
        var graphColumns = new List<string>();
        var example = new Dictionary<string, string?>(StringComparer.Ordinal);
        var parameters = new List<QueryParameter>();
        var columnNotes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rawLine in cypher.Split('\n'))
        {
            var line = rawLine.Trim();
            if (!line.StartsWith("//", StringComparison.Ordinal))
            {
                if (line.Length > 0)
                {
                    break; // the header ends at the first statement line
                }

                continue;
            }

            var body = line[2..].Trim();
            if (TryField(body, "name", out var value))
            {
                name = value;
            }
            else if (TryField(body, "title", out value))
            {
                title = value;
            }
            else if (TryField(body, "description", out value))
            {
                description = value;
            }
            else if (TryField(body, "returns", out value))
            {
                returns = value;
            }
            else if (TryField(body, "graph", out value))
            {
                graphColumns.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
            else if (TryField(body, "example", out value))
            {
                ParseExample(value, example, origin);
            }
            else if (TryField(body, "param", out value))
            {
                parameters.Add(ParseParameter(value, origin));
            }
            else if (TryField(body, "column", out value))
            {
                var note = ColumnLine().Match(value);
                if (!note.Success)
                {
                    throw new FormatException($"{origin}: cannot read column line '{value}'. Expected 'name — what it means'.");
                }

                columnNotes[note.Groups["name"].Value] = note.Groups["text"].Value.Trim();
            }
        }

        if (name is null)
        {
            return null;
        }

        var query = new QueryDefinition(
            name,
            description ?? throw new FormatException($"{origin}: header has no 'description:' line."),
            returns ?? throw new FormatException($"{origin}: header has no 'returns:' line."),
            parameters,
            cypher)
        {
            Example = example,
            ColumnNotes = columnNotes,
            GraphColumns = graphColumns,
        };
        return title is null ? query : query with { Title = title };
    }

    private static QueryCatalog LoadEmbedded()
    {
        var assembly = typeof(QueryCatalog).Assembly;
        var queries = new List<QueryDefinition>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("cypher/", StringComparison.Ordinal)))
        {
            var query = Parse(ReadCypherResource(resource["cypher/".Length..]), resource);
            if (query is not null)
            {
                queries.Add(query);
            }
        }

        return new QueryCatalog(queries);
    }

    private static bool TryField(string body, string field, out string value)
    {
        if (body.StartsWith(field + ":", StringComparison.Ordinal))
        {
            value = body[(field.Length + 1)..].Trim();
            return true;
        }

        value = "";
        return false;
    }

    // "key=value; key=value"; anything else (e.g. "(the defaults)") means no explicit arguments.
    private static void ParseExample(string text, Dictionary<string, string?> example, string origin)
    {
        foreach (var pair in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                example[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
            }
            else if (!pair.StartsWith('('))
            {
                throw new FormatException($"{origin}: example '{pair}' is not key=value.");
            }
        }
    }

    private static QueryParameter ParseParameter(string text, string origin)
    {
        var match = ParameterLine().Match(text);
        if (!match.Success)
        {
            throw new FormatException($"{origin}: cannot read parameter line '{text}'. Expected 'name kind[?] [= default] [[min..max]] — description'.");
        }

        var kindText = match.Groups["kind"].Value;
        if (!Enum.TryParse<ParameterKind>(kindText, ignoreCase: true, out var kind))
        {
            throw new FormatException($"{origin}: parameter '{match.Groups["name"].Value}' has unknown kind '{kindText}'. Known: {string.Join(", ", Enum.GetNames<ParameterKind>())}.");
        }

        var optional = match.Groups["optional"].Success;
        var defaultText = match.Groups["default"].Success ? match.Groups["default"].Value : null;
        var min = ParseBound(match.Groups["min"]);
        var max = ParseBound(match.Groups["max"]);
        var draft = new QueryParameter(match.Groups["name"].Value, kind, Required: !optional && defaultText is null, null, min, max, match.Groups["description"].Value.Trim());
        return defaultText is null ? draft : draft with { Default = draft.Bind(defaultText) };
    }

    private static double? ParseBound(Group group) =>
        group.Success ? double.Parse(group.Value, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z0-9]*)\s*(?:—|--|-)\s*(?<text>.+)$")]
    private static partial Regex ColumnLine();

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z0-9]*)\s+(?<kind>[A-Za-z]+)(?<optional>\?)?(?:\s*=\s*(?<default>[^\s\[]+))?(?:\s*\[(?<min>-?[0-9.]+)?\.\.(?<max>-?[0-9.]+)?\])?\s*(?:—|--|-)\s*(?<description>.*)$")]
    private static partial Regex ParameterLine();
}
