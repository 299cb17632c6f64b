using GraphExplorer.Core.Model;

namespace GraphExplorer.Export.Import;

/// <summary>
/// Turns an imported subgraph (from <see cref="CsvImport"/> or <see cref="CypherScriptImport"/>) back into
/// per-article graphs a store can save, so that saving them all into an empty store and reading the whole
/// graph gives the subgraph again.
/// </summary>
/// <remarks>
/// Limitations, because an export carries less than the store:
/// <list type="bullet">
/// <item>Article texts are not exported. Each text is rebuilt from the article's evidence: every sentence at
/// its offsets, spaces elsewhere; the content hash is <c>import:</c> + SHA-256 of that text.</item>
/// <item>Only aggregated attributes are exported, so each article's statement of a fact gets the fact's
/// aggregated date, place, title, allegation and confidence (which aggregate back to the same values).</item>
/// <item>Mentions are not exported: an article mentions the endpoints and places of the facts it states
/// and each entity carries all its aliases in every article. Entities that no relationship uses are
/// attached to the first article (by id, ordinal), so a per-article read of the result differs from the
/// original even though the whole graph is the same.</item>
/// </list>
/// </remarks>
public static class SubgraphImport
{
    /// <summary>
    /// One <see cref="ArticleGraph"/> per article of <paramref name="graph"/>, ordered by article id (ordinal),
    /// with entities and relationships in a fixed order: the same subgraph always gives the same graphs.
    /// Throws <see cref="FormatException"/> naming the article, relationship or entity when the subgraph cannot
    /// be stored: evidence citing an article the subgraph lacks, a relationship without evidence or whose
    /// endpoint or place is not a node, evidence whose sentence length does not match its offsets, two
    /// evidence sentences of one article that overlap with different text, or entities without any article.
    /// </summary>
    public static IReadOnlyList<ArticleGraph> ToArticleGraphs(Subgraph graph) => ToArticleGraphs(graph, ImportLimits.Default);

    /// <summary>
    /// As <see cref="ToArticleGraphs(Subgraph)"/>, and also refuses what no store may hold (an unknown label or
    /// relationship type, a confidence that is not a number from 0 to 1, a relationship from an entity to itself)
    /// and article texts that would be rebuilt longer than <see cref="ImportLimits.MaxArticleTextChars"/> in all.
    /// A source that is a server path (an export of an older version) is cut down to its file name.
    /// </summary>
    public static IReadOnlyList<ArticleGraph> ToArticleGraphs(Subgraph graph, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(limits);
        var nodes = IndexNodes(graph.Nodes);
        var articles = graph.Articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var statements = SplitByArticle(graph.Relationships, nodes, articles);
        var textLength = statements.Values.Sum(rs => rs.SelectMany(r => r.Evidence).Select(e => (long)Math.Clamp(e.End, 0, ArticleText.MaxLength)).DefaultIfEmpty().Max());
        if (textLength > limits.MaxArticleTextChars)
        {
            throw new FormatException($"The evidence offsets would rebuild {textLength:N0} characters of article text, over the import limit of {limits.MaxArticleTextChars:N0}.");
        }

        var used = statements.Values.SelectMany(rs => rs).SelectMany(EntityIds).ToHashSet(StringComparer.Ordinal);
        var unused = nodes.Keys.Where(id => !used.Contains(id)).ToList();
        if (articles.Count == 0 && unused.Count > 0)
        {
            throw new FormatException($"The graph has entities but no article to store them with (for example '{unused[0]}').");
        }

        return [.. articles.Select((info, index) =>
        {
            var relationships = statements[info.Id];
            var entityIds = relationships.SelectMany(EntityIds).Concat(index == 0 ? unused : []);
            return Build(info, relationships, [.. entityIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(id => nodes[id])]);
        })];
    }

