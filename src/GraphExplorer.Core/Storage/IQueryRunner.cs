using GraphExplorer.Core.Queries;

namespace GraphExplorer.Core.Storage;

/// <summary>
/// Runs a curated query from the <see cref="QueryCatalog"/> with already validated arguments.
/// Every store gives the same rows and subgraph for the same graph.
/// </summary>
public interface IQueryRunner
{
    Task<QueryResult> RunAsync(QueryDefinition query, QueryArgumentDictionary arguments, CancellationToken cancellationToken = default);
}
