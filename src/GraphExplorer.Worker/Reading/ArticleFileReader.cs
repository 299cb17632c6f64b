using System.Security.Cryptography;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Worker.Reading;

/// <summary>
/// Reads one article file into a <see cref="SourceDocument"/>, refusing what is not a text article: not a
/// regular file (a fifo, a socket, a device, a link not followed), too large, empty, binary, in no charset
/// that can be found, a PDF without text, or unreadable. Each refusal is an <see cref="ArticleReadException"/>
/// whose one-line reason an analyst can act on. Every read is bounded: at most <c>maxFileBytes + 1</c> bytes are
/// read, whatever length the file system reports (0 for <c>/dev/zero</c>, less than the truth for a growing file).
/// </summary>
public sealed class ArticleFileReader(long maxFileBytes, bool followLinks = false)
{
    private const string Pdf = "application/pdf";

    /// <summary>The file extensions read as articles, with the media type of each.</summary>
    public static IReadOnlyDictionary<string, string> MediaTypes { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = SourceDocument.PlainText,
        [".html"] = SourceDocument.Html,
        [".htm"] = SourceDocument.Html,
        [".xhtml"] = SourceDocument.Html,
        [".pdf"] = Pdf,
    };

    /// <summary>Whether the path has an article extension.</summary>
    public static bool IsArticleFile(string path) => MediaTypes.ContainsKey(Path.GetExtension(path));

    /// <summary>The article id of a file: its name without extension.</summary>
    public static string ArticleIdOf(string path) => Path.GetFileNameWithoutExtension(path);

    /// <summary>Reads and checks a file given by path alone; its source is its file name.</summary>
    public Task<SourceDocument> ReadAsync(string path, CancellationToken cancellationToken) =>
        ReadAsync(new ArticleFile(path, Path.GetFileName(path)), cancellationToken);

    /// <summary>Reads and checks the file.</summary>
    public async Task<SourceDocument> ReadAsync(ArticleFile file, CancellationToken cancellationToken)
    {
        var path = file.Path;
        if (file.Refusal is { } refusal)
        {
            throw new ArticleReadException(path, refusal);
        }

        if (!MediaTypes.TryGetValue(Path.GetExtension(path), out var mediaType))
        {
            throw new ArticleReadException(path, $"not an article file (expected {string.Join(", ", MediaTypes.Keys)})");
        }

        byte[] bytes;
        try
        {
            await using var stream = FileKinds.OpenRegular(path, followLinks);
            bytes = await ReadBoundedAsync(stream, maxFileBytes + 1, cancellationToken);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ArticleReadException(path, $"permission denied ({e.Message})");
        }
        catch (IOException e)
        {
            throw new ArticleReadException(path, $"cannot be read ({e.Message})");
        }

        return Decode(file, bytes, mediaType);
    }

    /// <summary>Checks and decodes bytes already read; pure, so it can be tested without files.</summary>
    public SourceDocument Decode(string path, byte[] bytes, string mediaType) => Decode(new ArticleFile(path, Path.GetFileName(path)), bytes, mediaType);

    /// <summary>Checks and decodes bytes already read for <paramref name="file"/>.</summary>
    public SourceDocument Decode(ArticleFile file, byte[] bytes, string mediaType)
    {
        var path = file.Path;
        if (bytes.Length > maxFileBytes)
        {
            throw new ArticleReadException(path, $"file is over the {maxFileBytes:N0}-byte limit for one article");
        }

        if (bytes.Length == 0)
        {
            throw new ArticleReadException(path, "file is empty");
        }

        string text;
        if (mediaType == Pdf)
        {
            text = PdfText.Extract(path, bytes, maxFileBytes);
            mediaType = SourceDocument.PlainText;
        }
        else
        {
            text = TextDecoding.Decode(path, bytes, markup: mediaType == SourceDocument.Html).Text;
        }

        // A byte order mark is not part of the article.
        text = text.TrimStart('\uFEFF');
        if (BinaryReason(text) is { } binary)
        {
            throw new ArticleReadException(path, binary);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleReadException(path, "file holds only white space");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new SourceDocument(ArticleIdOf(path), text, mediaType, hash, file.Source);
    }

    private static async Task<byte[]> ReadBoundedAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[(int)Math.Min(limit, 64 * 1024)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length >= limit)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min(limit, (long)buffer.Length * 2));
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        Array.Resize(ref buffer, length);
        return buffer;
    }

    // NUL never occurs in text; many other control characters in the first block mean a binary format that a
    // permissive charset happened to decode.
    private static string? BinaryReason(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        if (sample.Contains('\0'))
        {
            return "file is binary, not text (it holds NUL characters)";
        }

        var controls = 0;
        foreach (var c in sample)
        {
            if ((c < 0x20 && c is not '\n' and not '\r' and not '\t' and not '\f') || c is >= '\u007F' and <= '\u009F')
            {
                controls++;
            }
        }

        return controls > sample.Length / 100 + 1 ? "file is binary, not text (it is full of control characters)" : null;
    }
}
