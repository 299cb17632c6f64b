using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Storage;

/// <summary>
/// Keys that say what an entity is rather than what it is called, so that a store finds the entities an article's
/// entity can be with one indexed probe instead of reading every entity that shares a generic name with it (every
/// "border agreement"). The keys of an entity are those of each of its names; two entities the resolver may take for
/// one share a key. Agreements have them (<c>AgreementIdentity</c> of the extraction: their parties, their proper
/// names); other labels have none and are found by name alone.
/// </summary>
public interface IEntityIdentityKeys
{
    /// <summary>Names the rules the keys are made by: a store whose keys were made by other rules makes them again.</summary>
    string Version { get; }

    /// <summary>Whether entities of this label have identity keys (and are found through them).</summary>
    bool HasKeys(string label);

    /// <summary>The identity keys of one name of an entity of <paramref name="label"/> (none when the name says nothing of it).</summary>
    IEnumerable<string> KeysOf(string label, string name);

    /// <summary>The labels whose entities have identity keys.</summary>
    IReadOnlyList<string> KeyedLabels => [.. NodeLabels.All.Where(HasKeys)];

    /// <summary>The identity keys of an entity: those of each of its names, once each, in ordinal order (what stores index).</summary>
    IReadOnlyList<string> KeysOfEntity(string label, IEnumerable<string> names) =>
        [.. names.SelectMany(n => KeysOf(label, n)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
