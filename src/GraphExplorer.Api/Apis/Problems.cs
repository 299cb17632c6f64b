using System.Diagnostics.CodeAnalysis;
using GraphExplorer.Api.Execution;
using GraphExplorer.Core.Queries;
using GraphExplorer.Export;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphExplorer.Api.Apis;

/// <summary>
/// RFC 7807 answers for the failures a caller can cause or should know about. Anything else is left to
/// the exception handler (500, details logged, not shown).
/// </summary>
internal static class Problems
{
    public static bool TryFrom(Exception exception, [NotNullWhen(true)] out ProblemHttpResult? problem)
    {
        problem = exception switch
        {
            QueryParameterException e => BadParameter(e),
            BadRequestBodyException e => TypedResults.Problem(e.Message, statusCode: e.StatusCode, title: "Invalid request body"),
            UnknownQueryException e => TypedResults.Problem(
                e.Message,
                statusCode: StatusCodes.Status404NotFound,
                title: "Unknown query",
                extensions: new Dictionary<string, object?> { ["query"] = e.Name }),
            RequestTimedOutException e => TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Request timed out"),
            // The server lacks a program the format needs (Graphviz for svg): not the caller's fault, and no retry helps.
            ExportException { MissingTool: { } tool } e => TypedResults.Problem(
                e.Message,
                statusCode: StatusCodes.Status501NotImplemented,
                title: $"{tool} is not installed on this server",
                extensions: new Dictionary<string, object?> { ["missingTool"] = tool }),
            ExportException e => TypedResults.Problem(e.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Cannot export in this format"),
            _ => null,
        };
        return problem is not null;
    }

    public static ProblemHttpResult UnknownEntity(string id) => TypedResults.Problem(
        $"No entity has id '{id}'. Use the 'search' query to find an entity's id by name.",
        statusCode: StatusCodes.Status404NotFound,
        title: "Unknown entity",
        extensions: new Dictionary<string, object?> { ["id"] = id });

    public static ProblemHttpResult UnknownArticle(string id) => TypedResults.Problem(
        $"No article has id '{id}'.",
        statusCode: StatusCodes.Status404NotFound,
        title: "Unknown article",
        extensions: new Dictionary<string, object?> { ["article"] = id });

    // A validation problem: `errors` maps the parameter to its reason, `parameter` names it for simple clients.
    private static ProblemHttpResult BadParameter(QueryParameterException exception) => TypedResults.Problem(
        new HttpValidationProblemDetails(new Dictionary<string, string[]> { [exception.Parameter] = [exception.Reason] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid parameter",
            Detail = exception.Parameter == "?" ? exception.Reason : $"Parameter '{exception.Parameter}' {exception.Reason}.",
            Extensions = { ["parameter"] = exception.Parameter },
        });
}
