namespace GraphExplorer.Worker.Reading;

/// <summary>An article file found for ingestion.</summary>
/// <param name="Path">Where to read it.</param>
/// <param name="Source">
/// Its path relative to the folder that was ingested (its file name when the file was given itself), with
/// <c>/</c> separators: what the store records and exports and the query service show. Never a server path.
/// </param>
/// <param name="Refusal">Why it will not be read, when the walk already knows (a link not followed, an unreadable folder).</param>
public sealed record ArticleFile(string Path, string Source, string? Refusal = null);

/// <summary>
/// Expands the paths given to ingest into article files, in a stable order. Only what the walk can vouch
/// for is read: symbolic links are not followed unless asked (then each real folder is entered once, so a
/// link to <c>.</c> or to a parent ends instead of recursing), and a link, an unreadable folder or a folder
/// nested too deep comes back as a refusal that names it, instead of vanishing.
/// </summary>
public static class ArticleFiles
{
    /// <summary>Deepest folder nesting searched below an ingested folder; deeper ones are refused by name.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Files are taken as given (their source is their file name); folders are searched recursively for article
    /// files (their sources are relative to the folder). Paths that do not exist come back as-is so that reading
    /// them reports the failure with the path.
    /// </summary>
    public static IReadOnlyList<ArticleFile> Expand(IEnumerable<string> paths, bool followLinks = false)
    {
        var files = new List<ArticleFile>();
        foreach (var path in paths)
        {
            var kind = FileKinds.Of(path);
            if (kind == FileKind.SymbolicLink && !followLinks)
            {
                files.Add(new ArticleFile(path, Path.GetFileName(path), FileKinds.LinkRefusal(path)));
            }
            else if (kind == FileKind.Directory || (kind == FileKind.SymbolicLink && FileKinds.OfTarget(path) == FileKind.Directory))
            {
                files.AddRange(Walk(path, followLinks));
            }
            else
            {
                files.Add(new ArticleFile(path, Path.GetFileName(Path.TrimEndingDirectorySeparator(path))));
            }
        }

        return [.. files.DistinctBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Article files named by a watcher inside <paramref name="root"/> (the inbox): sources relative to the root;
    /// a file reached through a linked folder is refused unless links are followed, and a path outside the root
    /// is refused.
    /// </summary>
    public static IReadOnlyList<ArticleFile> Within(string root, IEnumerable<string> files, bool followLinks = false)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var found = new List<ArticleFile>();
        foreach (var file in files.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var source = RelativeSource(fullRoot, file);
            if (source.StartsWith("../", StringComparison.Ordinal) || source == ".." || Path.IsPathRooted(source))
            {
                found.Add(new ArticleFile(file, Path.GetFileName(file), $"is outside the folder {fullRoot}"));
                continue;
            }

            var linkedFolder = followLinks ? null : LinkedAncestor(fullRoot, file);
            found.Add(linkedFolder is null
                ? new ArticleFile(file, source)
                : new ArticleFile(file, source, $"is inside {linkedFolder}, which {FileKinds.LinkRefusal(linkedFolder)}"));
        }

        return found;
    }

    private static List<ArticleFile> Walk(string root, bool followLinks)
    {
        var files = new List<ArticleFile>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { FileKinds.DirectoryIdentity(root) };
        var pending = new Stack<(string Folder, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (folder, depth) = pending.Pop();
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false })];
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                files.Add(new ArticleFile(folder, RelativeSource(root, folder), $"folder cannot be read ({e.Message})"));
                continue;
            }

            foreach (var entry in entries)
            {
                var path = entry.FullName;
                var kind = FileKinds.Of(path);
                var source = RelativeSource(root, path);
                if (kind == FileKind.SymbolicLink)
                {
                    var target = FileKinds.OfTarget(path);
                    if (target != FileKind.Directory && !ArticleFileReader.IsArticleFile(path))
                    {
                        continue;
                    }

                    if (!followLinks)
                    {
                        files.Add(new ArticleFile(path, source, FileKinds.LinkRefusal(path)));
                    }
                    else if (target != FileKind.Directory)
                    {
                        files.Add(new ArticleFile(path, source));
                    }
                    else if (visited.Add(FileKinds.DirectoryIdentity(path)))
                    {
                        Enter(files, pending, path, source, depth + 1);
                    }
                }
                else if (kind == FileKind.Directory)
                {
                    if (visited.Add(FileKinds.DirectoryIdentity(path)))
                    {
                        Enter(files, pending, path, source, depth + 1);
                    }
                }
                else if (ArticleFileReader.IsArticleFile(path))
                {
                    // Fifos, sockets and devices with an article's name are listed: reading refuses them by name.
                    files.Add(new ArticleFile(path, source));
                }
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    private static void Enter(List<ArticleFile> files, Stack<(string, int)> pending, string path, string source, int depth)
    {
        if (depth > MaxDepth)
        {
            files.Add(new ArticleFile(path, source, $"folder is nested more than {MaxDepth} levels deep; not searched"));
        }
        else
        {
            pending.Push((path, depth));
        }
    }

    /// <summary>The first folder between <paramref name="root"/> and <paramref name="file"/> that is a link, if any.</summary>
    private static string? LinkedAncestor(string root, string file)
    {
        for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (FileKinds.Of(folder) == FileKind.SymbolicLink)
            {
                return folder;
            }
        }

        return null;
    }

    private static string RelativeSource(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
