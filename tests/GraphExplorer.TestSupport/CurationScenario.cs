using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Model;
using GraphExplorer.Core.Queries;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Text;

namespace GraphExplorer.TestSupport;

/// <summary>
/// One scenario run against every store: the seed graph is stored through <see cref="CuratedArticleStore"/>, five
/// curations are made (merge, split an alias, reject a fact, add an alias, rename), and each must hold after the
/// articles are ingested again (changed hashes) and after a rebuild (graph emptied, articles stored again); then the
/// merge is undone. <see cref="RunAsync"/> returns what did not hold, empty when everything did.
/// </summary>
public sealed class CurationScenario(IArticleStore inner, ICurationStore curation, IGraphReader reader, IQueryRunner runner)
{
    public const string AddedAlias = "Zed Curation Alias";
    public const string NewName = "Renamed By Curation";

    private readonly List<string> problems = [];

    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken)
    {
        var store = new CuratedArticleStore(inner, curation);
        await store.InitializeAsync(cancellationToken);
        var seeds = SeedGraphFixture.Load();
        foreach (var graph in seeds)
        {
            await store.SaveArticleAsync(graph, cancellationToken);
        }

        var service = new CurationService(store, curation, reader, TimeProvider.System);
        var plan = Plan((await reader.ReadGraphAsync(null, cancellationToken)));
        var merge = await service.MergeAsync(plan.Keep.Id, plan.Folded.Id, "tester", cancellationToken);
        await service.AddAliasAsync(plan.Keep.Id, AddedAlias, "tester", cancellationToken);
        var split = await service.SplitAliasAsync(plan.Split.Id, plan.SplitAlias, "tester", cancellationToken);
        await service.RenameAsync(plan.Renamed.Id, NewName, "tester", cancellationToken);
        await service.RejectFactAsync(plan.Rejected, "tester", cancellationToken);

        await CheckAsync("after curating", plan, split.Record.Curation.OtherEntityId!, cancellationToken);

        foreach (var graph in seeds)
        {
            await store.SaveArticleAsync(graph with { Article = graph.Article with { ContentHash = graph.Article.ContentHash + "-edited" } }, cancellationToken);
        }

        await CheckAsync("after re-ingesting", plan, split.Record.Curation.OtherEntityId!, cancellationToken);

        await curation.ClearGraphAsync(cancellationToken);
        if ((await reader.GetStatsAsync(cancellationToken)).Entities != 0)
        {
            problems.Add("the rebuild did not empty the graph");
        }

        foreach (var graph in seeds)
        {
            await store.SaveArticleAsync(graph, cancellationToken);
        }

        await CheckAsync("after rebuilding", plan, split.Record.Curation.OtherEntityId!, cancellationToken);

        await service.UndoAsync(merge.Record.Id, "undoer", cancellationToken);
        if (await reader.GetEntityAsync(plan.Folded.Id, cancellationToken) is null)
        {
            problems.Add($"after undoing the merge, {plan.Folded.Id} is still gone");
        }

        if (await reader.GetEntityAsync(plan.Keep.Id, cancellationToken) is { } kept && kept.AllNames.Contains(plan.Folded.Name))
        {
            problems.Add($"after undoing the merge, {plan.Keep.Id} is still called '{plan.Folded.Name}'");
        }

        var log = await service.LogAsync(cancellationToken);
        if (log.Count != 5 || log.Single(r => r.Id == merge.Record.Id).UndoneBy != "undoer" || log.Count(r => r.Active) != 4)
        {
            problems.Add($"the log should hold 5 curations, the merge undone by 'undoer': {string.Join("; ", log.Select(r => $"{r.Id} {r.Curation.Summary} by {r.By} undone by {r.UndoneBy}"))}");
        }

        return problems;
    }

    private async Task CheckAsync(string when, Plan plan, string splitId, CancellationToken cancellationToken)
    {
        var graph = await reader.ReadGraphAsync(null, cancellationToken);
        var nodes = graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        void Fail(string what) => problems.Add($"{when}: {what}");

        if (nodes.ContainsKey(plan.Folded.Id))
        {
            Fail($"{plan.Folded.Id} was merged away but is still there");
        }

        if (!nodes.TryGetValue(plan.Keep.Id, out var kept))
        {
            Fail($"{plan.Keep.Id} is gone");
        }
        else
        {
            if (!kept.Aliases.Contains(plan.Folded.Name))
            {
                Fail($"{plan.Keep.Id} does not carry the merged name '{plan.Folded.Name}' ({string.Join(", ", kept.Aliases)})");
            }

            if (!kept.Aliases.Contains(AddedAlias))
            {
                Fail($"{plan.Keep.Id} does not carry the added alias");
            }

            var facts = graph.Relationships.Count(r => r.SourceId == plan.Keep.Id || r.TargetId == plan.Keep.Id);
            if (facts < plan.MergedFacts)
            {
                Fail($"{plan.Keep.Id} has {facts} facts, fewer than the {plan.MergedFacts} the two entities had apart (less self-loops)");
            }
        }

        if (!nodes.TryGetValue(splitId, out var split) || split.Name != plan.SplitAlias)
        {
            Fail($"the alias '{plan.SplitAlias}' split off {plan.Split.Id} is not the entity {splitId}");
        }

        if (nodes.TryGetValue(plan.Split.Id, out var source) && source.AllNames.Any(n => NameKey.Normalize(n) == NameKey.Normalize(plan.SplitAlias)))
        {
            Fail($"{plan.Split.Id} still carries the alias '{plan.SplitAlias}'");
        }

        if (!nodes.TryGetValue(plan.Renamed.Id, out var renamed) || renamed.Name != NewName || !renamed.Aliases.Contains(plan.Renamed.Name))
        {
            Fail($"{plan.Renamed.Id} is not named '{NewName}' with '{plan.Renamed.Name}' as an alias");
        }

        if (graph.Relationships.Any(r => r.Canonical().Key == plan.Rejected))
        {
            Fail($"the rejected fact {plan.Rejected} is still there");
        }

        var search = QueryCatalog.Default.Get("search");
        var found = await runner.RunAsync(search, search.Bind(new Dictionary<string, string?> { ["text"] = AddedAlias }), cancellationToken);
        if (!found.Rows.Any(row => Equals(row[2], plan.Keep.Id)))
        {
            Fail($"searching the added alias does not find {plan.Keep.Id}");
        }
    }

    /// <summary>Picks the entities to curate from the stored seed graph by rule, so the scenario follows the fixture.</summary>
    private static Plan Plan(Subgraph graph)
    {
        var degree = graph.Relationships.SelectMany(r => new[] { r.SourceId, r.TargetId }).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        var persons = graph.Nodes.Where(n => n.Label == NodeLabels.Person && degree.ContainsKey(n.Id)).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        var keep = persons[0];
        var folded = persons[1];
        var between = graph.Relationships.Count(r => (r.SourceId == keep.Id && r.TargetId == folded.Id) || (r.SourceId == folded.Id && r.TargetId == keep.Id));
        var merged = degree[keep.Id] + degree[folded.Id] - (2 * between);
        var taken = new HashSet<string> { keep.Id, folded.Id };
        var split = graph.Nodes.Where(n => !taken.Contains(n.Id) && n.Aliases.Any(a => NameKey.Normalize(a) != NameKey.Normalize(n.Name) && NameKey.EntityId(n.Label, a) != n.Id && graph.Nodes.All(o => o.Id != NameKey.EntityId(n.Label, a))))
            .OrderBy(n => n.Id, StringComparer.Ordinal).First();
        var alias = split.Aliases.Last(a => NameKey.Normalize(a) != NameKey.Normalize(split.Name) && graph.Nodes.All(o => o.Id != NameKey.EntityId(split.Label, a)));
        taken.Add(split.Id);
        var renamed = persons.First(p => !taken.Contains(p.Id));
        taken.Add(renamed.Id);
        var rejected = graph.Relationships.OrderBy(r => r.Key, StringComparer.Ordinal).First(r => !taken.Contains(r.SourceId) && !taken.Contains(r.TargetId)).Key;
        return new Plan(keep, folded, merged, split, alias, renamed, rejected);
    }
}

internal sealed record Plan(Entity Keep, Entity Folded, int MergedFacts, Entity Split, string SplitAlias, Entity Renamed, string Rejected);
