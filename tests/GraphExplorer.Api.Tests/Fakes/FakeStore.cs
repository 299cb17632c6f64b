using System.Collections.Concurrent;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Api.Tests.Fakes;

/// <summary>
/// An in-memory store that records every call. By default a query answers with the relationships
/// touching its entity argument (or all of them), one row per relationship; an unknown entity gives
/// an empty result. <see cref="Respond"/> replaces that answer.
/// </summary>
internal sealed class FakeStore : IQueryRunner, IGraphReader
{
    private readonly TaskCompletionSource cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Subgraph Graph { get; set; } = TestGraph.Create();

    /// <summary>Every call, in order: "RunAsync name", "ReadGraphAsync id", "GetEntityAsync id", "GetStatsAsync".</summary>
    public ConcurrentQueue<string> Calls { get; } = new();

    /// <summary>The queries run, with the exact definition and arguments the service handed over.</summary>
    public ConcurrentQueue<(QueryDefinition Query, QueryArgumentDictionary Arguments)> Runs { get; } = new();

    public Func<QueryDefinition, QueryArgumentDictionary, CancellationToken, Task<QueryResult>>? Respond { get; set; }

    /// <summary>When set, GetStatsAsync throws it (a store that does not answer).</summary>
    public Exception? StatsFailure { get; set; }

    /// <summary>Completes when a blocked call saw its cancellation token fire.</summary>
    public Task Cancelled => cancelled.Task;

    public Task<QueryResult> RunAsync(QueryDefinition query, QueryArgumentDictionary arguments, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue($"RunAsync {query.Name}");
        Runs.Enqueue((query, arguments));
        return Respond is null ? Task.FromResult(Answer(query, arguments)) : Respond(query, arguments, cancellationToken);
    }

    public Task<Subgraph> ReadGraphAsync(string? articleId = null, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue($"ReadGraphAsync {articleId}");
        if (articleId is null)
        {
            return Task.FromResult(Graph);
        }

        var relationships = Graph.Relationships.Where(r => r.Evidence.Any(e => e.ArticleId == articleId)).ToList();
        return Task.FromResult(Slice(relationships, Graph.Articles.Where(a => a.Id == articleId)));
    }

    public Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue($"GetEntityAsync {id}");
        return Task.FromResult(Graph.Nodes.FirstOrDefault(n => n.Id == id));
    }

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        Calls.Enqueue("GetStatsAsync");
        return StatsFailure is not null
            ? Task.FromException<GraphStats>(StatsFailure)
            : Task.FromResult(new GraphStats(Graph.Articles.Count, 0, Graph.Nodes.Count, Graph.Relationships.Count, 2, new Dictionary<string, int>(), new Dictionary<string, int>()));
    }

    /// <summary>A response that never comes: waits until the token is cancelled, then reports it.</summary>
    public async Task<QueryResult> BlockUntilCancelled(QueryDefinition query, QueryArgumentDictionary arguments, CancellationToken cancellationToken)
    {
        var never = new TaskCompletionSource<QueryResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = cancellationToken.Register(() =>
        {
            cancelled.TrySetResult();
            never.TrySetCanceled(cancellationToken);
        });
        return await never.Task;
    }

    private QueryResult Answer(QueryDefinition query, QueryArgumentDictionary arguments)
    {
        var centreParameter = query.Parameters.FirstOrDefault(p => p.Kind == ParameterKind.Entity);
        IEnumerable<Relationship> relationships = Graph.Relationships;
        if (centreParameter is not null && arguments.GetString(centreParameter.Name) is { } centreText)
        {
            var centre = Graph.Nodes.FirstOrDefault(n => n.Id == centreText || n.AllNames.Contains(centreText, StringComparer.OrdinalIgnoreCase));
            relationships = centre is null ? [] : relationships.Where(r => r.SourceId == centre.Id || r.TargetId == centre.Id);
        }

        var list = relationships.ToList();
        var cited = list.SelectMany(r => r.Evidence).Select(e => e.ArticleId).ToHashSet();
        return new QueryResult(
            query.Name,
            arguments,
            ["source", "type", "target", "date"],
            [.. list.Select(r => (IReadOnlyList<object?>)[r.SourceId, r.Type, r.TargetId, r.Date?.ToString("yyyy-MM-dd")])],
            Slice(list, Graph.Articles.Where(a => cited.Contains(a.Id))));
    }

    private Subgraph Slice(List<Relationship> relationships, IEnumerable<ArticleInfo> articles)
    {
        var ids = relationships.SelectMany(r => new[] { r.SourceId, r.TargetId }).ToHashSet();
        return new Subgraph([.. Graph.Nodes.Where(n => ids.Contains(n.Id))], relationships, [.. articles]);
    }
}
