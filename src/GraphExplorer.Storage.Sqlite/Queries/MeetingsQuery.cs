using GraphExplorer.Core.Model;

namespace GraphExplorer.Storage.Sqlite.Queries;

/// <summary>meetings: MET_WITH facts, optionally with one actor and within a date range; undated ones drop out when a range is set.</summary>
internal sealed class MeetingsQuery : ISqliteQuery
{
    private static readonly string[] Columns = ["participant", "metWith", "date", "place", "articles", "sentences"];

    public string Name => "meetings";

    public async Task<QueryResult> RunAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var actors = await context.ResolveOptionalAsync("actor", cancellationToken);
        if (actors is { Count: 0 })
        {
            return context.Empty(Columns);
        }

        var from = context.Arguments.GetDate("from");
        var to = context.Arguments.GetDate("to");
        var keys = actors is null
            ? await context.KeysAsync("r.type = 'MET_WITH'", cancellationToken)
            : await context.KeysAtAsync(actors, "MET_WITH", cancellationToken);
        var meetings = (await context.Loader.RelationshipsAsync(keys, cancellationToken))
            .Where(r => (from is null || r.Date >= from) && (to is null || r.Date <= to))
            .ToList();
        var entities = await context.EntitiesByIdAsync(meetings.SelectMany(Ends), cancellationToken);
        var rows = meetings
            .Select(r => (Relationship: r, A: entities[r.SourceId].Name, B: entities[r.TargetId].Name, Date: Values.Date(r.Date)))
            .OrderBy(r => r.Date, Comparer<string?>.Create(Values.CompareNullsLast)).ThenBy(r => r.A, StringComparer.Ordinal)
            .ThenBy(r => r.B, StringComparer.Ordinal).ThenBy(r => r.Relationship.Key, StringComparer.Ordinal)
            .Take(context.Limit).ToList();
        var graph = await context.Loader.SubgraphAsync(rows.Select(r => r.Relationship).ToList(), entities, cancellationToken);
        return context.Result(Columns, rows.Select(r => (IReadOnlyList<object?>)
        [
            r.A, r.B, r.Date, r.Relationship.PlaceId is { } place && entities.TryGetValue(place, out var p) ? p.Name : null,
            Values.List(r.Relationship.Evidence.Select(e => e.ArticleId)), Values.List(r.Relationship.Evidence.Select(e => e.Sentence)),
        ]), graph);
    }

    private static IEnumerable<string> Ends(Relationship r) => r.PlaceId is null ? [r.SourceId, r.TargetId] : [r.SourceId, r.TargetId, r.PlaceId];
}
