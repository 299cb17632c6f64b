using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphExplorer.Api;

/// <summary>
/// The service's JSON shape, written once: camelCase properties, numbers only as JSON numbers, enums as camelCase strings, dates as
/// ISO <c>yyyy-MM-dd</c> (System.Text.Json's own DateOnly form), dictionary keys (parameter names) kept as declared.
/// </summary>
public static class QueryServiceJson
{
    /// <summary>Options for reading and writing the service's responses outside ASP.NET Core (clients, tests, the CLI).</summary>
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>Applies the service's settings to <paramref name="options"/> (used for ASP.NET Core's HTTP JSON options).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        options.NumberHandling = JsonNumberHandling.Strict; // numbers are numbers, in both directions and in the OpenAPI schema
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }
}
