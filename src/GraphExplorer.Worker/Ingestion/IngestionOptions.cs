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
    /// Most articles stored in one store transaction. Default 128: the cost of a commit is shared by many articles (the
    /// index pages a batch rewrites are mostly the same ones, written once per commit), and an interrupted run still loses
    /// at most that many (the next run over the same files stores them).
    /// </summary>
    public int BatchArticles { get; set; } = 128;

    /// <summary>
    /// Longest a store transaction stays open, waiting for more articles. Default 2 s: progress is reported as articles
    /// are committed, so it moves at least this often, and other writers of the store wait no longer than this. At
    /// 500 ms a single-core ingest committed every 10 to 20 articles, and the commit was the writer's largest step.
    /// </summary>
    public TimeSpan BatchTime { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Whether symbolic links are followed (to files and folders anywhere). Default false: a link is refused
    /// with its target named, so a link to <c>/etc</c> or to a secrets file dropped into a folder stores nothing.
    /// When true, each real folder is still entered once, so a link to <c>.</c> or to a parent is not recursed.
    /// </summary>
    public bool FollowLinks { get; set; }
}
