using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace GraphExplorer.Storage.Neo4j.QueryApi;

/// <summary>Writes Query API request bodies: <c>{"statement", "parameters", "includeCounters", "maxExecutionTime"}</c>.</summary>
internal static class RequestJson
{
    /// <summary>
    /// The body for one statement; dates become <c>yyyy-MM-dd</c> strings, lists arrays, maps objects.
    /// <paramref name="maxExecutionSeconds"/> is the server-side timeout of a transaction being opened.
    /// </summary>
    public static byte[] Statement(Statement statement, int? maxExecutionSeconds = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement.Text);
            if (statement.Parameters is { Count: > 0 } parameters)
            {
                writer.WritePropertyName("parameters");
                WriteMap(writer, parameters);
            }

            writer.WriteBoolean("includeCounters", true);
            if (maxExecutionSeconds is { } seconds)
            {
                writer.WriteNumber("maxExecutionTime", seconds);
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>An empty JSON object, for a commit without a statement.</summary>
    public static byte[] Empty() => "{}"u8.ToArray();

    private static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in map)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value, key);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, string name)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long or short or byte:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double number:
                WriteFloat(writer, number, name);
                break;
            case float number:
                WriteFloat(writer, number, name);
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteMap(writer, map);
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item, name);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"Parameter '{name}' has a value of type {value.GetType().Name}, which cannot be sent to Neo4j.", name);
        }
    }

    private static void WriteFloat(Utf8JsonWriter writer, double number, string name)
    {
        if (!double.IsFinite(number))
        {
            throw new ArgumentException($"Parameter '{name}' is {number}; JSON cannot carry it.", name);
        }

        // A whole double still has to arrive as a Cypher Float, so keep a decimal point.
        if (number == Math.Floor(number) && Math.Abs(number) < 1e15)
        {
            writer.WriteRawValue(number.ToString("0.0", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNumberValue(number);
        }
    }
}
