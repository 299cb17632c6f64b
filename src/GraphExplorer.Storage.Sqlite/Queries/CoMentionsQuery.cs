using GraphExplorer.Storage.Sqlite.Schema;

namespace GraphExplorer.Storage.Sqlite.Queries;

/// <summary>co-mentions: entities mentioned in the same articles as the entity, weighted by the number of shared articles.</summary>
internal sealed class CoMentionsQuery : ISqliteQuery
{
    private static readonly string[] Columns = ["name", "label", "shared", "articles"];

    public string Name => "co-mentions";

    public async Task<QueryResult> RunAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var centers = await context.ResolveAsync(context.Arguments.GetString("entity")!, cancellationToken);
        if (centers.Count == 0)
        {
            return context.Empty(Columns);
        }

        // rank in SQL (BINARY order of UTF-8 names equals ordinal order outside the surrogate range), then fetch the few winners
        using var command = context.Connection.Command(
            """
            WITH shared AS (
                SELECT other.entity_id AS id, count(DISTINCT other.article_id) AS articles
                FROM mentions own JOIN mentions other ON other.article_id = own.article_id
                WHERE own.entity_id IN (SELECT value FROM json_each(@ids)) AND other.entity_id NOT IN (SELECT value FROM json_each(@ids))
                GROUP BY other.entity_id)
            SELECT s.id, s.articles,
                   (SELECT json_group_array(article_id) FROM (SELECT DISTINCT m.article_id FROM mentions m JOIN mentions c ON c.article_id = m.article_id
                        WHERE m.entity_id = s.id AND c.entity_id IN (SELECT value FROM json_each(@ids)) ORDER BY m.article_id))
            FROM shared s JOIN entities e ON e.id = s.id
            ORDER BY s.articles DESC, e.name, e.id
            LIMIT @limit
            """).With("@ids", CommandExtensions.JsonList(centers)).With("@limit", context.Limit);
        var ranked = new List<(string Id, long Shared, List<string> Articles)>();
        using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ranked.Add((reader.GetString(0), reader.GetInt64(1), CommandExtensions.ParseJsonList(reader.GetString(2))));
            }
        }

        var entities = await context.EntitiesByIdAsync(ranked.Select(r => r.Id), cancellationToken);
        var rows = ranked.Select(r => (Entity: entities[r.Id], Articles: r.Articles)).ToList();
        var graph = await context.Loader.SubgraphAsync(rows.Select(r => r.Entity.Id), Array.Empty<string>(), cancellationToken);
        return context.Result(Columns, rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Entity.Name, r.Entity.Label, (long)r.Articles.Count, Values.List(r.Articles.Order(StringComparer.Ordinal)),
        ]), graph);
    }
}
