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
}
