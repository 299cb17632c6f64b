using GraphExplorer.Core.Model;

namespace GraphExplorer.Storage.Sqlite.Queries;

/// <summary>One row per relationship: source name, type, target name, confidence, key; ordered by those, limited.</summary>
internal static class EdgeRows
{
    public static async Task<QueryResult> BuildAsync(QueryContext context, IReadOnlyList<string> columns, IReadOnlyList<Relationship> relationships, CancellationToken cancellationToken)
    {
        var names = await context.EntitiesByIdAsync(relationships.SelectMany(r => new[] { r.SourceId, r.TargetId }), cancellationToken);
        var rows = relationships
            .Select(r => (Relationship: r, Source: names[r.SourceId].Name, Target: names[r.TargetId].Name))
            .OrderBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Relationship.Type, StringComparer.Ordinal)
            .ThenBy(r => r.Target, StringComparer.Ordinal).ThenBy(r => r.Relationship.Key, StringComparer.Ordinal)
            .Take(context.Limit)
            .ToList();
        var graph = await context.Loader.SubgraphAsync(rows.Select(r => r.Relationship).ToList(), names, cancellationToken);
        return context.Result(
            columns,
            rows.Select(r => (IReadOnlyList<object?>)[r.Source, r.Relationship.Type, r.Target, Values.Round(r.Relationship.Confidence), r.Relationship.Key]),
            graph);
    }
}
