namespace GraphExplorer.Core.Queries;

/// <summary>
/// A query argument was missing, unknown or out of bounds. The message names the parameter and the reason, as a
/// sentence fit to show a person (without the "(Parameter '…')" suffix <see cref="ArgumentException"/> adds when
/// given a parameter name; <see cref="ParamName"/> still names it).
/// </summary>
public sealed class QueryParameterException : ArgumentException
{
    public QueryParameterException(string parameter, string reason)
        : base($"Parameter '{parameter}' {reason}.")
    {
        Parameter = parameter;
        Reason = reason;
    }

    public QueryParameterException()
        : this("?", "is invalid")
    {
    }

    public QueryParameterException(string message)
        : this("?", message)
    {
    }

    public QueryParameterException(string message, Exception innerException)
        : base(message, innerException)
    {
        Parameter = "?";
        Reason = message;
    }

    /// <summary>The parameter at fault.</summary>
    public string Parameter { get; } = "?";

    /// <summary>Why it was refused.</summary>
    public string Reason { get; } = "";

    /// <inheritdoc />
    public override string? ParamName => Parameter;
}

/// <summary>No curated query has that name; the message suggests the nearest names when some are near.</summary>
public sealed class UnknownQueryException(string name, IReadOnlyList<string> suggestions)
    : KeyNotFoundException(Describe(name, suggestions))
{
    public UnknownQueryException(string name)
        : this(name, [])
    {
    }

    public string Name { get; } = name;

    /// <summary>Known query names near the one asked for, nearest first; empty when none is near.</summary>
    public IReadOnlyList<string> Suggestions { get; } = suggestions;

    private static string Describe(string name, IReadOnlyList<string> suggestions) =>
        $"No curated query is named '{name}'. "
        + (suggestions.Count > 0 ? $"Did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}? " : "")
        + "Run 'queries' to list them all.";
}
