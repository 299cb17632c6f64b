using GraphExplorer.Api.Contracts;
using GraphExplorer.Api.Execution;
using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;
using GraphExplorer.Export;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Apis;

/// <summary>The reads the workbench needs beside the curated queries: an article with its text, and an overview of the graph.</summary>
internal static class WorkbenchApi
{
    private static readonly QueryParameter ArticleId = new("id", ParameterKind.Article, true, null, null, null, "article id");
    private static readonly QueryParameter Limit = new("limit", ParameterKind.Int, false, 300L, 1, 2000, "most nodes");

    public static RouteGroupBuilder MapWorkbenchRoutes(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Workbench");

        api.MapGet("/articles/{id}", GetArticle)
            .WithName("GetArticle")
            .WithSummary("Read one article: title, date, publisher, author, text, and the facts it states with the character offsets of their evidence.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/graph", GetOverview)
            .WithName("GetGraphOverview")
            .WithSummary("The most connected part of the graph: the `limit` connected nodes of highest degree (default 300) and the facts among them.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/formats", ListFormats)
            .WithName("ListExportFormats")
            .WithSummary("The export formats: name (the `format` parameter), file extension and media type.");

        return api;
    }

    internal static Ok<List<ExportFormatResponse>> ListFormats() =>
        TypedResults.Ok(ExportFormats.All.Select(f => new ExportFormatResponse(f.Format, f.FileExtension, f.ContentType)).ToList());

    internal static async Task<Results<Ok<ArticleTextResponse>, ProblemHttpResult>> GetArticle(
        string id, IServiceProvider services, RequestDeadline deadline, CancellationToken cancellationToken)
    {
        try
        {
            var checkedId = (string)ArticleId.Bind(id);
            if (services.GetService<ICurationStore>() is not { } curation)
            {
                return Problems.UnknownArticle(checkedId);
            }

            var article = await deadline.RunAsync($"Reading article '{checkedId}'", async token =>
            {
                var extracted = await curation.ReadExtractedAsync(checkedId, token);
                return extracted is null ? null : CurationOverrides.Apply(extracted, await curation.ReadLogAsync(token));
            }, cancellationToken);
            if (article is null)
            {
                return Problems.UnknownArticle(checkedId);
            }

            var a = article.Article;
            return TypedResults.Ok(new ArticleTextResponse(
                a.Id,
                a.Title,
                a.Published,
                a.Publisher,
                a.Author,
                a.Source,
                a.Text,
                [.. article.Entities.DistinctBy(e => e.Id).OrderBy(e => e.Id, StringComparer.Ordinal).Select(NodeResponse.From)],
                [.. article.Relationships.Select(r => r.Canonical()).OrderBy(r => r.Evidence.Count == 0 ? int.MaxValue : r.Evidence.Min(e => e.Start)).ThenBy(r => r.Key, StringComparer.Ordinal).Select(RelationshipResponse.From)]));
        }
        catch (Exception e) when (Problems.TryFrom(e, out var problem))
        {
            return problem;
        }
    }

    internal static async Task<Results<Ok<GraphResponse>, ProblemHttpResult>> GetOverview(
        string? limit, IGraphReader reader, RequestDeadline deadline, CancellationToken cancellationToken)
    {
        try
        {
            var most = limit is null ? 300 : (int)(long)Limit.Bind(limit);
            var graph = await deadline.RunAsync("Reading the graph", token => reader.ReadGraphAsync(null, token), cancellationToken);
            return TypedResults.Ok(GraphResponse.From(Overview(graph, most)));
        }
        catch (Exception e) when (Problems.TryFrom(e, out var problem))
        {
            return problem;
        }
    }

    /// <summary>The <paramref name="most"/> nodes of highest degree (ties by id), the facts among them and the articles those cite.</summary>
    internal static Subgraph Overview(Subgraph graph, int most)
    {
        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in graph.Relationships)
        {
            degree[r.SourceId] = degree.GetValueOrDefault(r.SourceId) + 1;
            degree[r.TargetId] = degree.GetValueOrDefault(r.TargetId) + 1;
        }

        // Unconnected entities say nothing in a picture of connections: they are left to search and the entity pages.
        var kept = graph.Nodes.Where(n => degree.ContainsKey(n.Id)).OrderByDescending(n => degree.GetValueOrDefault(n.Id)).ThenBy(n => n.Id, StringComparer.Ordinal).Take(most).ToList();
        var ids = kept.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var relationships = graph.Relationships.Where(r => ids.Contains(r.SourceId) && ids.Contains(r.TargetId)).ToList();
        var cited = relationships.SelectMany(r => r.Evidence).Select(e => e.ArticleId).ToHashSet(StringComparer.Ordinal);
        return new Subgraph(kept, relationships, [.. graph.Articles.Where(a => cited.Contains(a.Id))]);
    }
}
