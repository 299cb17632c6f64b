using GraphExplorer.Storage.Sqlite.Schema;

namespace GraphExplorer.Storage.Sqlite.Queries;

/// <summary>article: the entities one article mentions (one row each, with the number of facts it states from them) and its facts.</summary>
internal sealed class ArticleQuery : ISqliteQuery
{
    private static readonly string[] Columns = ["label", "name", "id", "facts"];

    public string Name => "article";

    public async Task<QueryResult> RunAsync(QueryContext context, CancellationToken cancellationToken)
    {
        var articleId = context.Arguments.GetString("article")!;
        using var mentioned = context.Connection.Command("SELECT entity_id FROM mentions WHERE article_id = @article").With("@article", articleId);
        var entities = await context.Loader.EntitiesAsync(await mentioned.ReadStringsAsync(cancellationToken), cancellationToken);
        if (entities.Count == 0)
        {
            return context.Empty(Columns);
        }

        using var stated = context.Connection.Command("SELECT relationship_key FROM assertions WHERE article_id = @article").With("@article", articleId);
        var relationships = await context.Loader.RelationshipsAsync(await stated.ReadStringsAsync(cancellationToken), cancellationToken);
        var rows = entities
            .OrderBy(e => e.Label, StringComparer.Ordinal).ThenBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => (IReadOnlyList<object?>)[e.Label, e.Name, e.Id, (long)relationships.Count(r => r.SourceId == e.Id)]);
        var graph = await context.Loader.SubgraphAsync(entities.Select(e => e.Id), relationships, cancellationToken, [articleId]);
        return context.Result(Columns, rows, graph);
    }
}