    private static ArticleGraph Build(ArticleInfo info, List<Relationship> relationships, List<Entity> entities)
    {
        var text = ArticleText.Rebuild(info.Id, relationships.SelectMany(r => r.Evidence));
        var article = new Article(info.Id, info.Title, text, ArticleText.Hash(text))
        {
            Published = info.Published,
            Publisher = info.Publisher,
            Author = info.Author,
            Source = info.Source is { } source ? ArticleSources.WithoutServerPath(source) : null,
        };
        return new ArticleGraph(article, entities, relationships);
    }

    private static SortedDictionary<string, Entity> IndexNodes(IReadOnlyList<Entity> nodes)
    {
        var byId = new SortedDictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (string.IsNullOrWhiteSpace(node.Id) || string.IsNullOrWhiteSpace(node.Name))
            {
                throw new FormatException($"An entity has an empty id or name ('{node.Id}', '{node.Name}').");
            }

            if (!NodeLabels.IsKnown(node.Label))
            {
                throw new FormatException($"Entity '{node.Id}' has label '{node.Label}', which is not one of {string.Join(", ", NodeLabels.All)}.");
            }

            if (byId.TryGetValue(node.Id, out var previous) && previous != node)
            {
                throw new FormatException($"Entity '{node.Id}' is listed twice with different content.");
            }

            byId[node.Id] = node;
        }

        return byId;
    }

    /// <summary>Each article's statements: the relationships with only that article's evidence, ordered by key.</summary>
    private static Dictionary<string, List<Relationship>> SplitByArticle(IReadOnlyList<Relationship> relationships, SortedDictionary<string, Entity> nodes, List<ArticleInfo> articles)
    {
        var byArticle = new Dictionary<string, List<Relationship>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (!byArticle.TryAdd(article.Id, []))
            {
                throw new FormatException($"Article '{article.Id}' is listed twice.");
            }
        }

        foreach (var relationship in relationships.Select(r => r.Canonical()).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            CheckEntities(relationship, nodes);
            CheckFact(relationship);
            if (relationship.Evidence.Count == 0)
            {
                throw new FormatException($"Relationship '{relationship.Key}' has no evidence, so no article states it.");
            }

            foreach (var cited in relationship.Evidence.GroupBy(e => e.ArticleId, StringComparer.Ordinal))
            {
                var statements = byArticle.GetValueOrDefault(cited.Key)
                    ?? throw new FormatException($"Relationship '{relationship.Key}' cites article '{cited.Key}', which the graph does not list.");
                statements.Add(relationship with { Evidence = [.. cited.OrderBy(e => e.Start).ThenBy(e => e.End)] });
            }
        }

        return byArticle;
    }

    private static void CheckEntities(Relationship relationship, SortedDictionary<string, Entity> nodes)
    {
        foreach (var id in EntityIds(relationship))
        {
            if (!nodes.ContainsKey(id))
            {
                throw new FormatException($"Relationship '{relationship.Key}' refers to entity '{id}', which the graph does not list.");
            }
        }
    }

    private static void CheckFact(Relationship relationship)
    {
        if (!EdgeTypes.TryGet(relationship.Type, out var type) || type.Name != relationship.Type)
        {
            throw new FormatException($"Relationship '{relationship.Key}' has type '{relationship.Type}', which is not one of {string.Join(", ", EdgeTypes.All.Select(t => t.Name))}.");
        }

        if (!double.IsFinite(relationship.Confidence) || relationship.Confidence is < 0 or > 1)
        {
            throw new FormatException($"Relationship '{relationship.Key}' has confidence {relationship.Confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)}, not a number from 0 to 1.");
        }

        if (relationship.SourceId == relationship.TargetId)
        {
            throw new FormatException($"Relationship '{relationship.Key}' joins an entity to itself.");
        }
    }

    private static IEnumerable<string> EntityIds(Relationship relationship) =>
        relationship.PlaceId is { } place ? [relationship.SourceId, relationship.TargetId, place] : [relationship.SourceId, relationship.TargetId];
}
