namespace GraphExplorer.Worker.Ingestion;

/// <summary>What happened to one file.</summary>
public enum IngestStatus
{
    /// <summary>First time stored.</summary>
    New,

    /// <summary>Stored before with other content; its facts were replaced.</summary>
    Updated,

    /// <summary>Same content as stored; nothing written.</summary>
    Unchanged,

    /// <summary>Refused or failed; recorded with the reason, nothing else touched.</summary>
    Failed,
}

/// <summary>The result for one file.</summary>
/// <param name="Path">The file.</param>
/// <param name="ArticleId">Its article id (file name stem).</param>
/// <param name="Status">What happened.</param>
/// <param name="Reason">Why it failed, when it did.</param>
/// <param name="Entities">Entities the article mentions (0 unless stored).</param>
/// <param name="Relationships">Facts the article states (0 unless stored).</param>
public sealed record IngestOutcome(string Path, string ArticleId, IngestStatus Status, string? Reason = null, int Entities = 0, int Relationships = 0);

/// <summary>Totals of one ingestion run, with the store's counts after it.</summary>
public sealed record IngestSummary(int New, int Updated, int Unchanged, int Failed, int Nodes, int Relationships, IReadOnlyList<IngestOutcome> Outcomes)
{
    /// <summary>The one-line summary printed at the end of a run.</summary>
    public override string ToString() =>
        $"articles: {New} new, {Updated} updated, {Unchanged} unchanged, {Failed} failed; graph: {Nodes} nodes, {Relationships} relationships";
}
