namespace GraphExplorer.Worker.Reading;

/// <summary>Expands the paths given to ingest into article files, in a stable order.</summary>
public static class ArticleFiles
{
    // One unreadable subfolder must not hide every other article.
    private static readonly EnumerationOptions Recursive = new() { RecurseSubdirectories = true, IgnoreInaccessible = true };

    /// <summary>
    /// Files are taken as given; folders are searched recursively for article files. Paths that do not
    /// exist come back as-is so that reading them reports the failure with the path.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", Recursive)
                    .Where(ArticleFileReader.IsArticleFile)
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return [.. files.Distinct(StringComparer.Ordinal)];
    }
}
