using GraphExplorer.Core.Model;
using GraphExplorer.Storage.Neo4j.Writing;

namespace GraphExplorer.Storage.Neo4j.Bulk;

/// <summary>
/// What the Neo4j store holds after saving articles one by one, computed in memory: the same
/// <see cref="ArticleWritePlan"/> decides every write, fed from this image instead of from the server, so a bulk
/// load (see <see cref="AdminImport"/>) gives exactly the store that <see cref="Neo4jArticleStore.SaveArticleAsync"/>
/// would have built.
/// </summary>
internal sealed class StoreImage
{
    private readonly Dictionary<string, StoredEntity> entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Article> articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Entity>> mentions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredFact> facts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> factsByArticle = new(StringComparer.Ordinal);

    /// <summary>Entities by id, as the store holds them.</summary>
    public IEnumerable<StoredEntity> Entities => entities.Values;

    /// <summary>Articles by id.</summary>
    public IEnumerable<Article> Articles => articles.Values;

    /// <summary>Each article's MENTIONS: the entities with the name and aliases that article used.</summary>
    public IEnumerable<(string ArticleId, Entity Mention)> Mentions => mentions.SelectMany(m => m.Value.Select(e => (m.Key, e)));

    /// <summary>Facts, aggregated over their contributions.</summary>
    public IEnumerable<StoredFact> Facts => facts.Values;

    /// <summary>Replaces one article's contribution, as one save transaction does.</summary>
    public void Save(ArticleGraph graph)
    {
        ArticleGraphValidator.Validate(graph);
        var articleId = graph.Article.Id;
        var previous = mentions.TryGetValue(articleId, out var before) ? before.Select(e => e.Id).ToList() : [];
        var touchedIds = graph.Entities.Select(e => e.Id).Concat(previous).Distinct(StringComparer.Ordinal);
        var touchedEntities = touchedIds.Select(id => Touched(id, articleId)).ToList();
        var touchedKeys = factsByArticle.GetValueOrDefault(articleId, []).Concat(graph.Relationships.Select(r => r.Canonical().Key));
        var touchedFacts = touchedKeys.Distinct(StringComparer.Ordinal)
            .Where(facts.ContainsKey)
            .Select(key => facts[key])
            .Select(f => new TouchedFact(f.Fact.Key, f.Fact.Type, f.Fact.SourceId, f.Fact.TargetId, f.Contributions))
            .ToList();

        Apply(graph.Article, ArticleWritePlan.Create(graph, touchedEntities, previous, touchedFacts));
    }

    private TouchedEntity Touched(string id, string articleId)
    {
        if (!entities.TryGetValue(id, out var stored))
        {
            return new TouchedEntity(id, "", [], 0);
        }

        var others = stored.AliasesByArticle.Where(a => a.Key != articleId).ToList();
        return new TouchedEntity(id, stored.Name, [.. others.SelectMany(a => a.Value)], others.Count)
        {
            OtherNames = [.. stored.NameByArticle.Where(n => n.Key != articleId).Select(n => n.Value)],
            Label = stored.Label,
        };
    }

    private void Apply(Article article, ArticleWritePlan plan)
    {
        articles[article.Id] = article;
        foreach (var id in mentions.GetValueOrDefault(article.Id, []).Select(e => e.Id))
        {
            entities[id].AliasesByArticle.Remove(article.Id);
            entities[id].NameByArticle.Remove(article.Id);
        }

        foreach (var fact in plan.Deleted)
        {
            Forget(fact.Key);
        }

        foreach (var write in plan.Entities)
        {
            var entity = entities.TryGetValue(write.Id, out var known) ? known : entities[write.Id] = new StoredEntity(write.Id);
            entity.Labels.Add(write.Label);
            entity.Name = write.Name;
            entity.Aliases = write.Aliases;
        }

        foreach (var write in plan.Refreshed)
        {
            entities[write.Id].Name = write.Name;
            entities[write.Id].Aliases = write.Aliases;
        }

        mentions[article.Id] = plan.Mentions;
        foreach (var mention in plan.Mentions)
        {
            entities[mention.Id].AliasesByArticle[article.Id] = mention.Aliases;
            entities[mention.Id].NameByArticle[article.Id] = mention.Name;
        }

        foreach (var (fact, contributions) in plan.Facts)
        {
            Forget(fact.Key);
            facts[fact.Key] = new StoredFact(fact, contributions);
            foreach (var contribution in contributions)
            {
                (factsByArticle.TryGetValue(contribution.ArticleId, out var keys) ? keys : factsByArticle[contribution.ArticleId] = new(StringComparer.Ordinal)).Add(fact.Key);
            }
        }

        foreach (var orphan in plan.Orphans)
        {
            entities.Remove(orphan);
        }
    }

    private void Forget(string key)
    {
        if (facts.Remove(key, out var old))
        {
            foreach (var contribution in old.Contributions)
            {
                factsByArticle.GetValueOrDefault(contribution.ArticleId)?.Remove(key);
            }
        }
    }
}

/// <summary>An entity node: its labels (besides Entity), name and aliases, and the name and aliases each article's MENTIONS recorded.</summary>
internal sealed class StoredEntity(string id)
{
    public string Id { get; } = id;

    public SortedSet<string> Labels { get; } = new(StringComparer.Ordinal);

    public string Name { get; set; } = "";

    public IReadOnlyList<string> Aliases { get; set; } = [];

    public Dictionary<string, IReadOnlyList<string>> AliasesByArticle { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> NameByArticle { get; } = new(StringComparer.Ordinal);

    /// <summary>Its type label, as the store reads it back (the first besides Entity).</summary>
    public string Label => Labels.FirstOrDefault() ?? "";

    /// <summary>The properties the store writes for it (<see cref="EntityWrite.ToRow"/>; its name keys depend on the label).</summary>
    public IReadOnlyDictionary<string, object?> Properties => new EntityWrite(Id, Label, Name, Aliases).ToRow();
}

/// <summary>A fact relationship with every article's contribution.</summary>
internal sealed record StoredFact(Relationship Fact, IReadOnlyList<FactContribution> Contributions);
