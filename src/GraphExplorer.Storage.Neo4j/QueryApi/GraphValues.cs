namespace GraphExplorer.Storage.Neo4j.QueryApi;

/// <summary>A node as the Query API returns it.</summary>
internal sealed record GraphNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship as the Query API returns it; endpoints are element ids.</summary>
internal sealed record GraphRelationship(string ElementId, string StartElementId, string EndElementId, string Type, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A path: nodes and relationships alternating, starting and ending with a node.</summary>
internal sealed record GraphPath(IReadOnlyList<object> Elements);

/// <summary>Write counters of a statement (present when <c>includeCounters</c> was asked).</summary>
internal sealed record QueryCounters(
    int NodesCreated,
    int NodesDeleted,
    int RelationshipsCreated,
    int RelationshipsDeleted,
    int PropertiesSet,
    int LabelsAdded,
    int LabelsRemoved,
    int IndexesAdded,
    int ConstraintsAdded,
    bool ContainsUpdates);

/// <summary>
/// One statement's result. Row values are null, string, long, double, bool, <see cref="GraphNode"/>,
/// <see cref="GraphRelationship"/>, <see cref="GraphPath"/>, lists (<c>IReadOnlyList&lt;object?&gt;</c>) or maps
/// (<c>IReadOnlyDictionary&lt;string, object?&gt;</c>). Temporal values are ISO strings.
/// </summary>
internal sealed record StatementResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<object?>> Rows, QueryCounters? Counters)
{
    public static StatementResult Empty { get; } = new([], [], null);

    /// <summary>The value of a column in a row, by column name.</summary>
    public object? Value(IReadOnlyList<object?> row, string field)
    {
        var index = IndexOf(field);
        return row[index];
    }

    /// <summary>The single value of a one-row result, or null when there is no row.</summary>
    public object? Single(string field) => Rows.Count == 0 ? null : Value(Rows[0], field);

    private int IndexOf(string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i] == field)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The result has no column '{field}' (columns: {string.Join(", ", Fields)}).");
    }
}

/// <summary>A Cypher statement and its parameters (values travel as parameters, never in the text).</summary>
internal sealed record Statement(string Text, IReadOnlyDictionary<string, object?>? Parameters = null);
