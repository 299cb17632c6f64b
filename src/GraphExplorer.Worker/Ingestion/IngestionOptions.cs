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
    /// Most articles stored in one store transaction. Default 64: the cost of a commit is shared by many articles, and
    /// an interrupted run still loses at most that many (the next run over the same files stores them).
    /// </summary>
    public int BatchArticles { get; set; } = 64;

    /// <summary>
    /// Longest a store transaction stays open, waiting for more articles. Default 500 ms: progress is reported as articles
    /// are committed, so it moves at least this often, and other writers of the store wait no longer than this.
    /// </summary>
    public TimeSpan BatchTime { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Whether symbolic links are followed (to files and folders anywhere). Default false: a link is refused
    /// with its target named, so a link to <c>/etc</c> or to a secrets file dropped into a folder stores nothing.
    /// When true, each real folder is still entered once, so a link to <c>.</c> or to a parent is not recursed.
    /// </summary>
    public bool FollowLinks { get; set; }
}
