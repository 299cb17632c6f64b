namespace GraphExplorer.Core.Queries;

/// <summary>A query argument was missing, unknown or out of bounds. The message names the parameter and the reason.</summary>
public sealed class QueryParameterException : ArgumentException
{
    public QueryParameterException(string parameter, string reason)
        : base($"Parameter '{parameter}' {reason}.", parameter)
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
}

/// <summary>No curated query has that name.</summary>
public sealed class UnknownQueryException(string name)
    : KeyNotFoundException($"No curated query is named '{name}'. Run the 'queries' list to see them.")
{
    public string Name { get; } = name;
}
