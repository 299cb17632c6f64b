using GraphExplorer.Core.Storage;

namespace GraphExplorer.Storage.Sqlite.Writing;

/// <summary>
/// The lookup keys (<see cref="Core.Text.NameKey.LookupKeys"/>), identity keys (<see cref="IEntityIdentityKeys.KeysOf"/>)
/// and search keys (<see cref="SearchText.Key"/>) of each name the writer has met, made once: they depend on the name and label alone (and the rules, fixed for a store),
/// and news gives the same names article after article, where making them again was a tenth of the writer's time.
/// </summary>
internal sealed class KeyMemo(IEntityIdentityKeys? rules)
{
    /// <summary>Names kept at most (then forgotten all at once): a bound on memory, not a cache policy.</summary>
    public const int MaxNames = 200_000;

    private readonly Dictionary<(string Label, string Name), string[]> lookupKeys = new();
    private readonly Dictionary<(string Label, string Name), string[]> identityKeys = new();
    private readonly Dictionary<string, string> searchKeys = new(StringComparer.Ordinal);

    /// <summary>As <see cref="SearchText.Key"/> of <paramref name="name"/> (what an entity's search row holds of each name).</summary>
    public string SearchKey(string name)
    {
        if (!searchKeys.TryGetValue(name, out var key))
        {
            if (searchKeys.Count >= MaxNames)
            {
                searchKeys.Clear();
            }

            key = SearchText.Key(name);
            searchKeys[name] = key;
        }

        return key;
    }

    /// <summary>As <see cref="Core.Text.NameKey.LookupKeys"/> of <paramref name="name"/>, <paramref name="label"/>.</summary>
    public string[] LookupKeys(string name, string label)
    {
        if (!lookupKeys.TryGetValue((label, name), out var keys))
        {
            if (lookupKeys.Count >= MaxNames)
            {
                lookupKeys.Clear();
            }

            keys = [.. Core.Text.NameKey.LookupKeys(name, label)];
            lookupKeys[(label, name)] = keys;
        }

        return keys;
    }

    /// <summary>The lookup keys of every name of <paramref name="entities"/> (as <see cref="IArticleBatch.LookupKeysOf"/>).</summary>
    public HashSet<string> LookupKeysOf(IEnumerable<Core.Model.Entity> entities)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var name in entity.AllNames)
            {
                keys.UnionWith(LookupKeys(name, entity.Label));
            }
        }

        return keys;
    }

    /// <summary>As <see cref="IEntityIdentityKeys.KeysOfEntity"/> by the store's rules: those of each name, once each, in ordinal order.</summary>
    public IReadOnlyList<string> KeysOfEntity(string label, IEnumerable<string> names)
    {
        var rulesOf = rules ?? throw new InvalidOperationException("The store has no identity key rules.");
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!identityKeys.TryGetValue((label, name), out var ofName))
            {
                if (identityKeys.Count >= MaxNames)
                {
                    identityKeys.Clear();
                }

                ofName = [.. rulesOf.KeysOf(label, name)];
                identityKeys[(label, name)] = ofName;
            }

            keys.UnionWith(ofName);
        }

        return [.. keys];
    }
}
