using System.Security.Claims;
using GraphExplorer.Api.Contracts;
using GraphExplorer.Api.Security;
using GraphExplorer.Core.Curation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GraphExplorer.Api.Apis;

/// <summary>
/// Curation: merge, split an alias off, reject a fact, add an alias, rename; the audit log and undo. Each change is
/// an override kept by the store and applied to every article it touches, now and at every later ingest.
/// </summary>
internal static class CurationApi
{
    public static RouteGroupBuilder MapCurationRoutes(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/curations").WithTags("Curation");

        api.MapGet("/", ListCurations)
            .WithName("ListCurations")
            .WithSummary("The curation audit log, oldest first: what was changed, by whom, when, and whether it was undone.")
            .RequireAuthorization(SecurityExtensions.ReaderPolicy);

        var curate = api.MapGroup("/").RequireAuthorization(SecurityExtensions.CuratorPolicy);
        Configure(curate.MapPost("/merge", Merge).WithName("MergeEntities").WithSummary("Merge two entities: `merge` is folded into `keep` (same label)."));
        Configure(curate.MapPost("/split-alias", SplitAlias).WithName("SplitAlias").WithSummary("Split an alias off into an entity of its own, with the facts whose sentences use it."));
        Configure(curate.MapPost("/reject-fact", RejectFact).WithName("RejectFact").WithSummary("Reject a fact by its key (TYPE|sourceId|targetId)."));
        Configure(curate.MapPost("/add-alias", AddAlias).WithName("AddAlias").WithSummary("Add an alias to an entity."));
        Configure(curate.MapPost("/rename", Rename).WithName("RenameEntity").WithSummary("Rename an entity; the old name stays as an alias."));
        Configure(curate.MapPost("/{id:long}/undo", Undo).WithName("UndoCuration").WithSummary("Undo a curation: the articles it touched are stored again without it."));
        return api;
    }

    internal static async Task<Ok<List<CurationResponse>>> ListCurations(CurationService curation, CancellationToken cancellationToken) =>
        TypedResults.Ok((await curation.LogAsync(cancellationToken)).Select(r => CurationResponse.From(r)).ToList());

    internal static Task<Results<Ok<CurationResponse>, ProblemHttpResult>> Merge(MergeRequest request, CurationService curation, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RunAsync(() => curation.MergeAsync(Required(request.Keep, "keep"), Required(request.Merge, "merge"), SecurityExtensions.UserOf(user), cancellationToken));

    internal static Task<Results<Ok<CurationResponse>, ProblemHttpResult>> SplitAlias(SplitAliasRequest request, CurationService curation, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RunAsync(() => curation.SplitAliasAsync(Required(request.Entity, "entity"), Required(request.Alias, "alias"), SecurityExtensions.UserOf(user), cancellationToken));

    internal static Task<Results<Ok<CurationResponse>, ProblemHttpResult>> RejectFact(RejectFactRequest request, CurationService curation, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RunAsync(() => curation.RejectFactAsync(Required(request.Fact, "fact"), SecurityExtensions.UserOf(user), cancellationToken));

    internal static Task<Results<Ok<CurationResponse>, ProblemHttpResult>> AddAlias(AddAliasRequest request, CurationService curation, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RunAsync(() => curation.AddAliasAsync(Required(request.Entity, "entity"), Required(request.Alias, "alias"), SecurityExtensions.UserOf(user), cancellationToken));

    internal static Task<Results<Ok<CurationResponse>, ProblemHttpResult>> Rename(RenameRequest request, CurationService curation, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RunAsync(() => curation.RenameAsync(Required(request.Entity, "entity"), Required(request.Name, "name"), SecurityExtensions.UserOf(user), cancellationToken));

    internal static Task<Results<Ok<CurationResponse>, ProblemHttpResult>> Undo(long id, CurationService curation, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RunAsync(() => curation.UndoAsync(id, SecurityExtensions.UserOf(user), cancellationToken));

    private static RouteHandlerBuilder Configure(RouteHandlerBuilder route) => route
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<CurationResponse>, ProblemHttpResult>> RunAsync(Func<Task<CurationResult>> change)
    {
        try
        {
            var result = await change();
            return TypedResults.Ok(CurationResponse.From(result.Record, result.ArticlesRestored));
        }
        catch (CurationException e)
        {
            var status = e.IsUnknownEntity || e is CurationNotFoundException ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            return TypedResults.Problem(e.Message, statusCode: status, title: status == 404 ? "Not found" : "Curation refused");
        }
    }

    private static string Required(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new CurationException($"'{name}' is required.") : value.Trim();
}
