using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Schema;

/// <summary>Small helpers for parameterized commands; values always travel as parameters.</summary>
internal static class CommandExtensions
{
    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static SqliteCommand With(this SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    /// <summary>Sets an existing parameter of a prepared command.</summary>
    public static void Set(this SqliteCommand command, string name, object? value) => command.Parameters[name].Value = value ?? DBNull.Value;

    public static async Task<List<string>> ReadStringsAsync(this SqliteCommand command, CancellationToken cancellationToken)
    {
        var values = new List<string>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    public static string? GetNullableString(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>A JSON array of strings, for <c>json_each(@ids)</c> set parameters.</summary>
    public static string JsonList(IEnumerable<string> values)
    {
        // written by hand so the store also runs where reflection-based serialization is off (trimmed or AOT hosts);
        // into a growing buffer decoded once (a traversal's frontier lists hundreds of ids)
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads a JSON array of strings (from <c>json_group_array</c>).</summary>
    public static List<string> ParseJsonList(string json)
    {
        if (json == "[]")
        {
            return []; // most entities have no alias: no parser for those
        }

        using var document = System.Text.Json.JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(e => e.GetString() ?? "")];
    }
}
