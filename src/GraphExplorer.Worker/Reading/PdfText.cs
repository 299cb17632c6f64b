using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace GraphExplorer.Worker.Reading;

/// <summary>
/// The text of a PDF article (PdfPig): pages in order, each page's text in content order, the lines of a
/// paragraph joined into one line (the pipeline reads one paragraph per line; a word hyphenated across a line
/// break is joined back), paragraphs and pages separated by a blank line. Bounded: at most
/// <see cref="MaxPages"/> pages, <see cref="MaxDecodedBytes"/> of decoded streams in all (a compressed stream
/// that would inflate past it is refused before it is inflated), text no longer than the file limit.
/// A PDF that cannot be read, is encrypted or has no text layer is refused with the reason.
/// </summary>
internal static class PdfText
{
    /// <summary>Most pages read; a news article is a few pages, a longer PDF is a report or a book.</summary>
    public const int MaxPages = 500;

    /// <summary>Most bytes all of a document's streams may decode to (a "PDF bomb" inflates a small file to gigabytes).</summary>
    public const long MaxDecodedBytes = 256L * 1024 * 1024;

    public static string Extract(string path, byte[] bytes, long maxChars)
    {
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) < 0)
        {
            throw new ArticleReadException(path, "is not a PDF (no %PDF- header)");
        }

        var filters = new BoundedFilterProvider(MaxDecodedBytes);
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions
            {
                UseLenientParsing = true,
                SkipMissingFonts = true,
                ClipPaths = false,
                FilterProvider = filters,
            });
            if (document.NumberOfPages > MaxPages)
            {
                throw new ArticleReadException(path, $"is a PDF of {document.NumberOfPages:N0} pages, over the {MaxPages}-page limit for one article");
            }

            var text = new StringBuilder();
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                AppendPage(text, document.GetPage(number));
                if (text.Length > maxChars)
                {
                    throw new ArticleReadException(path, $"is a PDF whose text runs past {maxChars:N0} characters, the limit for one article");
                }
            }

            if (string.IsNullOrWhiteSpace(text.ToString()))
            {
                throw new ArticleReadException(path, "is a PDF without a text layer (a scanned image?); run OCR on it first");
            }

            return text.ToString();
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new ArticleReadException(path, "is an encrypted PDF; save an unprotected copy");
        }
        catch (DecodedTooLargeException e)
        {
            throw new ArticleReadException(path, e.Message);
        }
        catch (Exception e) when (e is not (ArticleReadException or OperationCanceledException or OutOfMemoryException))
        {
            // PdfPig throws many kinds of exceptions for broken files; each is one more way of "cannot be read".
            throw new ArticleReadException(path, $"is not a readable PDF ({e.GetType().Name}: {OneLine(e.Message)})");
        }
    }

    private static void AppendPage(StringBuilder text, Page page)
    {
        var content = ContentOrderTextExtractor.GetText(page, new ContentOrderTextExtractor.Options
        {
            SeparateParagraphsWithDoubleNewline = true,
            ReplaceWhitespaceWithSpace = true,
        });
        foreach (var paragraph in content.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n"))
        {
            var line = JoinLines(paragraph);
            if (line.Length > 0)
            {
                text.Append(line).Append("\n\n");
            }
        }
    }

    /// <summary>One paragraph's lines as one line; "Kurdis-" + "tan" is "Kurdistan", "Erbil-" + "Based" stays "Erbil-Based".</summary>
    internal static string JoinLines(string paragraph)
    {
        var joined = new StringBuilder(paragraph.Length);
        foreach (var raw in paragraph.Split('\n'))
        {
            var line = string.Join(' ', raw.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (line.Length == 0)
            {
                continue;
            }

            if (joined.Length == 0)
            {
                joined.Append(line);
            }
            else if (joined.Length >= 2 && joined[^1] == '-' && char.IsLetter(joined[^2]) && char.IsLetter(line[0]))
            {
                // a typesetter's hyphen between lower-case halves goes; a compound's hyphen stays
                if (char.IsLower(joined[^2]) && char.IsLower(line[0]))
                {
                    joined.Length--;
                }

                joined.Append(line);
            }
            else
            {
                joined.Append(' ').Append(line);
            }
        }

        return joined.ToString();
    }

    private static string OneLine(string message)
    {
        var line = string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return line.Length > 200 ? line[..200] + "…" : line;
    }

    private sealed class DecodedTooLargeException(string message) : Exception(message);

    /// <summary>PdfPig's filters, each wrapped so that one document's decoded bytes stay under a budget.</summary>
    private sealed class BoundedFilterProvider(long budget) : IFilterProvider
    {
        private long decoded;

        public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(DefaultFilterProvider.Instance.GetFilters(dictionary));

        public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(DefaultFilterProvider.Instance.GetNamedFilters(names));

        public IReadOnlyList<IFilter> GetAllFilters() => Wrap(DefaultFilterProvider.Instance.GetAllFilters());

        private IReadOnlyList<IFilter> Wrap(IReadOnlyList<IFilter> filters) => [.. filters.Select(f => (IFilter)new BoundedFilter(f, this))];

        private void Charge(long bytes)
        {
            decoded += bytes;
            if (decoded > budget)
            {
                throw new DecodedTooLargeException($"is a PDF whose streams decode to more than {budget / (1024 * 1024):N0} MiB (a compression bomb?)");
            }
        }

        private long Remaining => budget - decoded;

        private sealed class BoundedFilter(IFilter inner, BoundedFilterProvider owner) : IFilter
        {
            public bool IsSupported => inner.IsSupported;

            public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
            {
                if (inner is FlateFilter && InflatedLength(input, owner.Remaining + 1) > owner.Remaining)
                {
                    owner.Charge(owner.Remaining + 1);
                }

                var output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
                owner.Charge(output.Length);
                return output;
            }

            // Counts what a zlib stream inflates to, stopping at the limit: nothing is kept, so a bomb costs no memory.
            private static long InflatedLength(Memory<byte> input, long limit)
            {
                if (input.Length < 2)
                {
                    return 0;
                }

                try
                {
                    using var source = new MemoryStream(input[2..].ToArray(), writable: false);
                    using var inflater = new DeflateStream(source, CompressionMode.Decompress);
                    var buffer = new byte[81920];
                    long total = 0;
                    int read;
                    while (total <= limit && (read = inflater.Read(buffer)) > 0)
                    {
                        total += read;
                    }

                    return total;
                }
                catch (InvalidDataException)
                {
                    // a broken stream: PdfPig's own filter decides what to make of it
                    return 0;
                }
            }
        }
    }
}
