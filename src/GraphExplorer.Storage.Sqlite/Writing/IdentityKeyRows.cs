using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Writing;

/// <summary>
/// The rows of <c>entity_identity_keys</c> (<see cref="IEntityIdentityKeys"/>) and the rules they were made by
/// (<c>entity_identity_rules</c>): a store opened with other rules, or written without any, makes them again at its next
/// start with rules, and until then finds entities by name alone.
/// </summary>
internal static class IdentityKeyRows
{
    /// <summary>Whether the rows were made by <paramref name="rules"/> (false without rules).</summary>
    public static async Task<bool> MadeByAsync(SqliteConnection connection, SqliteTransaction? transaction, IEntityIdentityKeys? rules, CancellationToken cancellationToken)
    {
        if (rules is null)
        {
            return false;
        }

        using var command = connection.Command("SELECT version FROM entity_identity_rules", transaction);
        return await command.ExecuteScalarAsync(cancellationToken) as string == rules.Version;
    }

    /// <summary>Forgets the rules the rows were made by: written without rules, they may be missing keys.</summary>
    public static async Task ForgetRulesAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        using var command = connection.Command("DELETE FROM entity_identity_rules", transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Makes the keys of every entity by <paramref name="rules"/> unless they were made by them, in the caller's write
    /// transaction; returns whether it made them.
    /// </summary>
    public static async Task<bool> RebuildAsync(SqliteConnection connection, SqliteTransaction transaction, IEntityIdentityKeys rules, CancellationToken cancellationToken)
    {
        if (await MadeByAsync(connection, transaction, rules, cancellationToken))
        {
            return false;
        }

        var keyed = rules.KeyedLabels;
        var names = new Dictionary<string, (string Label, List<string> Names)>(StringComparer.Ordinal);
        using (var read = connection.Command(
            """
            SELECT e.id, e.label, e.name, a.alias FROM entities e LEFT JOIN entity_alias_counts a ON a.entity_id = e.id
            WHERE e.label IN (SELECT value FROM json_each(@labels))
            """,
            transaction).With("@labels", CommandExtensions.JsonList(keyed)))
        using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetString(0);
                if (!names.TryGetValue(id, out var entry))
                {
                    names[id] = entry = (reader.GetString(1), [reader.GetString(2)]);
                }

                if (!reader.IsDBNull(3))
                {
                    entry.Names.Add(reader.GetString(3));
                }
            }
        }

        using (var clear = connection.Command("DELETE FROM entity_identity_keys; DELETE FROM entity_identity_rules;", transaction))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        using (var insert = connection.Command("INSERT OR IGNORE INTO entity_identity_keys (identity_key, entity_id) VALUES (@key, @id)", transaction)
            .With("@key", null).With("@id", null))
        {
            foreach (var (id, (label, entityNames)) in names)
            {
                insert.Set("@id", id);
                foreach (var key in rules.KeysOfEntity(label, entityNames))
                {
                    insert.Set("@key", key);
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }
            }
        }

        using (var made = connection.Command("INSERT INTO entity_identity_rules (version) VALUES (@version)", transaction).With("@version", rules.Version))
        {
            await made.ExecuteNonQueryAsync(cancellationToken);
        }

        return true;
    }
}
