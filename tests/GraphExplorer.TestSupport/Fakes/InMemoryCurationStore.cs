using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Model;

namespace GraphExplorer.TestSupport.Fakes;

/// <summary>An in-memory <see cref="ICurationStore"/> for tests of the curation logic and of the service around it.</summary>
public sealed class InMemoryCurationStore : ICurationStore
{
    private readonly List<CurationRecord> log = [];
    private readonly Dictionary<string, (ArticleGraph Graph, HashSet<string> Ids)> extracted = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public Task InitializeCurationAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IReadOnlyList<CurationRecord>> ReadLogAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<CurationRecord>>([.. log]);
        }
    }

    public Task<CurationRecord> AppendAsync(Curation curation, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var record = new CurationRecord(log.Count + 1, curation, by, at);
            log.Add(record);
            return Task.FromResult(record);
        }
    }

    public Task<bool> MarkUndoneAsync(long id, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var index = log.FindIndex(r => r.Id == id && r.Active);
            if (index < 0)
            {
                return Task.FromResult(false);
            }

            log[index] = log[index] with { UndoneBy = by, UndoneAt = at };
            return Task.FromResult(true);
        }
    }

    public Task SaveExtractedAsync(ArticleGraph extracted, IReadOnlyCollection<string> curatedEntityIds, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            // Kept as JSON and read back, as the real stores do, so a shape the JSON cannot carry shows up here too.
            this.extracted[extracted.Article.Id] = (CurationJson.ReadGraph(CurationJson.Write(extracted)), [.. extracted.Entities.Select(e => e.Id), .. curatedEntityIds]);
            return Task.CompletedTask;
        }
    }

    public Task<ArticleGraph?> ReadExtractedAsync(string articleId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(extracted.TryGetValue(articleId, out var kept) ? kept.Graph : null);
        }
    }

    public Task<string?> GetExtractedHashAsync(string articleId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(extracted.TryGetValue(articleId, out var kept) ? kept.Graph.Article.ContentHash : null);
        }
    }

    public Task<IReadOnlyList<string>> ArticlesMentioningAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<string>>([.. extracted.Where(x => x.Value.Ids.Overlaps(entityIds)).Select(x => x.Key).Order(StringComparer.Ordinal)]);
        }
    }

    /// <summary>The renames asked for, in order.</summary>
    public List<(string EntityId, string Name)> Renames { get; } = [];

    public Task SetEntityNameAsync(string entityId, string name, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            Renames.Add((entityId, name));
            return Task.CompletedTask;
        }
    }

    public Task ClearGraphAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            extracted.Clear();
            return Task.CompletedTask;
        }
    }
}
