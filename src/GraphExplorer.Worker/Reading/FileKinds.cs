using Microsoft.Win32.SafeHandles;
using Mono.Unix.Native;

namespace GraphExplorer.Worker.Reading;

/// <summary>What a directory entry is. Only <see cref="Regular"/> files are read as articles.</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    Socket,
    CharacterDevice,
    BlockDevice,
    Other,
}

/// <summary>
/// File types as the operating system sees them (<c>lstat</c>, <c>fstat</c>), which .NET does not tell apart:
/// to it a fifo, a socket, <c>/dev/zero</c> and an empty file are all "Normal" files of length 0, and opening a
/// fifo for reading blocks until a writer comes. On Unix the checks go through Mono.Unix; Windows has no such
/// entries in its file system, and only reparse points (links) need catching there.
/// </summary>
internal static class FileKinds
{
    /// <summary>The kind of the entry itself; a link is <see cref="FileKind.SymbolicLink"/>, never its target.</summary>
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(path);
            return !info.Exists && !Directory.Exists(path) ? FileKind.Missing
                : info.Attributes.HasFlag(FileAttributes.ReparsePoint) ? FileKind.SymbolicLink
                : info.Attributes.HasFlag(FileAttributes.Directory) ? FileKind.Directory
                : FileKind.Regular;
        }

        return Syscall.lstat(path, out var stat) == 0 ? KindOf(stat.st_mode) : FileKind.Missing;
    }

    /// <summary>The kind of what a path finally names, links followed.</summary>
    public static FileKind OfTarget(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return File.Exists(path) ? FileKind.Regular : Directory.Exists(path) ? FileKind.Directory : FileKind.Missing;
        }

        return Syscall.stat(path, out var stat) == 0 ? KindOf(stat.st_mode) : FileKind.Missing;
    }

    /// <summary>
    /// Identifies a directory however it is reached (device and inode on Unix), so a walk that follows links
    /// enters each directory once: a link to <c>.</c> or to a parent is a cycle, not a deeper folder.
    /// </summary>
    public static string DirectoryIdentity(string path)
    {
        if (!OperatingSystem.IsWindows() && Syscall.stat(path, out var stat) == 0)
        {
            return $"{stat.st_dev}:{stat.st_ino}";
        }

        var info = new DirectoryInfo(path);
        return (info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName).TrimEnd(Path.DirectorySeparatorChar);
    }

    /// <summary>Where a link points, as written in the link.</summary>
    public static string LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget ?? "?";
        }
        catch (IOException)
        {
            return "?";
        }
    }

    /// <summary>"a fifo (named pipe)", "a character device"…: how a refusal names a kind.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Fifo => "a fifo (named pipe)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Missing => "missing",
        _ => "not a regular file",
    };

    /// <summary>
    /// Opens a file for reading without blocking and only if it is a regular file: <c>O_NONBLOCK</c> so a fifo
    /// cannot stall the open, <c>O_NOFOLLOW</c> unless links are followed, then <c>fstat</c> on the open
    /// descriptor, so the file checked is the file read even if the path is swapped in between.
    /// </summary>
    public static FileStream OpenRegular(string path, bool followLinks)
    {
        if (OperatingSystem.IsWindows())
        {
            if (!followLinks && Of(path) == FileKind.SymbolicLink)
            {
                throw new ArticleReadException(path, LinkRefusal(path));
            }

            return OpenOrRefuse(path, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0));
        }

        var flags = OpenFlags.O_RDONLY | OpenFlags.O_NONBLOCK | OpenFlags.O_CLOEXEC | (followLinks ? 0 : OpenFlags.O_NOFOLLOW);
        var descriptor = Syscall.open(path, flags);
        if (descriptor < 0)
        {
            var error = Stdlib.GetLastError();
            throw new ArticleReadException(path, error switch
            {
                Errno.ENOENT or Errno.ENOTDIR => "file not found",
                Errno.EACCES or Errno.EPERM => "permission denied",
                Errno.ELOOP when !followLinks => LinkRefusal(path),
                Errno.ELOOP => "the link leads into a loop of links",
                Errno.ENXIO => $"is {Describe(Of(path))}, not a regular file",
                _ => $"cannot be opened ({error})",
            });
        }

        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        try
        {
            if (Syscall.fstat(descriptor, out var stat) != 0)
            {
                throw new ArticleReadException(path, $"cannot be examined ({Stdlib.GetLastError()})");
            }

            var kind = KindOf(stat.st_mode);
            if (kind != FileKind.Regular)
            {
                throw new ArticleReadException(path, $"is {Describe(kind)}, not a regular file; only regular files are read");
            }

            return new FileStream(handle, FileAccess.Read, bufferSize: 0);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>The refusal of a link that is not followed.</summary>
    public static string LinkRefusal(string path) =>
        $"is a symbolic link (to {LinkTarget(path)}); links are not followed unless asked (--follow-links, Ingestion:FollowLinks)";

    private static FileStream OpenOrRefuse(string path, Func<FileStream> open)
    {
        try
        {
            return open();
        }
        catch (FileNotFoundException)
        {
            throw new ArticleReadException(path, "file not found");
        }
        catch (DirectoryNotFoundException)
        {
            throw new ArticleReadException(path, "file not found");
        }
    }

    private static FileKind KindOf(FilePermissions mode) => (mode & FilePermissions.S_IFMT) switch
    {
        FilePermissions.S_IFREG => FileKind.Regular,
        FilePermissions.S_IFDIR => FileKind.Directory,
        FilePermissions.S_IFLNK => FileKind.SymbolicLink,
        FilePermissions.S_IFIFO => FileKind.Fifo,
        FilePermissions.S_IFSOCK => FileKind.Socket,
        FilePermissions.S_IFCHR => FileKind.CharacterDevice,
        FilePermissions.S_IFBLK => FileKind.BlockDevice,
        _ => FileKind.Other,
    };
}
