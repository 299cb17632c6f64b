using System.Net;
using System.Text.Json;

namespace GraphExplorer.Api.Tests;

/// <summary>Checks that a response is an RFC 7807 problem document.</summary>
internal static class ProblemAssert
{
    public static void IsProblem(HttpResponseMessage response, JsonElement body, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("title").GetString()));
    }

    /// <summary>A 400 that names <paramref name="parameter"/> in <c>parameter</c>, <c>errors</c> and the detail, with a reason.</summary>
    public static void NamesParameter(HttpResponseMessage response, JsonElement body, string parameter)
    {
        IsProblem(response, body, HttpStatusCode.BadRequest);
        Assert.Equal(parameter, body.GetProperty("parameter").GetString());
        var reasons = body.GetProperty("errors").GetProperty(parameter);
        Assert.False(string.IsNullOrWhiteSpace(reasons[0].GetString()));
        Assert.StartsWith($"Parameter '{parameter}' ", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
