using System.Globalization;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Neo4j.QueryApi;
using GraphExplorer.Storage.Neo4j.Reading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace GraphExplorer.Storage.Neo4j.Writing;

/// <summary>
/// The write side on Neo4j. <see cref="SaveArticleAsync"/> is one explicit transaction: lock and read what the
/// article touches, compute the facts' new aggregates and the aliases (<see cref="ArticleWritePlan"/>), write them with
/// batched UNWIND/MERGE statements, commit. Any failure rolls back and throws; a transient one retries the whole
/// transaction, which is idempotent.
/// </summary>
internal sealed class Neo4jArticleStore(QueryApiClient client, IOptions<Neo4jOptions> options, ILogger<Neo4jArticleStore>? logger = null) : IArticleStore
{
    private readonly ResiliencePipeline retry = TransactionRetry.Create(options.Value);
    private readonly ILogger logger = logger ?? NullLogger<Neo4jArticleStore>.Instance;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        foreach (var statement in SchemaScript.Statements(QueryCatalog.ReadCypherResource("schema.cypher")))
        {
            await client.RunAsync(new Statement(statement), cancellationToken);
        }
    }

    public async Task<string?> GetContentHashAsync(string articleId, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(new Statement("MATCH (a:Article {id: $id}) RETURN a.contentHash AS hash", Parameters(("id", articleId))), cancellationToken);
        return result.Single("hash") as string;
    }

    public async Task<IReadOnlyList<Entity>> FindEntitiesByNameKeysAsync(IReadOnlyCollection<string> nameKeys, CancellationToken cancellationToken = default)
    {
        if (nameKeys.Count == 0)
        {
            return [];
        }

        // nameKeys holds NameKey.LookupKeys of the name and aliases, computed in C# because Cypher cannot fold accents the
        // same way; nameKeyText holds them between commas, so each key is a seek in its text index (EntityWrite.KeyText).
        var result = await client.RunAsync(
            new Statement(
                "UNWIND $keys AS key MATCH (e:Entity) WHERE e.nameKeyText CONTAINS ',' + key + ',' WITH DISTINCT e RETURN e ORDER BY e.id",
                Parameters(("keys", nameKeys.Distinct().ToList()))),
            cancellationToken);
        return [.. result.Rows.Select(row => row[0]).OfType<GraphNode>().Select(GraphMapping.ToEntity).OfType<Entity>()];
    }

    public async Task SaveArticleAsync(ArticleGraph graph, CancellationToken cancellationToken = default)
    {
        ArticleGraphValidator.Validate(graph);
        await retry.ExecuteAsync(async token => await SaveOnceAsync(graph, token), cancellationToken);
    }

    public async Task RecordFailureAsync(IngestFailure failure, CancellationToken cancellationToken = default)
    {
        const string cypher = "MERGE (f:IngestFailure {source: $source}) SET f.reason = $reason, f.at = datetime($at)";
        await client.RunAsync(
            new Statement(cypher, Parameters(("source", failure.Source), ("reason", failure.Reason), ("at", failure.At.ToString("O", CultureInfo.InvariantCulture)))),
            cancellationToken);
    }

    private async Task SaveOnceAsync(ArticleGraph graph, CancellationToken cancellationToken)
    {
        var articleId = graph.Article.Id;
        var incomingIds = graph.Entities.Select(e => e.Id).Distinct().Order(StringComparer.Ordinal).ToList();
        var (transaction, entityRows) = await client.BeginAsync(
            new Statement(WriteStatements.LockAndReadEntities, Parameters(("ids", incomingIds), ("articleId", articleId))),
            cancellationToken);
        await using (transaction)
        {
            try
            {
                var plan = await PlanAsync(transaction, graph, entityRows, cancellationToken);
                await WriteAsync(transaction, graph.Article, plan, cancellationToken);
                await transaction.CommitAsync(new Statement(WriteStatements.DeleteOrphans, Parameters(("ids", plan.Orphans))), cancellationToken);
            }
            catch (Exception exception)
            {
                logger.LogWarning("Saving article {ArticleId} to Neo4j failed ({Error}); rolling back.", articleId, exception.Message);
                await transaction.RollbackAsync();
                throw;
            }
        }
    }

    private static async Task<ArticleWritePlan> PlanAsync(QueryApiTransaction transaction, ArticleGraph graph, StatementResult entityRows, CancellationToken cancellationToken)
    {
        var touched = new List<TouchedEntity>();
        var previous = new List<string>();
        foreach (var row in entityRows.Rows)
        {
            var id = (string)entityRows.Value(row, "id")!;
            var aliases = entityRows.Value(row, "aliases") is IReadOnlyList<object?> lists
                ? lists.OfType<IReadOnlyList<object?>>().SelectMany(l => l.OfType<string>()).ToList()
                : [];
            var names = entityRows.Value(row, "names") is IReadOnlyList<object?> named ? named.OfType<string>().ToList() : [];
            touched.Add(new TouchedEntity(id, entityRows.Value(row, "name") as string ?? "", aliases, entityRows.Value(row, "others") as long? ?? 0) { OtherNames = names, Label = entityRows.Value(row, "label") as string ?? "" });
            if (entityRows.Value(row, "previous") is true)
            {
                previous.Add(id);
            }
        }

        var keys = graph.Relationships.Select(r => r.Canonical().Key).Distinct().ToList();
        var factRows = await transaction.RunAsync(
            new Statement(WriteStatements.ReadTouchedFacts, Parameters(("articleId", graph.Article.Id), ("keys", keys))),
            cancellationToken);
        var facts = new List<TouchedFact>();
        foreach (var row in factRows.Rows)
        {
            var properties = factRows.Value(row, "properties") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
            facts.Add(new TouchedFact(
                (string)factRows.Value(row, "key")!,
                (string)factRows.Value(row, "type")!,
                (string)factRows.Value(row, "source")!,
                (string)factRows.Value(row, "target")!,
                FactAggregate.FromProperties(properties),
                factRows.Value(row, "previous") is IReadOnlyDictionary<string, object?> previousContribution ? FactContribution.FromProperties(previousContribution) : null));
        }

        var needOthers = facts.Where(f => f.NeedsOthers).Select(f => f.Key).ToList();
        if (needOthers.Count > 0)
        {
            var otherRows = await transaction.RunAsync(
                new Statement(WriteStatements.ReadOtherContributions, Parameters(("articleId", graph.Article.Id), ("keys", needOthers))),
                cancellationToken);
            var others = otherRows.Rows
                .Select(row => ((string)otherRows.Value(row, "key")!, FactContribution.FromProperties(otherRows.Value(row, "contribution") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>())))
                .ToLookup(pair => pair.Item1, pair => pair.Item2, StringComparer.Ordinal);
            facts = [.. facts.Select(f => f.NeedsOthers ? f with { Others = [.. others[f.Key]] } : f)];
        }

        return ArticleWritePlan.Create(graph, touched, previous, facts);
    }

    private static async Task WriteAsync(QueryApiTransaction transaction, Article article, ArticleWritePlan plan, CancellationToken cancellationToken)
    {
        await transaction.RunAsync(ArticleStatement(article), cancellationToken);
        if (article.Source is { } source)
        {
            // The file is stored now: earlier failures of the same file no longer describe it.
            await transaction.RunAsync(new Statement("MATCH (f:IngestFailure {source: $source}) DELETE f", Parameters(("source", source))), cancellationToken);
        }

        if (plan.Deleted.Count > 0)
        {
            var rows = plan.Deleted.Select(f => Row(("key", f.Key), ("source", f.SourceId), ("target", f.TargetId))).ToList();
            await transaction.RunAsync(new Statement(WriteStatements.DeleteFacts, Parameters(("rows", rows))), cancellationToken);
        }

        foreach (var group in plan.Entities.GroupBy(e => e.Label, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rows = group.Select(e => e.ToRow()).ToList();
            await transaction.RunAsync(new Statement(WriteStatements.WriteEntities(group.Key), Parameters(("rows", rows))), cancellationToken);
        }

        if (plan.Refreshed.Count > 0)
        {
            var rows = plan.Refreshed.Select(e => e.ToRow()).ToList();
            await transaction.RunAsync(new Statement(WriteStatements.RefreshEntities, Parameters(("rows", rows))), cancellationToken);
        }

        if (plan.Mentions.Count > 0)
        {
            var rows = plan.Mentions.Select(e => Row(("id", e.Id), ("name", e.Name), ("aliases", e.Aliases))).ToList();
            await transaction.RunAsync(new Statement(WriteStatements.WriteMentions, Parameters(("articleId", article.Id), ("rows", rows))), cancellationToken);
        }

        foreach (var group in plan.Facts.GroupBy(f => f.Type, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var (exists, statement) in new[] { (false, WriteStatements.CreateFacts(group.Key)), (true, WriteStatements.UpdateFacts(group.Key)) })
            {
                var facts = group.Where(f => f.Exists == exists).ToList();
                if (facts.Count > 0)
                {
                    await transaction.RunAsync(new Statement(statement, WriteStatements.FactColumns(facts)), cancellationToken);
                }
            }
        }
    }

    private static Statement ArticleStatement(Article article)
    {
        var properties = new Dictionary<string, object?> { ["id"] = article.Id, ["title"] = article.Title, ["contentHash"] = article.ContentHash };
        AddIfPresent(properties, "publisher", article.Publisher);
        AddIfPresent(properties, "author", article.Author);
        AddIfPresent(properties, "source", article.Source);
        return new Statement(WriteStatements.WriteArticle, Parameters(("articleId", article.Id), ("properties", properties), ("published", article.Published)));
    }

    private static void AddIfPresent(Dictionary<string, object?> properties, string name, string? value)
    {
        if (value is not null)
        {
            properties[name] = value;
        }
    }

    private static IReadOnlyDictionary<string, object?> Row(params (string Name, object? Value)[] values) => Parameters(values);

    internal static IReadOnlyDictionary<string, object?> Parameters(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
