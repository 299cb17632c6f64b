namespace GraphExplorer.Worker.Ingestion;

/// <summary>Limits of article ingestion, bound from the "Ingestion" configuration section.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Largest file read as one article, in bytes. Default 10 MiB: news articles are far smaller, and larger files are dumps, not articles.</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Files read and extracted at once. Default 0: one per core. Storing stays on one writer whatever this says.</summary>
    public int ExtractionThreads { get; set; }
}
