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

        using var command = context.Connection.Command(
            """
            SELECT other.entity_id, other.article_id
            FROM mentions own JOIN mentions other ON other.article_id = own.article_id
            WHERE own.entity_id IN (SELECT value FROM json_each(@ids)) AND other.entity_id NOT IN (SELECT value FROM json_each(@ids))
            """).With("@ids", CommandExtensions.JsonList(centers));
        var shared = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetString(0);
                if (!shared.TryGetValue(id, out var articles))
                {
                    shared[id] = articles = new SortedSet<string>(StringComparer.Ordinal);
                }

                articles.Add(reader.GetString(1));
            }
        }

        var entities = await context.EntitiesByIdAsync(shared.Keys, cancellationToken);
        var rows = shared.Select(s => (Entity: entities[s.Key], Articles: s.Value))
            .OrderByDescending(r => r.Articles.Count).ThenBy(r => r.Entity.Name, StringComparer.Ordinal).ThenBy(r => r.Entity.Id, StringComparer.Ordinal)
            .Take(context.Limit).ToList();
        var graph = await context.Loader.SubgraphAsync(rows.Select(r => r.Entity.Id), Array.Empty<string>(), cancellationToken);
        return context.Result(Columns, rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Entity.Name, r.Entity.Label, (long)r.Articles.Count, Values.List(r.Articles),
        ]), graph);
    }
}
