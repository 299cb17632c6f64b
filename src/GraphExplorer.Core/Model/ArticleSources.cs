namespace GraphExplorer.Core.Model;

/// <summary>
/// The rule for an article's <see cref="Article.Source"/>: the path relative to the folder that was ingested
/// (or the inbox), or a URL; never a path on the server, which would tell every reader of an export or of the
/// query service how the server's disks are laid out.
/// </summary>
public static class ArticleSources
{
    /// <summary>Whether <paramref name="source"/> names a place on the server: rooted (<c>/</c>, <c>\</c>, <c>C:</c>, <c>~</c>, <c>file:</c>) or climbing out with <c>..</c>.</summary>
    public static bool IsServerPath(string source)
    {
        var path = source.Replace('\\', '/');
        return path.StartsWith('/') || path.StartsWith('~') || path.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            || (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':')
            || path == ".." || path.StartsWith("../", StringComparison.Ordinal) || path.Contains("/../", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal);
    }

    /// <summary>
    /// A source safe to store and show: unchanged unless it is a server path (written by an older version, or
    /// found in an older export), which is cut down to its file name, the one part that is no server detail.
    /// </summary>
    public static string WithoutServerPath(string source) =>
        IsServerPath(source) ? source.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(s => s != "..") ?? "" : source;
}
