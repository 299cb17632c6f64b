namespace GraphExplorer.Export;

/// <summary>An export that cannot be written: the format cannot express the data, or a required tool is missing.</summary>
public sealed class ExportException : Exception
{
    public ExportException()
    {
    }

    public ExportException(string message)
        : base(message)
    {
    }

    public ExportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// The program the format needs and this machine lacks (<c>Graphviz</c>), or null when the data is at fault:
    /// a missing tool is the installation's problem, not the request's.
    /// </summary>
    public string? MissingTool { get; init; }
}
