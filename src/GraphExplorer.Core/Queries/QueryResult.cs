using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// The one result model of every curated query: rows for tables, and the subgraph behind them so any
/// result can be drawn and exported.
/// </summary>
/// <param name="Query">The query's name.</param>
/// <param name="Arguments">The arguments it ran with.</param>
/// <param name="Columns">Column names of <paramref name="Rows"/>, as in the .cypher RETURN clause.</param>
/// <param name="Rows">Values are null, string, long, double, bool or lists of those.</param>
/// <param name="Graph">Nodes, relationships with evidence, and cited articles.</param>
public sealed record QueryResult(
    string Query,
    IReadOnlyDictionary<string, object?> Arguments,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    Subgraph Graph);
