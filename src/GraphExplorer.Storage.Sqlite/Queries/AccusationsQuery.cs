namespace GraphExplorer.Storage.Sqlite.Queries;

/// <summary>accusations: ACCUSED facts, optionally filtered by accuser and accused, with allegation, date and evidence.</summary>
internal sealed class AccusationsQuery : ISqliteQuery
{
    private static readonly string[] Columns = ["accuser", "accused", "allegation", "date", "articles", "sentences"];

    public string Name => "accusations";

    public async Task<QueryResult> RunAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var accusers = await context.ResolveOptionalAsync("accuser", cancellationToken);
        var accused = await context.ResolveOptionalAsync("accused", cancellationToken);
        if (accusers is { Count: 0 } || accused is { Count: 0 })
        {
            return context.Empty(Columns);
        }

        // through the endpoint indexes when an end is named, else through the type index
        var named = accusers ?? accused;
        var keys = named is null
            ? await context.KeysAsync("r.type = 'ACCUSED'", cancellationToken)
            : await context.KeysAtAsync(named, "ACCUSED", cancellationToken);
        var facts = (await context.Loader.RelationshipsAsync(keys, cancellationToken))
            .Where(r => (accusers is null || accusers.Contains(r.SourceId)) && (accused is null || accused.Contains(r.TargetId)))
            .ToList();
        var entities = await context.EntitiesByIdAsync(facts.SelectMany(r => new[] { r.SourceId, r.TargetId }), cancellationToken);
        var rows = facts
            .Select(r => (Relationship: r, Accuser: entities[r.SourceId].Name, Accused: entities[r.TargetId].Name))
            .OrderBy(r => r.Accuser, StringComparer.Ordinal).ThenBy(r => r.Accused, StringComparer.Ordinal).ThenBy(r => r.Relationship.Key, StringComparer.Ordinal)
            .Take(context.Limit).ToList();
        var graph = await context.Loader.SubgraphAsync(rows.Select(r => r.Relationship).ToList(), entities, cancellationToken);
        return context.Result(Columns, rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Accuser, r.Accused, r.Relationship.Allegation, Values.Date(r.Relationship.Date),
            Values.List(r.Relationship.Evidence.Select(e => e.ArticleId)), Values.List(r.Relationship.Evidence.Select(e => e.Sentence)),
        ]), graph);
    }
}
