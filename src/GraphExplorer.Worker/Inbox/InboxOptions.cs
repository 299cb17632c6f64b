namespace GraphExplorer.Worker.Inbox;

/// <summary>The watched inbox folder, bound from the "Inbox" configuration section.</summary>
public sealed class InboxOptions
{
    public const string Section = "Inbox";

    /// <summary>
    /// Folder ingested at start and then watched for new and changed articles; created when missing. Default
    /// <c>./inbox</c> here; the command line's <c>serve</c> puts it in the store's data folder when none is configured.
    /// </summary>
    public string Path { get; set; } = "inbox";

    /// <summary>Whether the worker runs at all. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Quiet time after the last change to a file before it is read, so half-written files are not ingested. Default 500 ms.</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Full rescan interval, a safety net for file events the OS dropped. Default 5 minutes; zero turns it off.</summary>
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromMinutes(5);
}
