using GraphExplorer.Core.Model;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Text;

namespace GraphExplorer.Core.Curation;

/// <summary>
/// Makes and undoes curations: checks one against the graph, logs it, and stores again every article it touches
/// (each article's extracted graph with the whole log in force applied), so the graph, its queries and its
/// exports show it at once. Undoing does the same with the curation left out.
/// </summary>
public sealed class CurationService(CuratedArticleStore store, ICurationStore curation, IGraphReader reader, TimeProvider clock)
{
    /// <summary>The log, oldest first.</summary>
    public Task<IReadOnlyList<CurationRecord>> LogAsync(CancellationToken cancellationToken = default) => curation.ReadLogAsync(cancellationToken);

    /// <summary>Folds <paramref name="foldedId"/> into <paramref name="keptId"/>.</summary>
    public async Task<CurationResult> MergeAsync(string keptId, string foldedId, string by, CancellationToken cancellationToken = default)
    {
        var kept = await EntityAsync(keptId, cancellationToken);
        var folded = await EntityAsync(foldedId, cancellationToken);
        if (kept.Id == folded.Id)
        {
            throw new CurationException("An entity cannot be merged with itself.");
        }

        if (kept.Label != folded.Label)
        {
            throw new CurationException($"'{kept.Name}' is a {kept.Label} and '{folded.Name}' a {folded.Label}: only entities of one label can be merged.");
        }

        return await AddAsync(new Curation(CurationKind.Merge, kept.Id, kept.Label, kept.Name, folded.Id, EntityName: kept.Name, OtherEntityName: folded.Name), by, cancellationToken);
    }

    /// <summary>Makes the alias an entity of its own, with the facts whose sentences name it so.</summary>
    public async Task<CurationResult> SplitAliasAsync(string entityId, string alias, string by, CancellationToken cancellationToken = default)
    {
        var entity = await EntityAsync(entityId, cancellationToken);
        var aliasKey = NameKey.Normalize(alias);
        var found = entity.Aliases.FirstOrDefault(a => NameKey.Normalize(a) == aliasKey)
            ?? throw new CurationException($"'{alias}' is not an alias of '{entity.Name}' (its aliases: {(entity.Aliases.Count == 0 ? "none" : string.Join(", ", entity.Aliases))}).");
        if (NameKey.Normalize(entity.Name) == aliasKey)
        {
            throw new CurationException($"'{alias}' is the name of '{entity.Id}'; rename the entity instead.");
        }

        var newId = NameKey.EntityId(entity.Label, found);
        if (newId == entity.Id)
        {
            throw new CurationException($"'{alias}' gives the same id as '{entity.Name}' ({entity.Id}); rename the entity instead.");
        }

        return await AddAsync(new Curation(CurationKind.SplitAlias, entity.Id, entity.Label, found, newId, found, EntityName: entity.Name, OtherEntityName: found), by, cancellationToken);
    }

    /// <summary>Drops the fact with this key.</summary>
    public async Task<CurationResult> RejectFactAsync(string factKey, string by, CancellationToken cancellationToken = default)
    {
        if (factKey.Split('|') is not [var type, var source, var target] || !EdgeTypes.TryGet(type, out var edgeType))
        {
            throw new CurationException($"'{factKey}' is not a fact key (TYPE|sourceId|targetId).");
        }

        var key = Relationship.KeyOf(edgeType.Name, source, target);
        var entity = await EntityAsync(source, cancellationToken);
        var other = await reader.GetEntityAsync(target, cancellationToken);
        return await AddAsync(new Curation(CurationKind.RejectFact, entity.Id, entity.Label, FactKey: key, EntityName: entity.Name, OtherEntityName: other?.Name), by, cancellationToken);
    }

    /// <summary>Adds an alias.</summary>
    public async Task<CurationResult> AddAliasAsync(string entityId, string alias, string by, CancellationToken cancellationToken = default)
    {
        var entity = await EntityAsync(entityId, cancellationToken);
        var trimmed = CheckedName(alias, "alias");
        if (entity.AllNames.Any(n => n == trimmed))
        {
            throw new CurationException($"'{entity.Name}' is already called '{trimmed}'.");
        }

        return await AddAsync(new Curation(CurationKind.AddAlias, entity.Id, entity.Label, Alias: trimmed, EntityName: entity.Name), by, cancellationToken);
    }

    /// <summary>Renames; the old name stays as an alias.</summary>
    public async Task<CurationResult> RenameAsync(string entityId, string name, string by, CancellationToken cancellationToken = default)
    {
        var entity = await EntityAsync(entityId, cancellationToken);
        var trimmed = CheckedName(name, "name");
        if (entity.Name == trimmed)
        {
            throw new CurationException($"'{entity.Id}' is already named '{trimmed}'.");
        }

        return await AddAsync(new Curation(CurationKind.Rename, entity.Id, entity.Label, trimmed, Alias: entity.Name, EntityName: entity.Name), by, cancellationToken);
    }

