using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Execution;

/// <summary>
/// Runs a curated query for the service: finds it in the catalog, binds the raw values through the
/// catalog's own validation, applies the service's depth limit, runs it under the request deadline and
/// cuts the rows at <see cref="QueryServiceOptions.MaxRows"/>.
/// </summary>
internal sealed class QueryExecutor(QueryCatalog catalog, IQueryRunner runner, RequestDeadline deadline, IOptions<QueryServiceOptions> options)
{
    /// <summary>The query with this name; throws <see cref="UnknownQueryException"/>.</summary>
    public QueryDefinition Find(string name) => catalog.Get(name);

    /// <summary>Types and checks the raw values (the catalog's validation, then the depth limit); throws <see cref="QueryParameterException"/>.</summary>
    public QueryArgumentDictionary Bind(QueryDefinition query, IReadOnlyDictionary<string, string?> raw)
    {
        var arguments = query.Bind(raw);
        CheckDepth(query, arguments);
        return arguments;
    }

    /// <summary>Runs with bound arguments (see <see cref="Bind"/>); throws <see cref="RequestTimedOutException"/>.</summary>
    public async Task<LimitedResult> RunAsync(QueryDefinition query, QueryArgumentDictionary arguments, CancellationToken requestAborted)
    {
        var result = await deadline.RunAsync($"Query '{query.Name}'", token => runner.RunAsync(query, arguments, token), requestAborted);
        var maxRows = options.Value.MaxRows;
        return result.Rows.Count <= maxRows
            ? new LimitedResult(result, Truncated: false, result.Rows.Count)
            : new LimitedResult(result with { Rows = [.. result.Rows.Take(maxRows)] }, Truncated: true, result.Rows.Count);
    }

    private void CheckDepth(QueryDefinition query, QueryArgumentDictionary arguments)
    {
        var maxDepth = options.Value.MaxDepth;
        foreach (var parameter in query.Parameters.Where(IsDepth))
        {
            if (arguments[parameter.Name] is long depth && depth > maxDepth)
            {
                throw new QueryParameterException(parameter.Name, $"must be at most {maxDepth} on this service (QueryService:MaxDepth; got {depth})");
            }
        }
    }

    private static bool IsDepth(QueryParameter parameter) =>
        parameter.Kind == ParameterKind.Int
        && (parameter.Name.Equals("depth", StringComparison.OrdinalIgnoreCase) || parameter.Name.EndsWith("Depth", StringComparison.Ordinal));
}

/// <summary>A query result with its rows cut at the service's limit.</summary>
/// <param name="Result">The result, rows already cut.</param>
/// <param name="Truncated">Whether rows were cut.</param>
/// <param name="TotalRows">How many rows the query gave.</param>
internal sealed record LimitedResult(QueryResult Result, bool Truncated, int TotalRows);
