using GraphExplorer.Core.Model;

namespace GraphExplorer.Storage.Sqlite.Queries;

/// <summary>
/// timeline: the dated fact edges at an entity, optionally within a date range, in date order; each date says whether
/// the text states it or it is the date the fact was reported.
/// </summary>
internal sealed class TimelineQuery : ISqliteQuery
{
    private static readonly string[] Columns = ["date", "dateKind", "type", "source", "target", "sentences"];

    public string Name => "timeline";

    public async Task<QueryResult> RunAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var ids = await context.ResolveAsync(context.Arguments.GetString("entity")!, cancellationToken);
        if (ids.Count == 0)
        {
            return context.Empty(Columns);
        }

        var from = context.Arguments.GetDate("from");
        var to = context.Arguments.GetDate("to");
        var keys = await context.KeysAtAsync(ids, null, cancellationToken);
        var facts = (await context.Loader.RelationshipsAsync(keys, cancellationToken))
            .Where(r => r.Date is { } date && (from is null || date >= from) && (to is null || date <= to)).ToList();
        var entities = await context.EntitiesByIdAsync(facts.SelectMany(r => new[] { r.SourceId, r.TargetId }), cancellationToken);
        var rows = facts
            .Select(r => (Relationship: r, Date: Values.Date(r.Date)!, Source: entities[r.SourceId].Name, Target: entities[r.TargetId].Name))
            .OrderBy(r => r.Date, StringComparer.Ordinal).ThenBy(r => r.Relationship.Type, StringComparer.Ordinal)
            .ThenBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Target, StringComparer.Ordinal).ThenBy(r => r.Relationship.Key, StringComparer.Ordinal)
            .Take(context.Limit).ToList();
        var graph = await context.Loader.SubgraphAsync(rows.Select(r => r.Relationship).ToList(), entities, cancellationToken);
        return context.Result(Columns, rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Date, r.Relationship.DateKind.Name(), r.Relationship.Type, r.Source, r.Target, Values.List(r.Relationship.Evidence.Select(e => e.Sentence)),
        ]), graph);
    }
}
