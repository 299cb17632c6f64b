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
/// <remarks>
/// With <c>identityKeys</c> (<see cref="IEntityIdentityKeys"/>), entities also carry their identity keys
/// (<c>identityKeyText</c>, text index <c>entity_identity_keys</c>) and a <c>:StoreFormat {identityKeys}</c> node names
/// the rules they were made by: <see cref="InitializeAsync"/> makes them again when it names others or none (a store
/// from before they existed), or when an entity of a label with keys has none (written by a store without rules, which
/// sets them to null), and <see cref="FindCandidatesAsync"/> uses them once they are made.
/// </remarks>
internal sealed class Neo4jArticleStore(QueryApiClient client, IOptions<Neo4jOptions> options, ILogger<Neo4jArticleStore>? logger = null, IEntityIdentityKeys? identityKeys = null) : IArticleStore
{
    private const string ForgetIdentityRules = "MATCH (f:StoreFormat) WHERE f.identityKeys IS NOT NULL DELETE f";

    private readonly ResiliencePipeline retry = TransactionRetry.Create(options.Value);
    private readonly ILogger logger = logger ?? NullLogger<Neo4jArticleStore>.Instance;

    /// <summary>Whether the stored identity keys were made by <c>identityKeys</c> (learnt at <see cref="InitializeAsync"/>).</summary>
    private volatile bool identityKeysMade;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        foreach (var statement in SchemaScript.Statements(QueryCatalog.ReadCypherResource("schema.cypher")))
        {
            await client.RunAsync(new Statement(statement), cancellationToken);
        }

        if (identityKeys is not null)
        {
            await MakeIdentityKeysAsync(identityKeys, cancellationToken);
            identityKeysMade = true;
        }
    }

    /// <summary>Makes the identity keys of every entity of a label that has them, unless they were made by these rules.</summary>
    private async Task MakeIdentityKeysAsync(IEntityIdentityKeys rules, CancellationToken cancellationToken)
    {
        // made by these rules, and no entity of a label with keys written since without them (its identityKeyText null)
        var labels = rules.KeyedLabels;
        var made = await client.RunAsync(
            new Statement(
                """
                OPTIONAL MATCH (f:StoreFormat {identityKeys: $version}) WITH count(f) AS made
                RETURN made > 0 AND NOT EXISTS { MATCH (e:Entity) WHERE e.identityKeyText IS NULL AND any(label IN labels(e) WHERE label IN $labels) } AS made
                """,
                Parameters(("version", rules.Version), ("labels", labels))),
            cancellationToken);
        if (made.Single("made") is true)
        {
            return;
        }

        var entities = await client.RunAsync(
            new Statement(
                "MATCH (e:Entity) WHERE any(label IN labels(e) WHERE label IN $labels) RETURN e.id AS id, [label IN labels(e) WHERE label IN $labels][0] AS label, e.name AS name, e.aliases AS aliases",
                Parameters(("labels", labels))),
            cancellationToken);
        var rows = entities.Rows.Select(row =>
        {
            var label = (string)entities.Value(row, "label")!;
            var names = (entities.Value(row, "aliases") as IReadOnlyList<object?> ?? []).OfType<string>().Prepend(entities.Value(row, "name") as string ?? "");
            var keys = rules.KeysOfEntity(label, names);
            return Row(("id", entities.Value(row, "id")), ("text", EntityWrite.KeyText(keys) ?? EntityWrite.NoKeys));
        }).ToList();
        var (transaction, _) = await client.BeginAsync(new Statement(ForgetIdentityRules), cancellationToken);
        await using (transaction)
        {
            foreach (var chunk in rows.Chunk(10_000))
            {
                await transaction.RunAsync(
                    new Statement("UNWIND $rows AS row MATCH (e:Entity {id: row.id}) SET e.identityKeyText = row.text", Parameters(("rows", chunk))), cancellationToken);
            }

            await transaction.CommitAsync(new Statement("CREATE (:StoreFormat {identityKeys: $version})", Parameters(("version", rules.Version))), cancellationToken);
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

    /// <inheritdoc />
    /// <remarks>
    /// The entities of a label with identity keys are those sharing an identity key with the article's entities of that
    /// label (a seek in the text index <c>entity_identity_keys</c> per key), or one of their ids, and a lookup key with
    /// the article's entities: the resolver matches nothing else among every entity found by name.
    /// </remarks>
    public async Task<IReadOnlyList<Entity>> FindCandidatesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken = default)
    {
        var nameKeys = IArticleBatch.LookupKeysOf(entities);
        if (identityKeys is null || !identityKeysMade)
        {
            return await FindEntitiesByNameKeysAsync(nameKeys, cancellationToken);
        }

        if (nameKeys.Count == 0)
        {
            return [];
        }

        var keyed = entities.Where(e => identityKeys.HasKeys(e.Label)).ToList();
        var wanted = keyed.SelectMany(e => identityKeys.KeysOfEntity(e.Label, e.AllNames)).Distinct().Order(StringComparer.Ordinal).ToList();
        const string cypher = """
            CALL () {
              UNWIND $keys AS key MATCH (e:Entity) WHERE e.nameKeyText CONTAINS ',' + key + ',' AND none(label IN labels(e) WHERE label IN $labels) RETURN e
              UNION
              UNWIND $identities AS key MATCH (e:Entity) WHERE e.identityKeyText CONTAINS ',' + key + ',' AND any(k IN e.nameKeys WHERE k IN $keys) RETURN e
              UNION
              UNWIND $ids AS id MATCH (e:Entity {id: id}) WHERE any(k IN e.nameKeys WHERE k IN $keys) RETURN e
            }
            WITH DISTINCT e RETURN e ORDER BY e.id
            """;
        var result = await client.RunAsync(
            new Statement(cypher, Parameters(
                ("keys", nameKeys.Order(StringComparer.Ordinal).ToList()),
                ("labels", identityKeys.KeyedLabels),
                ("identities", wanted),
                ("ids", keyed.Select(e => e.Id).Distinct().ToList()))),
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

    private async Task WriteAsync(QueryApiTransaction transaction, Article article, ArticleWritePlan plan, CancellationToken cancellationToken)
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
            var rows = group.Select(e => e.ToRow(identityKeys)).ToList();
            await transaction.RunAsync(new Statement(WriteStatements.WriteEntities(group.Key), Parameters(("rows", rows))), cancellationToken);
        }

        if (plan.Refreshed.Count > 0)
        {
            var rows = plan.Refreshed.Select(e => e.ToRow(identityKeys)).ToList();
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
