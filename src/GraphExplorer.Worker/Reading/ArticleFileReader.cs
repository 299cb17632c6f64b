using System.Security.Cryptography;
using System.Text;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Worker.Reading;

/// <summary>
/// Reads one article file into a <see cref="SourceDocument"/>, refusing what is not a text article:
/// too large, empty, binary, not UTF-8, or unreadable. Each refusal is an <see cref="ArticleReadException"/>
/// whose reason an analyst can act on.
/// </summary>
public sealed class ArticleFileReader(long maxFileBytes)
{
    /// <summary>The file extensions read as articles, with the media type of each.</summary>
    public static IReadOnlyDictionary<string, string> MediaTypes { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = SourceDocument.PlainText,
        [".html"] = SourceDocument.Html,
        [".htm"] = SourceDocument.Html,
    };

    // Strict decoding: invalid byte sequences throw instead of turning into U+FFFD silently.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Whether the path has an article extension.</summary>
    public static bool IsArticleFile(string path) => MediaTypes.ContainsKey(Path.GetExtension(path));

    /// <summary>The article id of a file: its name without extension.</summary>
    public static string ArticleIdOf(string path) => Path.GetFileNameWithoutExtension(path);

    /// <summary>Reads and checks the file.</summary>
    public async Task<SourceDocument> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!MediaTypes.TryGetValue(Path.GetExtension(path), out var mediaType))
        {
            throw new ArticleReadException(path, $"not an article file (expected {string.Join(", ", MediaTypes.Keys)})");
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new ArticleReadException(path, "file not found");
            }

            if (info.Length > maxFileBytes)
            {
                throw new ArticleReadException(path, $"file is {info.Length:N0} bytes, over the {maxFileBytes:N0}-byte limit for one article");
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ArticleReadException(path, $"permission denied ({e.Message})");
        }
        catch (IOException e)
        {
            throw new ArticleReadException(path, $"cannot be read ({e.Message})");
        }

        return Decode(path, bytes, mediaType);
    }

    /// <summary>Checks and decodes bytes already read; pure, so it can be tested without files.</summary>
    public SourceDocument Decode(string path, byte[] bytes, string mediaType)
    {
        if (bytes.Length > maxFileBytes)
        {
            throw new ArticleReadException(path, $"file is {bytes.Length:N0} bytes, over the {maxFileBytes:N0}-byte limit for one article");
        }

        if (bytes.Length == 0)
        {
            throw new ArticleReadException(path, "file is empty");
        }

        if (LooksBinary(bytes))
        {
            throw new ArticleReadException(path, "file is binary, not text");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new ArticleReadException(path, $"file is not valid UTF-8 (bad byte at offset {e.Index})");
        }

        // A UTF-8 byte order mark is not part of the article.
        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleReadException(path, "file holds only white space");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new SourceDocument(ArticleIdOf(path), text, mediaType, hash, path);
    }

    // NUL bytes never occur in text; many other C0 controls in the first block mean a binary format.
    private static bool LooksBinary(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        if (sample.Contains((byte)0))
        {
            return true;
        }

        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                controls++;
            }
        }

        return controls > sample.Length / 100 + 1;
    }
}
