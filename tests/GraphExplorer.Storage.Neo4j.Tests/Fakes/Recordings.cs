using System.Reflection;
using System.Text.Json;

namespace GraphExplorer.Storage.Neo4j.Tests.Fakes;

/// <summary>The recorded Neo4j 5.26 Query API exchanges, embedded in this assembly.</summary>
internal static class Recordings
{
    /// <summary>The recorded response of an exchange, e.g. <c>10-syntax-error</c>: status and body text.</summary>
    public static FakeResponse Response(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"recordings/{name}.json")
            ?? throw new FileNotFoundException($"No embedded recording '{name}'.");
        using var document = JsonDocument.Parse(stream);
        var response = document.RootElement.GetProperty("response");
        var body = response.GetProperty("body");
        return new FakeResponse(response.GetProperty("status").GetInt32(), body.ValueKind == JsonValueKind.Null ? null : body.GetRawText());
    }

    /// <summary>The recorded response body of an exchange.</summary>
    public static string Body(string name) => Response(name).Body ?? "";
}
