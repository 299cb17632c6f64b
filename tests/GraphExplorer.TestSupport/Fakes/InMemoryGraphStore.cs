using GraphExplorer.Core.Model;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Text;

namespace GraphExplorer.TestSupport.Fakes;

/// <summary>A tiny in-memory store for tests of code around stores: keeps the last graph per article.</summary>
public sealed class InMemoryGraphStore : IArticleStore, IGraphReader
{
    private readonly Dictionary<string, ArticleGraph> articles = new(StringComparer.Ordinal);
    private readonly List<IngestFailure> failures = [];
    private readonly Lock gate = new();

    /// <summary>Raised after an article is saved, with its id.</summary>
    public event Action<string>? Saved;

    /// <summary>When set, SaveArticleAsync throws this for the article with this id.</summary>
    public (string ArticleId, Exception Error)? FailOn { get; set; }

    public IReadOnlyList<IngestFailure> Failures
    {
        get
        {
            lock (gate)
            {
                return [.. failures];
            }
        }
    }

    public IReadOnlyCollection<string> ArticleIds
    {
        get
        {
            lock (gate)
            {
                return [.. articles.Keys.Order(StringComparer.Ordinal)];
            }
        }
    }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<string?> GetContentHashAsync(string articleId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(articles.TryGetValue(articleId, out var graph) ? graph.Article.ContentHash : null);
        }
    }

    public Task<IReadOnlyList<Entity>> FindEntitiesByNameKeysAsync(IReadOnlyCollection<string> nameKeys, CancellationToken cancellationToken = default)
    {
        var keys = nameKeys.ToHashSet(StringComparer.Ordinal);
        lock (gate)
        {
            IReadOnlyList<Entity> found = [.. MergedEntities().Where(e => e.AllNames.SelectMany(n => NameKey.LookupKeys(n, e.Label)).Any(keys.Contains))];
            return Task.FromResult(found);
        }
    }

    public Task SaveArticleAsync(ArticleGraph graph, CancellationToken cancellationToken = default)
    {
        if (FailOn is { } failOn && failOn.ArticleId == graph.Article.Id)
        {
            throw failOn.Error;
        }

        lock (gate)
        {
            articles[graph.Article.Id] = graph;
        }

        Saved?.Invoke(graph.Article.Id);
        return Task.CompletedTask;
    }

    public Task RecordFailureAsync(IngestFailure failure, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            failures.Add(failure);
        }

        return Task.CompletedTask;
    }

    public Task<Subgraph> ReadGraphAsync(string? articleId = null, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var graphs = articles.Values.Where(g => articleId is null || g.Article.Id == articleId).ToList();
            var relationships = graphs.SelectMany(g => g.Relationships).GroupBy(r => r.Key)
                .Select(g => g.First() with { Evidence = [.. g.SelectMany(r => r.Evidence)] }).ToList();
            var ids = graphs.SelectMany(g => g.Entities).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            var articleInfos = graphs.Select(g => new ArticleInfo(g.Article.Id, g.Article.Title, g.Article.Published, g.Article.Publisher, g.Article.Author, g.Article.Source)).ToList();
            return Task.FromResult(new Subgraph([.. MergedEntities().Where(e => ids.Contains(e.Id))], relationships, articleInfos).Normalized());
        }
    }

    public Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(MergedEntities().FirstOrDefault(e => e.Id == id));
        }
    }

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var entities = MergedEntities();
            var relationships = articles.Values.SelectMany(g => g.Relationships).GroupBy(r => r.Key).Select(g => g.First()).ToList();
            return Task.FromResult(new GraphStats(
                articles.Count,
                failures.Count,
                entities.Count,
                relationships.Count,
                articles.Values.Sum(g => g.Relationships.Sum(r => r.Evidence.Count)),
                entities.GroupBy(e => e.Label).ToDictionary(g => g.Key, g => g.Count()),
                relationships.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Count())));
        }
    }

    private List<Entity> MergedEntities() =>
        [.. articles.Values.SelectMany(g => g.Entities).GroupBy(e => e.Id).Select(g =>
        {
            // as the real stores: the name chosen from every article's, every other name an alias
            var name = NameKey.ChooseName(g.Select(e => e.Name));
            var aliases = g.SelectMany(e => e.AllNames).Where(a => a != name).Distinct().Order(StringComparer.Ordinal).ToList();
            return g.First() with { Name = name, Aliases = aliases };
        }).OrderBy(e => e.Id, StringComparer.Ordinal)];
}
