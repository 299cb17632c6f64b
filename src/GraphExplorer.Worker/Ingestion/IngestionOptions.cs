namespace GraphExplorer.Worker.Ingestion;

/// <summary>Limits of article ingestion, bound from the "Ingestion" configuration section.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Largest file read as one article, in bytes. Default 10 MiB: news articles are far smaller, and larger files are dumps, not articles.</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Files read and extracted at once. Default 0: one per core. Storing stays on one writer whatever this says.</summary>
    public int ExtractionThreads { get; set; }

    /// <summary>
    /// Whether symbolic links are followed (to files and folders anywhere). Default false: a link is refused
    /// with its target named, so a link to <c>/etc</c> or to a secrets file dropped into a folder stores nothing.
    /// When true, each real folder is still entered once, so a link to <c>.</c> or to a parent is not recursed.
    /// </summary>
    public bool FollowLinks { get; set; }
}
