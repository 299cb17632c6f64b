using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace GraphExplorer.Api.Apis;

/// <summary>
/// A 200 whose JSON body is already written (a <typeparamref name="TValue"/>, serialized once and possibly kept by the
/// response cache): written as it is, with its length, so that the framing is a Content-Length and not chunks. Declares
/// <typeparamref name="TValue"/> as its schema for OpenAPI, as <c>Ok&lt;TValue&gt;</c> does.
/// </summary>
internal sealed class Utf8JsonResult<TValue>(byte[] body) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    /// <summary>What ASP.NET Core's own JSON results send.</summary>
    public const string JsonContentType = "application/json; charset=utf-8";

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => JsonContentType;

    public ReadOnlyMemory<byte> Body => body;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonContentType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(TValue), ["application/json"]));
}
