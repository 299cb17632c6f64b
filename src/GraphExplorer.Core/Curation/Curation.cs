using System.Text.Json.Serialization;

namespace GraphExplorer.Core.Curation;

/// <summary>What an analyst corrected.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CurationKind>))]
public enum CurationKind
{
    /// <summary>Two entities are one: <see cref="Curation.OtherEntityId"/> is folded into <see cref="Curation.EntityId"/>.</summary>
    Merge,

    /// <summary>An alias names someone else: it becomes an entity of its own, with the facts whose sentences use it.</summary>
    SplitAlias,

    /// <summary>A fact is wrong: <see cref="Curation.FactKey"/> is dropped.</summary>
    RejectFact,

    /// <summary>An entity is also called <see cref="Curation.Alias"/>.</summary>
    AddAlias,

    /// <summary>An entity's name is <see cref="Curation.Name"/>; the old name stays as an alias.</summary>
    Rename,
}

/// <summary>
/// One correction, stored as an override: it is applied to every article's extracted graph before the graph is
/// stored (<see cref="CurationOverrides"/>), so it holds across re-ingests and rebuilds, in every store.
/// Ids refer to the graph as curated by the corrections before it.
/// </summary>
/// <param name="Kind">What is corrected.</param>
/// <param name="EntityId">The entity corrected (for a merge, the one kept).</param>
/// <param name="Label">The entity's label, checked when the curation is made.</param>
/// <param name="Name">Merge: the kept entity's name. Rename: the new name. SplitAlias: the new entity's name (the alias).</param>
/// <param name="OtherEntityId">Merge: the entity folded into <paramref name="EntityId"/>. SplitAlias: the new entity's id.</param>
/// <param name="Alias">SplitAlias and AddAlias: the alias. Rename: the name before it (restored when it is undone).</param>
/// <param name="FactKey">RejectFact: the fact's key, <c>TYPE|source|target</c>.</param>
/// <param name="EntityName">The name <paramref name="EntityId"/> had when the curation was made (RejectFact: the fact's source).</param>
/// <param name="OtherEntityName">
/// The name <paramref name="OtherEntityId"/> had (Merge: the entity folded in; RejectFact: the fact's target). The log
/// reads in names, as an analyst made it; ids stay beside them. Curations logged before names were kept have none.
/// </param>
public sealed record Curation(
    CurationKind Kind,
    string EntityId,
    string Label,
    string? Name = null,
    string? OtherEntityId = null,
    string? Alias = null,
    string? FactKey = null,
    string? EntityName = null,
    string? OtherEntityName = null)
{
    /// <summary>The entity ids this curation changes the facts of; an article that mentions none of them is untouched by it.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> TouchedEntityIds => Kind switch
    {
        CurationKind.RejectFact when FactKey?.Split('|') is [_, var source, var target] => [source, target],
        _ => [.. new[] { EntityId, OtherEntityId }.OfType<string>().Where(id => id.Length > 0)],
    };

    /// <summary>One line for the audit log, in the entities' names (their ids when the log predates names).</summary>
    [JsonIgnore]
    public string Summary => Kind switch
    {
        CurationKind.Merge => $"merged {Quoted(OtherEntityName, OtherEntityId)} into {Quoted(EntityName ?? Name, EntityId)}",
        CurationKind.SplitAlias => $"split alias '{Alias}' off {Quoted(EntityName, EntityId)} into an entity of its own",
        CurationKind.RejectFact when FactKey?.Split('|') is [var type, var source, var target] =>
            $"rejected the fact {Quoted(EntityName, source)} {type} {Quoted(OtherEntityName, target)}",
        CurationKind.RejectFact => $"rejected fact {FactKey}",
        CurationKind.AddAlias => $"added alias '{Alias}' to {Quoted(EntityName, EntityId)}",
        CurationKind.Rename => $"renamed {Quoted(Alias ?? EntityName, EntityId)} to '{Name}'",
        _ => Kind.ToString(),
    };

    private static string Quoted(string? name, string? id) => name is { Length: > 0 } ? $"'{name}'" : id ?? "?";
}

/// <summary>A curation as logged: who made it and when, and who undid it and when, if anyone did.</summary>
/// <param name="Id">Its place in the log, from 1.</param>
/// <param name="Curation">The correction.</param>
/// <param name="By">Who made it (the API key's name, the token's user, or "local").</param>
/// <param name="At">When.</param>
public sealed record CurationRecord(long Id, Curation Curation, string By, DateTimeOffset At)
{
    /// <summary>Who undid it; null while it is in force.</summary>
    public string? UndoneBy { get; init; }

    /// <summary>When it was undone.</summary>
    public DateTimeOffset? UndoneAt { get; init; }

    /// <summary>Whether it is in force.</summary>
    [JsonIgnore]
    public bool Active => UndoneAt is null;
}
