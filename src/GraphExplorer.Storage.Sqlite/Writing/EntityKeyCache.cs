namespace GraphExplorer.Storage.Sqlite.Writing;

/// <summary>
/// The rows of <c>entity_name_keys</c> (with each entity's label) and <c>entity_identity_keys</c> that a batch has read,
/// by key, the absent ones too (an empty list): the article after article that names the same actors asks for the same
/// keys, which are then read once per batch instead of probed again through a statement of JSON lists. Only the batch
/// writes (it holds the write lock), and its writer tells the cache of every key row it adds or removes
/// (<see cref="NameKeyAdded"/>…); what it cannot tell row by row (entities removed, a save taken back) empties the cache.
/// A key not asked for yet is not kept: it is read when first asked for, as stored then.
/// </summary>
internal sealed class EntityKeyCache
{
    private readonly Dictionary<string, List<(string Id, string Label)>> byNameKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> byIdentityKey = new(StringComparer.Ordinal);

    /// <summary>The entities (id, label) with this name key, when the key has been read.</summary>
    public bool TryGetNameKey(string key, out List<(string Id, string Label)> entities) => byNameKey.TryGetValue(key, out entities!);

    /// <summary>The entities with this identity key, when the key has been read.</summary>
    public bool TryGetIdentityKey(string key, out List<string> entities) => byIdentityKey.TryGetValue(key, out entities!);

    /// <summary>Keeps the rows read for <paramref name="keys"/> (every key asked for; those without rows get none).</summary>
    public void PutNameKeys(IEnumerable<string> keys, IEnumerable<(string Key, string Id, string Label)> rows)
    {
        foreach (var key in keys)
        {
            byNameKey[key] = [];
        }

        foreach (var (key, id, label) in rows)
        {
            byNameKey[key].Add((id, label));
        }
    }

    /// <summary>Keeps the rows read for <paramref name="keys"/> (every key asked for; those without rows get none).</summary>
    public void PutIdentityKeys(IEnumerable<string> keys, IEnumerable<(string Key, string Id)> rows)
    {
        foreach (var key in keys)
        {
            byIdentityKey[key] = [];
        }

        foreach (var (key, id) in rows)
        {
            byIdentityKey[key].Add(id);
        }
    }

    /// <summary>A row of <c>entity_name_keys</c> was inserted.</summary>
    public void NameKeyAdded(string key, string id, string label)
    {
        if (byNameKey.TryGetValue(key, out var entities) && !entities.Exists(e => e.Id == id))
        {
            entities.Add((id, label));
        }
    }

    /// <summary>A row of <c>entity_name_keys</c> was deleted.</summary>
    public void NameKeyRemoved(string key, string id)
    {
        if (byNameKey.TryGetValue(key, out var entities))
        {
            entities.RemoveAll(e => e.Id == id);
        }
    }

    /// <summary>A row of <c>entity_identity_keys</c> was inserted.</summary>
    public void IdentityKeyAdded(string key, string id)
    {
        if (byIdentityKey.TryGetValue(key, out var entities) && !entities.Contains(id))
        {
            entities.Add(id);
        }
    }

    /// <summary>A row of <c>entity_identity_keys</c> was deleted.</summary>
    public void IdentityKeyRemoved(string key, string id)
    {
        if (byIdentityKey.TryGetValue(key, out var entities))
        {
            entities.Remove(id);
        }
    }

    /// <summary>Forgets every key: what was read may no longer be what is stored.</summary>
    public void Clear()
    {
        byNameKey.Clear();
        byIdentityKey.Clear();
    }
}
