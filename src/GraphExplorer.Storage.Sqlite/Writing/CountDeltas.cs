
namespace GraphExplorer.Storage.Sqlite.Writing;

/// <summary>
/// Changes to one of the count tables (<c>entity_name_counts</c>, <c>entity_alias_counts</c>: how many articles give an
/// entity a name or an alias) that the writer has made in memory and not yet written: each article's saves add and take
/// away one per row of <c>mentions</c> or <c>entity_aliases</c> it inserts or deletes, and a batch writes the sum, one
/// upsert per distinct (entity, value), when it commits (<see cref="Flush"/>), or for some entities earlier, when
/// their rows are about to be read. News repeats its actors, so a batch of articles mostly adds to the same few rows.
/// A save taken back takes the whole transaction back, and these with it (the batch's writer is made anew: see
/// <see cref="SqliteArticleBatch"/>).
/// </summary>
internal sealed class CountDeltas(string table, string column)
{
    private readonly Dictionary<string, Dictionary<string, int>> pending = new(StringComparer.Ordinal);
    private readonly string upsertSql =
        $"INSERT INTO {table} (entity_id, {column}, articles) VALUES (?1, ?2, ?3) "
        + $"ON CONFLICT (entity_id, {column}) DO UPDATE SET articles = articles + excluded.articles";

    private readonly string lowerSql = $"UPDATE {table} SET articles = articles + ?3 WHERE entity_id = ?1 AND {column} = ?2";

    private readonly string deleteSql = $"DELETE FROM {table} WHERE entity_id = ?1 AND {column} = ?2 AND articles <= 0";

    /// <summary>Adds <paramref name="delta"/> articles to the count of (<paramref name="entity"/>, <paramref name="value"/>).</summary>
    public void Add(string entity, string value, int delta)
    {
        if (delta == 0)
        {
            return;
        }

        Change(entity, value, delta);
    }

    /// <summary>Writes the changes of <paramref name="entities"/> (all of them when null) into the table.</summary>
    public void Flush(ArticleWriter writer, IEnumerable<string>? entities)
    {
        if (pending.Count == 0)
        {
            return;
        }

        List<string> ids = entities is null ? [.. pending.Keys] : [.. entities.Where(pending.ContainsKey)];
        if (ids.Count == 0)
        {
            return;
        }

        var raise = writer.Statement(upsertSql);
        var lower = writer.Statement(lowerSql);
        var delete = writer.Statement(deleteSql);
        foreach (var id in ids)
        {
            var values = pending[id];
            pending.Remove(id);
            foreach (var (value, delta) in values)
            {
                if (delta == 0)
                {
                    continue;
                }

                var statement = delta > 0 ? raise : lower;
                statement.Text(1, id);
                statement.Text(2, value);
                statement.Integer(3, delta);
                statement.Execute();
                if (delta < 0)
                {
                    delete.Text(1, id);
                    delete.Text(2, value);
                    delete.Execute();
                }
            }
        }
    }

    private void Change(string entity, string value, int delta)
    {
        if (!pending.TryGetValue(entity, out var values))
        {
            pending[entity] = values = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        values[value] = values.GetValueOrDefault(value) + delta;
    }
}
