using GraphExplorer.Core.Model;
using GraphExplorer.Storage.Sqlite.Schema;

namespace GraphExplorer.Storage.Sqlite.Queries;

/// <summary>agreements: each Agreement with its signatories, parties, subjects, earliest date and evidence.</summary>
internal sealed class AgreementsQuery : ISqliteQuery
{
    private static readonly string[] Columns = ["agreement", "signatories", "parties", "concerns", "date", "articles", "sentences"];

    public string Name => "agreements";

    public async Task<QueryResult> RunAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var named = await context.ResolveOptionalAsync("agreement", cancellationToken);
        using var select = context.Connection.Command(
            "SELECT id FROM entities WHERE label = 'Agreement' AND (@ids IS NULL OR id IN (SELECT value FROM json_each(@ids)))")
            .With("@ids", named is null ? null : CommandExtensions.JsonList(named));
        var agreements = (await context.EntitiesByIdAsync(await select.ReadStringsAsync(cancellationToken), cancellationToken)).Values
            .OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal).Take(context.Limit).ToList();

        var keys = await context.KeysAsync(
            "r.type IN ('SIGNED', 'PARTY_TO', 'CONCERNS') AND (r.source_id IN (SELECT value FROM json_each(@ids)) OR r.target_id IN (SELECT value FROM json_each(@ids)))",
            cancellationToken,
            ("@ids", CommandExtensions.JsonList(agreements.Select(a => a.Id))));
        var relationships = await context.Loader.RelationshipsAsync(keys, cancellationToken);
        var names = await context.EntitiesByIdAsync(relationships.SelectMany(r => new[] { r.SourceId, r.TargetId }), cancellationToken);

        var rows = new List<IReadOnlyList<object?>>();
        foreach (var agreement in agreements)
        {
            var own = relationships.Where(r => r.SourceId == agreement.Id || r.TargetId == agreement.Id).ToList();
            var evidence = own.SelectMany(r => r.Evidence).DistinctBy(e => (e.ArticleId, e.Start, e.Sentence))
                .OrderBy(e => e.ArticleId, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.Sentence, StringComparer.Ordinal);
            rows.Add(
            [
                agreement.Name,
                NamesOf(own, names, r => r.Type == "SIGNED" && r.TargetId == agreement.Id, r => r.SourceId),
                NamesOf(own, names, r => r.Type == "PARTY_TO" && r.TargetId == agreement.Id, r => r.SourceId),
                NamesOf(own, names, r => r.Type == "CONCERNS" && r.SourceId == agreement.Id, r => r.TargetId),
                Values.Date(own.Where(r => r.Date is not null).Select(r => r.Date).Min()),
                Values.List(own.SelectMany(r => r.Evidence).Select(e => e.ArticleId).Distinct().Order(StringComparer.Ordinal)),
                Values.List(evidence.Select(e => e.Sentence)),
            ]);
        }

        var graph = await context.Loader.SubgraphAsync(agreements.Select(a => a.Id), relationships, cancellationToken);
        return context.Result(Columns, rows, graph);
    }

    private static IReadOnlyList<object?> NamesOf(List<Relationship> relationships, Dictionary<string, Entity> names, Func<Relationship, bool> which, Func<Relationship, string> end) =>
        Values.List(relationships.Where(which).Select(r => names[end(r)].Name).Order(StringComparer.Ordinal));
}
