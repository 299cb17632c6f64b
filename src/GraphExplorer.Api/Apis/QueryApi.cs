using System.Text.Json;
using GraphExplorer.Api.Contracts;
using GraphExplorer.Api.Execution;
using GraphExplorer.Api.Exports;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;
using GraphExplorer.Export;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Apis;

/// <summary>The query service's routes: the catalog, running a query, reading an entity, exporting.</summary>
internal static class QueryApi
{
    // The entity id in /api/entities/{id} is checked like any entity parameter (length, no control characters).
    private static readonly QueryParameter EntityId = new("id", ParameterKind.Entity, true, null, null, null, "entity id");
    private static readonly QueryParameter ArticleId = new("article", ParameterKind.Article, false, null, null, null, "article id");

    public static RouteGroupBuilder MapQueryRoutes(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Queries");

        api.MapGet("/queries", ListQueries)
            .WithName("ListQueries")
            .WithSummary("List the curated queries with their parameter schemas.");

        api.MapGet("/queries/{name}", RunWithQueryString)
            .WithName("RunQuery")
            .WithSummary("Run a curated query; parameters come from the query string.")
            .WithDescription("Each query-string key is a parameter of the query (see ListQueries); `format` asks for an export download instead of JSON.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapPost("/queries/{name}", RunWithJsonBody)
            .WithName("RunQueryWithBody")
            .WithSummary("Run a curated query; parameters come from a JSON object in the body.")
            .WithDescription("Values are strings, numbers, or lists of strings (edge types); null means not given. `format` in the query string asks for an export download.")
            .Accepts<Dictionary<string, JsonElement>>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/entities/{id}", GetEntity)
            .WithName("GetEntity")
            .WithSummary("Read one entity with the relationships that touch it and their evidence.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/export", ExportGraph)
            .WithName("ExportGraph")
            .WithSummary("Download the whole graph, or one article's subgraph, in an export format.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return api;
    }

    internal static Ok<List<QuerySummary>> ListQueries(QueryCatalog catalog) =>
        TypedResults.Ok(catalog.All.Select(QuerySummary.From).ToList());

    internal static Task<Results<Ok<QueryResponse>, Utf8JsonResult<QueryResponse>, FileContentHttpResult, ProblemHttpResult>> RunWithQueryString(
        string name, string? format, HttpRequest request, QueryExecutor executor, QueryResponseCache cache, ExportWriter exports, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
        RunAsync(name, format, query => Task.FromResult(RawArguments.FromQueryString(request.Query, query)), executor, cache, exports, json.Value, cancellationToken);

    internal static Task<Results<Ok<QueryResponse>, Utf8JsonResult<QueryResponse>, FileContentHttpResult, ProblemHttpResult>> RunWithJsonBody(
        string name,
        string? format,
        HttpRequest request,
        QueryExecutor executor,
        QueryResponseCache cache,
        ExportWriter exports,
        IOptions<JsonOptions> json,
        IOptions<QueryServiceOptions> options,
        CancellationToken cancellationToken) =>
        RunAsync(name, format, query => RawArguments.FromJsonBodyAsync(request, query, options.Value.MaxRequestBodyBytes, cancellationToken), executor, cache, exports, json.Value, cancellationToken);

    internal static async Task<Results<Ok<EntityResponse>, ProblemHttpResult>> GetEntity(string id, EntityNeighbourhood neighbourhood, CancellationToken cancellationToken)
    {
        try
        {
            var checkedId = (string)EntityId.Bind(id);
            var entity = await neighbourhood.ReadAsync(checkedId, cancellationToken);
            return entity is null ? Problems.UnknownEntity(checkedId) : TypedResults.Ok(entity);
        }
        catch (Exception e) when (Problems.TryFrom(e, out var problem))
        {
            return problem;
        }
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportGraph(
        string? format, string? article, IGraphReader reader, ExportWriter exports, RequestDeadline deadline, CancellationToken cancellationToken)
    {
        try
        {
            var export = ExportWriter.Resolve(format);
            var articleId = article is null ? null : (string)ArticleId.Bind(article);
            var graph = await deadline.RunAsync("Reading the graph", token => reader.ReadGraphAsync(articleId, token), cancellationToken);
            if (articleId is null)
            {
                return await exports.WriteAsync(export, ExportDocument.ForGraph(graph, "Whole graph"), "graph", cancellationToken);
            }

            var found = graph.Articles.FirstOrDefault(a => a.Id == articleId);
            if (found is null && graph.Nodes.Count == 0)
            {
                return Problems.UnknownArticle(articleId);
            }

            var document = ExportDocument.ForArticle(graph, articleId, found?.Title ?? $"Article {articleId}");
            return await exports.WriteAsync(export, document, $"article-{articleId}", cancellationToken);
        }
        catch (Exception e) when (Problems.TryFrom(e, out var problem))
        {
            return problem;
        }
    }

    private static async Task<Results<Ok<QueryResponse>, Utf8JsonResult<QueryResponse>, FileContentHttpResult, ProblemHttpResult>> RunAsync(
        string name,
        string? format,
        Func<QueryDefinition, Task<Dictionary<string, string?>>> readArguments,
        QueryExecutor executor,
        QueryResponseCache cache,
        ExportWriter exports,
        JsonOptions json,
        CancellationToken cancellationToken)
    {
        try
        {
            var query = executor.Find(name);
            var export = format is null ? null : ExportWriter.Resolve(format);
            var arguments = executor.Bind(query, await readArguments(query));
            if (export is null && cache.Version() is { } version)
            {
                // Read before the query runs, so that what is kept under this version is at least as recent as it.
                var key = QueryResponseCache.KeyOf(query, arguments);
                if (!cache.TryGet(version, key, out var body))
                {
                    body = JsonSerializer.SerializeToUtf8Bytes(ResponseOf(await executor.RunAsync(query, arguments, cancellationToken)), json.SerializerOptions);
                    cache.Add(version, key, body);
                }

                return new Utf8JsonResult<QueryResponse>(body);
            }

            var limited = await executor.RunAsync(query, arguments, cancellationToken);
            if (export is not null)
            {
                return await exports.WriteAsync(export, ExportDocument.ForResult(limited.Result), query.Name, cancellationToken);
            }

            return TypedResults.Ok(ResponseOf(limited));
        }
        catch (Exception e) when (Problems.TryFrom(e, out var problem))
        {
            return problem;
        }
    }

    private static QueryResponse ResponseOf(LimitedResult limited) => new(
        limited.Result.Query,
        limited.Result.Arguments,
        limited.Result.Columns,
        limited.Result.Rows,
        GraphResponse.From(limited.Result.Graph),
        limited.Truncated,
        limited.TotalRows);
}
