using System.Globalization;
using System.Text.Json;

namespace GraphExplorer.Storage.Neo4j.QueryApi;

/// <summary>
/// Reads Query API response bodies, plain JSON (<c>application/json</c>) or typed JSON
/// (<c>application/vnd.neo4j.query</c>, every value as <c>{"$type", "_value"}</c>), into <see cref="StatementResult"/>.
/// </summary>
internal static class QueryApiJson
{
    /// <summary>Parses a body; throws <see cref="Neo4jException"/> for an error body (whatever the HTTP status, so the 202-with-errors shape fails too).</summary>
    public static StatementResult ParseResponse(string body, int httpStatus)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return httpStatus is >= 200 and < 300
                ? StatementResult.Empty
                : throw new Neo4jException($"Http.{httpStatus}", "the server answered with an empty body", httpStatus);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw new Neo4jException($"Http.{httpStatus}", "the server answered with a body that is not JSON: " + Shorten(body), httpStatus);
        }

        using (document)
        {
            var root = document.RootElement;
            if (TryReadError(root, httpStatus) is { } error)
            {
                throw error;
            }

            if (httpStatus is < 200 or >= 300)
            {
                throw new Neo4jException($"Http.{httpStatus}", "the server answered without a result: " + Shorten(body), httpStatus);
            }

            return ReadResult(root);
        }
    }

    /// <summary>The first error of an <c>{"errors":[{code,message}]}</c> body, or null.</summary>
    public static Neo4jException? TryReadError(JsonElement root, int httpStatus)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
        {
            return null;
        }

        var first = errors[0];
        var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
        var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
        return new Neo4jException(code.Length > 0 ? code : $"Http.{httpStatus}", message, httpStatus);
    }

    /// <summary>The error class of an error body, or null when the body holds no Neo4j error.</summary>
    public static Neo4jErrorClass? TryReadErrorClass(string body, int httpStatus)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return TryReadError(document.RootElement, httpStatus)?.ErrorClass;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The <c>transaction.id</c> of a body that opened or continued an explicit transaction, or null.</summary>
    public static string? TryReadTransactionId(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("transaction", out var transaction)
                && transaction.TryGetProperty("id", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static StatementResult ReadResult(JsonElement root)
    {
        if (!root.TryGetProperty("data", out var data))
        {
            return StatementResult.Empty;
        }

        var fields = data.TryGetProperty("fields", out var f) ? f.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
        var rows = new List<IReadOnlyList<object?>>();
        if (data.TryGetProperty("values", out var values))
        {
            foreach (var row in values.EnumerateArray())
            {
                rows.Add([.. row.EnumerateArray().Select(ReadValue)]);
            }
        }

        var counters = root.TryGetProperty("counters", out var k) ? ReadCounters(k) : null;
        return new StatementResult(fields, rows, counters);
    }

    private static QueryCounters ReadCounters(JsonElement k)
    {
        int Get(string name) => k.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;
        return new QueryCounters(
            Get("nodesCreated"),
            Get("nodesDeleted"),
            Get("relationshipsCreated"),
            Get("relationshipsDeleted"),
            Get("propertiesSet"),
            Get("labelsAdded"),
            Get("labelsRemoved"),
            Get("indexesAdded"),
            Get("constraintsAdded"),
            k.TryGetProperty("containsUpdates", out var u) && u.ValueKind == JsonValueKind.True);
    }

    /// <summary>Reads one value, plain or typed.</summary>
    public static object? ReadValue(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Number:
                return ReadNumber(element);
            case JsonValueKind.Array:
                return (IReadOnlyList<object?>)[.. element.EnumerateArray().Select(ReadValue)];
            default:
                break;
        }

        if (element.TryGetProperty("$type", out var type) && element.TryGetProperty("_value", out var typed))
        {
            return ReadTyped(type.GetString() ?? "", typed);
        }

        if (IsPlainNode(element))
        {
            return new GraphNode(
                element.GetProperty("elementId").GetString() ?? "",
                [.. element.GetProperty("labels").EnumerateArray().Select(l => l.GetString() ?? "")],
                ReadMap(element.GetProperty("properties"), ReadValue));
        }

        if (IsPlainRelationship(element))
        {
            return new GraphRelationship(
                element.GetProperty("elementId").GetString() ?? "",
                element.GetProperty("startNodeElementId").GetString() ?? "",
                element.GetProperty("endNodeElementId").GetString() ?? "",
                element.GetProperty("type").GetString() ?? "",
                ReadMap(element.GetProperty("properties"), ReadValue));
        }

        return ReadMap(element, ReadValue);
    }

    private static object? ReadTyped(string type, JsonElement value)
    {
        switch (type)
        {
            case "Null":
                return null;
            case "Boolean":
                return value.ValueKind == JsonValueKind.True || (value.ValueKind == JsonValueKind.String && bool.Parse(value.GetString()!));
            case "Integer":
                return value.ValueKind == JsonValueKind.Number ? value.GetInt64() : long.Parse(value.GetString()!, CultureInfo.InvariantCulture);
            case "Float":
                return value.ValueKind == JsonValueKind.Number ? value.GetDouble() : ParseFloat(value.GetString()!);
            case "List":
                return (IReadOnlyList<object?>)[.. value.EnumerateArray().Select(ReadValue)];
            case "Map":
                return ReadMap(value, ReadValue);
            case "Node":
                return new GraphNode(
                    value.GetProperty("_element_id").GetString() ?? "",
                    [.. value.GetProperty("_labels").EnumerateArray().Select(l => l.GetString() ?? "")],
                    ReadMap(value.GetProperty("_properties"), ReadValue));
            case "Relationship":
                return new GraphRelationship(
                    value.GetProperty("_element_id").GetString() ?? "",
                    value.GetProperty("_start_node_element_id").GetString() ?? "",
                    value.GetProperty("_end_node_element_id").GetString() ?? "",
                    value.GetProperty("_type").GetString() ?? "",
                    ReadMap(value.GetProperty("_properties"), ReadValue));
            case "Path":
                return new GraphPath([.. value.EnumerateArray().Select(ReadValue).OfType<object>()]);
            default:
                // String, Base64, Date, Time, LocalTime, DateTime, OffsetDateTime, LocalDateTime, Duration, Point: their text form
                return value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        }
    }

    private static object ReadNumber(JsonElement element)
    {
        var raw = element.GetRawText();
        if (raw.AsSpan().IndexOfAny(".eE") < 0 && element.TryGetInt64(out var whole))
        {
            return whole;
        }

        return element.GetDouble();
    }

    private static double ParseFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static bool IsPlainNode(JsonElement e) =>
        e.TryGetProperty("elementId", out _) && e.TryGetProperty("labels", out _) && e.TryGetProperty("properties", out _);

    private static bool IsPlainRelationship(JsonElement e) =>
        e.TryGetProperty("elementId", out _) && e.TryGetProperty("startNodeElementId", out _) && e.TryGetProperty("endNodeElementId", out _)
        && e.TryGetProperty("type", out _) && e.TryGetProperty("properties", out _);

    private static SortedDictionary<string, object?> ReadMap(JsonElement element, Func<JsonElement, object?> read)
    {
        var map = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = read(property.Value);
        }

        return map;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
