namespace GraphExplorer.Core.Model;

/// <summary>Where a fact's date comes from: the text that states it, or the day the fact was reported.</summary>
public enum DateKind
{
    /// <summary>The sentence states when it happened ("on 12 March 2024", "on Monday" read against the publication date).</summary>
    Stated,

    /// <summary>
    /// No sentence says when: the date it was reported (the article's publication date, or the day a statement was
    /// made: "the ministry said on Monday that …"). The fact happened on or before it.
    /// </summary>
    Reported,
}

/// <summary>The words exports, queries and stores use for a <see cref="DateKind"/>.</summary>
public static class DateKinds
{
    public const string Stated = "stated";
    public const string Reported = "reported";

    /// <summary>"stated" or "reported".</summary>
    public static string Name(this DateKind kind) => kind == DateKind.Reported ? Reported : Stated;

    /// <summary>The kind a stored or exported word names; anything but "reported" (older data without a kind included) is stated.</summary>
    public static DateKind Parse(string? name) =>
        string.Equals(name, Reported, StringComparison.OrdinalIgnoreCase) ? DateKind.Reported : DateKind.Stated;

    /// <summary>
    /// The date of a fact known from two statements of it: a stated date wins over a reporting date (it says when,
    /// the other only by when); between two of one kind, the earlier. The stores aggregate across articles by the same rule.
    /// </summary>
    public static Relationship WithDateOf(this Relationship fact, Relationship other) =>
        Prefers((other.Date, other.DateKind), (fact.Date, fact.DateKind)) ? fact with { Date = other.Date, DateKind = other.DateKind } : fact;

    /// <summary>Whether date <paramref name="candidate"/> should stand for a fact instead of <paramref name="current"/> (the rule of <see cref="WithDateOf"/>).</summary>
    public static bool Prefers((DateOnly? Date, DateKind Kind) candidate, (DateOnly? Date, DateKind Kind) current) =>
        candidate.Date is { } date
        && (current.Date is not { } mine || (candidate.Kind == DateKind.Stated && current.Kind == DateKind.Reported)
            || (candidate.Kind == current.Kind && date < mine));
}
