using GraphExplorer.Core.Curation;

namespace GraphExplorer.Api.Contracts;

/// <summary>Merge: <c>merge</c> is folded into <c>keep</c>.</summary>
/// <param name="Keep">The id of the entity kept.</param>
/// <param name="Merge">The id of the entity folded into it.</param>
internal sealed record MergeRequest(string Keep, string Merge);

/// <summary>Split an alias off into an entity of its own.</summary>
/// <param name="Entity">The entity id.</param>
/// <param name="Alias">One of its aliases.</param>
internal sealed record SplitAliasRequest(string Entity, string Alias);

/// <summary>Reject a fact.</summary>
/// <param name="Fact">The fact's key, <c>TYPE|sourceId|targetId</c>.</param>
internal sealed record RejectFactRequest(string Fact);

/// <summary>Add an alias.</summary>
/// <param name="Entity">The entity id.</param>
/// <param name="Alias">The new alias.</param>
internal sealed record AddAliasRequest(string Entity, string Alias);

/// <summary>Rename; the old name stays as an alias.</summary>
/// <param name="Entity">The entity id.</param>
/// <param name="Name">The new name.</param>
internal sealed record RenameRequest(string Entity, string Name);

/// <summary>One entry of the curation log.</summary>
/// <param name="Id">Its id (undo with <c>POST /api/curations/{id}/undo</c>).</param>
/// <param name="Kind">merge, splitAlias, rejectFact, addAlias or rename.</param>
/// <param name="Summary">What it does, in one line.</param>
/// <param name="EntityId">The entity corrected (for a merge, the one kept; for a rejected fact, its source).</param>
/// <param name="EntityName">That entity's name when the curation was made (null in entries logged before names were kept).</param>
/// <param name="OtherEntityId">Merge: the entity folded in; split: the new entity.</param>
/// <param name="OtherEntityName">Its name when the curation was made (rejected fact: the fact's target).</param>
/// <param name="Name">The name it sets, if any.</param>
/// <param name="Alias">The alias it concerns, if any.</param>
/// <param name="FactKey">The rejected fact, if any.</param>
/// <param name="By">Who made it.</param>
/// <param name="At">When.</param>
/// <param name="UndoneBy">Who undid it.</param>
/// <param name="UndoneAt">When it was undone; null while in force.</param>
/// <param name="ArticlesRestored">Articles stored again by this request (0 in the log listing).</param>
internal sealed record CurationResponse(
    long Id,
    CurationKind Kind,
    string Summary,
    string EntityId,
    string? EntityName,
    string? OtherEntityId,
    string? OtherEntityName,
    string? Name,
    string? Alias,
    string? FactKey,
    string By,
    DateTimeOffset At,
    string? UndoneBy,
    DateTimeOffset? UndoneAt,
    int ArticlesRestored)
{
    public static CurationResponse From(CurationRecord record, int restored = 0) => new(
        record.Id,
        record.Curation.Kind,
        record.Curation.Summary,
        record.Curation.EntityId,
        record.Curation.EntityName,
        record.Curation.OtherEntityId,
        record.Curation.OtherEntityName,
        record.Curation.Name,
        record.Curation.Alias,
        record.Curation.FactKey,
        record.By,
        record.At,
        record.UndoneBy,
        record.UndoneAt,
        restored);
}
