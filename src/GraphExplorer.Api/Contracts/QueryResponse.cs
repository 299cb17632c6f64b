namespace GraphExplorer.Api.Contracts;

/// <summary>The answer to a curated query.</summary>
/// <param name="Query">The query's name.</param>
/// <param name="Parameters">Every parameter with the typed value it ran with (defaults filled in).</param>
/// <param name="Columns">Table column names.</param>
/// <param name="Rows">Table rows, at most <see cref="QueryServiceOptions.MaxRows"/>.</param>
/// <param name="Graph">The subgraph behind the rows.</param>
/// <param name="Truncated">True when the query gave more rows than the service returns.</param>
/// <param name="TotalRows">How many rows the query gave before truncation.</param>
internal sealed record QueryResponse(
    string Query,
    IReadOnlyDictionary<string, object?> Parameters,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    GraphResponse Graph,
    bool Truncated,
    int TotalRows);
