namespace GraphExplorer.Worker.Reading;

/// <summary>A file could not be read as an article. The message names the file and the reason.</summary>
public sealed class ArticleReadException : Exception
{
    public ArticleReadException(string path, string reason)
        : base($"{path}: {reason}")
    {
        Path = path;
        Reason = reason;
    }

    public ArticleReadException()
        : this("?", "unreadable")
    {
    }

    public ArticleReadException(string message)
        : this("?", message)
    {
    }

    public ArticleReadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "?";
        Reason = message;
    }

    /// <summary>The file.</summary>
    public string Path { get; } = "?";

    /// <summary>Why it was refused.</summary>
    public string Reason { get; } = "";
}
