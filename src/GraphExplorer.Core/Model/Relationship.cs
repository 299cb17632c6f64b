namespace GraphExplorer.Core.Model;

/// <summary>
/// A typed edge with its attributes and evidence. The same fact from two articles is one relationship
/// with two evidence entries.
/// </summary>
/// <param name="Type">The edge type name (see <see cref="EdgeTypes"/>).</param>
/// <param name="SourceId">Source entity id; for symmetric types the smaller id.</param>
/// <param name="TargetId">Target entity id.</param>
/// <param name="Evidence">Every sentence that states it, ordered by article and offset.</param>
public sealed record Relationship(string Type, string SourceId, string TargetId, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>
    /// When it happened, if the text says so soundly (<see cref="DateKind.Stated"/>); otherwise the day it was
    /// reported (<see cref="DateKind.Reported"/>), when that is known.
    /// </summary>
    public DateOnly? Date { get; init; }

    /// <summary>Whether <see cref="Date"/> is the date the text states or the reporting date; meaningless without a date.</summary>
    public DateKind DateKind { get; init; }

    /// <summary>Where it happened: the id of a Place or Country entity, if stated.</summary>
    public string? PlaceId { get; init; }

    /// <summary>For HOLDS_ROLE: the title held ("national security adviser").</summary>
    public string? Title { get; init; }

    /// <summary>For ACCUSED: what is alleged.</summary>
    public string? Allegation { get; init; }

    /// <summary>How sure extraction is, 0..1.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>The identity of the fact: type and endpoints (ordered for symmetric types).</summary>
    public string Key => KeyOf(Type, SourceId, TargetId);

    /// <summary>Builds a relationship key; symmetric types order their endpoints so A–B equals B–A.</summary>
    public static string KeyOf(string type, string sourceId, string targetId)
    {
        if (EdgeTypes.TryGet(type, out var edgeType) && edgeType.Symmetric && string.CompareOrdinal(sourceId, targetId) > 0)
        {
            (sourceId, targetId) = (targetId, sourceId);
        }

        return $"{type}|{sourceId}|{targetId}";
    }

    /// <summary>Returns this relationship with symmetric endpoints in canonical order.</summary>
    public Relationship Canonical() =>
        EdgeTypes.TryGet(Type, out var edgeType) && edgeType.Symmetric && string.CompareOrdinal(SourceId, TargetId) > 0
            ? this with { SourceId = TargetId, TargetId = SourceId }
            : this;

    public bool Equals(Relationship? other) =>
        other is not null && Key == other.Key && Date == other.Date && (Date is null || DateKind == other.DateKind) && PlaceId == other.PlaceId && Title == other.Title
        && Allegation == other.Allegation && Confidence.Equals(other.Confidence) && Evidence.SequenceEqual(other.Evidence);

    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);
}
