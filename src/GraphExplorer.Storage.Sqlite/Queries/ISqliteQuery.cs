
namespace GraphExplorer.Storage.Sqlite.Queries;

/// <summary>
/// The embedded implementation of one curated query: same rows, same order and same subgraph as
/// <c>cypher/&lt;Name&gt;.cypher</c> on Neo4j.
/// </summary>
internal interface ISqliteQuery
{
    /// <summary>The query name, as in the .cypher header.</summary>
    string Name { get; }

    Task<QueryResult> RunAsync(QueryContext context, CancellationToken cancellationToken);
}
