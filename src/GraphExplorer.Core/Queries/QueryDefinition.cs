namespace GraphExplorer.Core.Queries;

/// <summary>A curated traversal: name, description, typed parameters and its Cypher text.</summary>
/// <param name="Name">Kebab-case name, e.g. <c>ego-network</c>; also the .cypher file name.</param>
/// <param name="Description">One sentence for the catalog.</param>
/// <param name="Returns">What the rows and subgraph hold.</param>
/// <param name="Parameters">Declared parameters, in header order.</param>
/// <param name="Cypher">The statement run on Neo4j, header included.</param>
public sealed record QueryDefinition(string Name, string Description, string Returns, IReadOnlyList<QueryParameter> Parameters, string Cypher)
{
    /// <summary>
    /// The RETURN columns that hold nodes, relationships or paths (the header's <c>graph:</c> line): they feed the
    /// result's subgraph and are not table columns. Declared, because an empty result cannot show which columns they are.
    /// </summary>
    public IReadOnlyList<string> GraphColumns { get; init; } = [];

    /// <summary>Example arguments from the header's <c>example:</c> line, for guides and help; empty when there is none.</summary>
    public IReadOnlyDictionary<string, string?> Example { get; init; } = new Dictionary<string, string?>();

    /// <summary>A heading for reports, from the header's <c>title:</c> line ("Ego network"); the name in words when there is none.</summary>
    public string Title { get; init; } = TitleOf(Name);

    /// <summary>
    /// What a result column means, from the header's <c>column: name — text</c> lines, for the columns whose
    /// meaning is not plain from their name (a score, a rank); empty when there are none.
    /// </summary>
    public IReadOnlyDictionary<string, string> ColumnNotes { get; init; } = new Dictionary<string, string>();

    /// <summary>The statement without its header comment.</summary>
    public string Statement => string.Join('\n', Cypher.Split('\n').SkipWhile(line => line.TrimStart().StartsWith("//", StringComparison.Ordinal) || line.Trim().Length == 0)).Trim();

    /// <summary>
    /// Checks raw arguments (from the command line or HTTP) against the declared parameters and types them.
    /// Throws <see cref="QueryParameterException"/> for an unknown, missing or invalid parameter.
    /// </summary>
    public QueryArgumentDictionary Bind(IReadOnlyDictionary<string, string?> raw)
    {
        foreach (var key in raw.Keys)
        {
            if (!Parameters.Any(p => string.Equals(p.Name, key, StringComparison.Ordinal)))
            {
                var known = Parameters.Count == 0 ? "none" : string.Join(", ", Parameters.Select(p => p.Name));
                throw new QueryParameterException(Shorten(key), $"is not a parameter of '{Name}' (parameters: {known})");
            }
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var parameter in Parameters)
        {
            if (raw.TryGetValue(parameter.Name, out var text) && !string.IsNullOrEmpty(text))
            {
                values[parameter.Name] = parameter.Bind(text);
            }
            else if (parameter.Required)
            {
                throw new QueryParameterException(parameter.Name, "is required");
            }
            else
            {
                values[parameter.Name] = parameter.Default;
            }
        }

        return new QueryArgumentDictionary(values);
    }

    private static string TitleOf(string name) =>
        name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..].Replace('-', ' ');

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
