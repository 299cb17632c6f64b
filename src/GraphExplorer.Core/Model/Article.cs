namespace GraphExplorer.Core.Model;

/// <summary>A source article as read and cleaned.</summary>
/// <param name="Id">The file name stem; stable across re-ingestion.</param>
/// <param name="Title">The headline.</param>
/// <param name="Text">The article text that evidence offsets point into (furniture and spam removed by blanking, so offsets stay true to the file).</param>
/// <param name="ContentHash">SHA-256 of the raw file bytes, lower-case hex.</param>
public sealed record Article(string Id, string Title, string Text, string ContentHash)
{
    /// <summary>Publication date, if the page states one.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Publisher or outlet, if stated.</summary>
    public string? Publisher { get; init; }

    /// <summary>Author, if stated.</summary>
    public string? Author { get; init; }

    /// <summary>Where the article came from (path or URL).</summary>
    public string? Source { get; init; }
}

/// <summary>Article metadata without its text, as carried by query results and citations.</summary>
public sealed record ArticleInfo(string Id, string Title, DateOnly? Published, string? Publisher, string? Author, string? Source);
