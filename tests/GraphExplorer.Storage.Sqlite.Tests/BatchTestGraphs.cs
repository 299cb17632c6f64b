using GraphExplorer.Core.Model;
using GraphExplorer.TestSupport;

namespace GraphExplorer.Storage.Sqlite.Tests;

/// <summary>The one-sentence articles and the whole-store snapshot the batch and writer-session tests compare.</summary>
internal static class BatchTestGraphs
{
    /// <summary>An article of one sentence "subject verb target." stating ACCUSED(subject, target) between two persons.</summary>
    public static ArticleGraph Accusation(string id, string subject, string verb, string target)
    {
        var sentence = $"{subject} {verb} {target}.";
        var builder = new ArticleGraphBuilder(id, sentence);
        var a = builder.Entity(NodeLabels.Person, subject);
        var b = builder.Entity(NodeLabels.Person, target);
        builder.Fact("ACCUSED", a, b, sentence);
        return builder.Build(id);
    }

    /// <summary>The whole graph and its counts, as JSON, to compare two stores.</summary>
    public static async Task<string> SnapshotAsync(SqliteGraphStore store, CancellationToken cancellationToken) =>
        System.Text.Json.JsonSerializer.Serialize(new { graph = await store.ReadGraphAsync(null, cancellationToken), stats = await store.GetStatsAsync(cancellationToken) });
}