    /// <summary>Takes a curation back; throws <see cref="CurationNotFoundException"/> when it is not in force.</summary>
    public async Task<CurationResult> UndoAsync(long id, string by, CancellationToken cancellationToken = default)
    {
        await store.Gate.WaitAsync(cancellationToken);
        try
        {
            var log = await curation.ReadLogAsync(cancellationToken);
            var record = log.FirstOrDefault(r => r.Id == id && r.Active) ?? throw new CurationNotFoundException(id);
            var affected = await AffectedArticlesAsync(record.Curation, log, cancellationToken);
            if (!await curation.MarkUndoneAsync(id, by, clock.GetUtcNow(), cancellationToken))
            {
                throw new CurationNotFoundException(id);
            }

            var after = await curation.ReadLogAsync(cancellationToken);
            if (record.Curation.Kind == CurationKind.Rename)
            {
                // The name in force is the latest rename still active, else the name before this one.
                var name = after.LastOrDefault(r => r.Active && r.Curation.Kind == CurationKind.Rename && r.Curation.EntityId == record.Curation.EntityId)?.Curation.Name
                    ?? record.Curation.Alias;
                if (name is not null)
                {
                    await curation.SetEntityNameAsync(record.Curation.EntityId, name, cancellationToken);
                }
            }

            var restored = await ReapplyAsync(affected, after, cancellationToken);
            return new CurationResult(after.First(r => r.Id == id), restored);
        }
        finally
        {
            store.Gate.Release();
        }
    }

    private async Task<CurationResult> AddAsync(Curation change, string by, CancellationToken cancellationToken)
    {
        await store.Gate.WaitAsync(cancellationToken);
        try
        {
            var log = await curation.ReadLogAsync(cancellationToken);
            var affected = await AffectedArticlesAsync(change, log, cancellationToken);
            var record = await curation.AppendAsync(change, by, clock.GetUtcNow(), cancellationToken);
            if (change.Kind == CurationKind.Rename)
            {
                await curation.SetEntityNameAsync(change.EntityId, change.Name!, cancellationToken);
            }

            var restored = await ReapplyAsync(affected, [.. log, record], cancellationToken);
            return new CurationResult(record, restored);
        }
        finally
        {
            store.Gate.Release();
        }
    }

    /// <summary>
    /// Articles that mention, as extracted or as curated, any entity the curation touches or any entity that the
    /// log's merges and splits connect to them (so undoing one of a chain of merges finds every article involved).
    /// </summary>
    private async Task<IReadOnlyList<string>> AffectedArticlesAsync(Curation change, IReadOnlyList<CurationRecord> log, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(change.TouchedEntityIds, StringComparer.Ordinal);
        bool grew;
        do
        {
            grew = false;
            foreach (var record in log.Where(r => r.Curation.Kind is CurationKind.Merge or CurationKind.SplitAlias))
            {
                var touched = record.Curation.TouchedEntityIds;
                if (touched.Any(ids.Contains) && !touched.All(ids.Contains))
                {
                    ids.UnionWith(touched);
                    grew = true;
                }
            }
        }
        while (grew);

        return await curation.ArticlesMentioningAsync(ids, cancellationToken);
    }

    private async Task<int> ReapplyAsync(IReadOnlyList<string> articleIds, IReadOnlyList<CurationRecord> log, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var articleId in articleIds)
        {
            if (await curation.ReadExtractedAsync(articleId, cancellationToken) is { } extracted)
            {
                await store.SaveCuratedAsync(extracted, log, cancellationToken);
                count++;
            }
        }

        return count;
    }

    private async Task<Entity> EntityAsync(string id, CancellationToken cancellationToken) =>
        await reader.GetEntityAsync(id, cancellationToken) ?? throw new CurationException($"No entity has id '{id}'.", isUnknownEntity: true);

    private static string CheckedName(string value, string what)
    {
        var trimmed = value.Trim();
        if (trimmed.Length is 0 or > 200 || trimmed.Any(char.IsControl))
        {
            throw new CurationException($"The {what} must be 1 to 200 characters without control characters.");
        }

        return trimmed;
    }
}

/// <summary>A curation made or undone, and how many articles were stored again for it.</summary>
/// <param name="Record">The log entry.</param>
/// <param name="ArticlesRestored">Articles stored again.</param>
public sealed record CurationResult(CurationRecord Record, int ArticlesRestored);

/// <summary>The curation cannot be made as asked; the message says why.</summary>
public class CurationException(string message, bool isUnknownEntity = false) : Exception(message)
{
    /// <summary>Whether the reason is an unknown entity id (a 404 rather than a 400).</summary>
    public bool IsUnknownEntity { get; } = isUnknownEntity;
}

/// <summary>No curation in force has this id.</summary>
public sealed class CurationNotFoundException(long id) : CurationException($"No curation in force has id {id}.")
{
    /// <summary>The id asked for.</summary>
    public long Id { get; } = id;
}
