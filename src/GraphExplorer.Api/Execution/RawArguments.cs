using System.Text.Json;
using GraphExplorer.Core.Queries;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GraphExplorer.Api.Execution;

/// <summary>
/// Collects a query's raw parameter values from a query string or a JSON body, for
/// <see cref="QueryDefinition.Bind"/>. A value given but empty is refused here (leave it out to use the
/// default), so <c>?actor=</c> never silently means "no filter".
/// </summary>
internal static class RawArguments
{
    /// <summary>The query-string keys the service keeps for itself.</summary>
    public const string FormatKey = "format";

    public static Dictionary<string, string?> FromQueryString(IQueryCollection queryString, QueryDefinition query)
    {
        var raw = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, values) in queryString)
        {
            if (key == FormatKey)
            {
                continue;
            }

            var parameter = Find(query, key);
            if (parameter is not null && values.Count > 1 && parameter.Kind != ParameterKind.EdgeTypes)
            {
                throw new QueryParameterException(key, $"is given {values.Count} times; give it once");
            }

            raw[key] = parameter is null ? "" : NotEmpty(key, string.Join(',', values.OfType<string>()));
        }

        return raw;
    }

    public static async Task<Dictionary<string, string?>> FromJsonBodyAsync(HttpRequest request, QueryDefinition query, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        if (request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false } || request.ContentLength == 0)
        {
            return [];
        }

        if (!request.HasJsonContentType())
        {
            throw new BadRequestBodyException($"The body must be JSON (Content-Type: application/json), not '{request.ContentType}'.");
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new BadRequestBodyException($"The body is not valid JSON: {e.Message}");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new BadRequestBodyException($"The body is larger than {maxBytes} bytes (QueryService:MaxRequestBodyBytes).", StatusCodes.Status413PayloadTooLarge);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new BadRequestBodyException($"The body must be a JSON object of parameter values, not {document.RootElement.ValueKind.ToString().ToLowerInvariant()}.");
            }

            var raw = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                raw[property.Name] = Find(query, property.Name) is null ? "" : ToRaw(property.Name, property.Value);
            }

            return raw;
        }
    }

    private static QueryParameter? Find(QueryDefinition query, string name) =>
        query.Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    private static string? ToRaw(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => NotEmpty(name, value.GetString() ?? ""),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
            NotEmpty(name, string.Join(',', value.EnumerateArray().Select(e => e.GetString()))),
        _ => throw new QueryParameterException(name, $"must be a string, a number or a list of strings, not a JSON {value.ValueKind.ToString().ToLowerInvariant()}"),
    };

    private static string NotEmpty(string name, string value) =>
        value.Length > 0 ? value : throw new QueryParameterException(name, "must not be empty (leave it out to use the default)");
}
