using GraphExplorer.Core.Extraction;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;

namespace GraphExplorer.Extraction.Reading;

/// <summary>
/// Step "read": plain text or HTML into readable text plus metadata: the headline, the publication
/// date (from the page header: "Tuesday, 23 July 2024", "December 20, 2023", ISO), the publisher and
/// the author when the page states them.
/// </summary>
internal sealed class ReadStep : IExtractionStep
{
    private const int HeaderLines = 8;

    /// <summary>
    /// Most characters of readable text in one article: a hundred times a long news article. A longer text is a
    /// book, a dump or a hostile file; extraction is linear but not free, and one article must not hold the worker
    /// for minutes.
    /// </summary>
    internal const int MaxTextChars = 2_000_000;

    public string Name => "read";

    public void Run(ExtractionContext context)
    {
        var document = context.Document;
        if (document.Content.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArticleRejectedException($"Article '{document.Id}' is not text (it contains NUL characters).");
        }

        HtmlPage? page = null;
        if (document.MediaType == SourceDocument.Html || LooksLikeHtml(document.Content))
        {
            page = HtmlText.Convert(document.Content);
            context.Text = page.Text;
        }
        else
        {
            context.Text = document.Content;
        }

        if (context.Text.Length > MaxTextChars)
        {
            throw new ArticleRejectedException($"Article '{document.Id}' has {context.Text.Length:N0} characters of text, over the {MaxTextChars:N0}-character limit for one article.");
        }

        var lines = TextLine.Of(context.Text);
        if (lines.Count == 0)
        {
            throw new ArticleRejectedException($"Article '{document.Id}' is empty.");
        }

        ReadHeader(context, lines);
        if (page is not null)
        {
            context.Title = page.Title ?? context.Title;
            context.Author ??= page.Author;
            context.Publisher ??= page.Publisher;
            if (context.Published is null && page.Published is { Length: >= 10 } iso && NewsDates.FindFirst(iso[..10]) is { } d)
            {
                context.Published = d.Date;
            }
        }
    }

    private static void ReadHeader(ExtractionContext context, List<TextLine> lines)
    {
        (DateOnly Date, string? Publisher)? bare = null, withPublisher = null;
        foreach (var line in lines.Take(HeaderLines))
        {
            if (DateLine(line.Text) is { } found)
            {
                if (found.Publisher is null)
                {
                    bare ??= found;
                }
                else
                {
                    withPublisher ??= found;
                }
            }
        }

        var chosen = withPublisher ?? bare;
        context.Published = chosen?.Date;
        context.Publisher = chosen?.Publisher;
        foreach (var line in lines.Take(HeaderLines).Concat(lines.TakeLast(3)))
        {
            if (PageFurniture.Byline(line.Text) is { } author)
            {
                context.Author = author;
                break;
            }
        }

        context.Title = FindTitle(lines);
    }

    /// <summary>A header line that is a date, possibly framed by a publisher and a section ("Gulan Media December 20, 2023 News").</summary>
    internal static (DateOnly Date, string? Publisher)? DateLine(string text)
    {
        if (NewsDates.FindFirst(text) is not { } found)
        {
            return null;
        }

        var before = PageFurniture.Bare(text[..found.Start]).TrimEnd(',', ' ');
        var after = PageFurniture.Bare(text[found.End..]);
        var beforeWords = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var afterWords = after.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (beforeWords.Length > 4 || afterWords.Length > 2 || text.TrimEnd().EndsWith('.'))
        {
            return null;
        }

        var weekdayOnly = beforeWords.Length == 1 && Enum.TryParse<DayOfWeek>(beforeWords[0].TrimEnd(','), true, out _);
        var publisher = beforeWords.Length == 0 || weekdayOnly || beforeWords.Any(w => !char.IsUpper(w[0])) ? null : before;
        return (found.Date, publisher);
    }

    internal static bool IsHeaderLine(string text) =>
        text.Length <= 120 && DateLine(text) is not null || PageFurniture.Byline(text) is not null || PageFurniture.IsFurniture(text);

    private static string FindTitle(List<TextLine> lines)
    {
        for (var i = 0; i < Math.Min(lines.Count, HeaderLines); i++)
        {
            var text = PageFurniture.Bare(lines[i].Text);
            if (IsHeaderLine(lines[i].Text) || text.Length == 0)
            {
                continue;
            }

            // a breadcrumb ends with the headline that follows it ("HomeMiddle EastIraq and Iran sign ...")
            if (i + 1 < lines.Count && text.Length > lines[i + 1].Text.Length && text.EndsWith(lines[i + 1].Text, StringComparison.Ordinal))
            {
                continue;
            }

            return text;
        }

        return PageFurniture.Bare(lines[0].Text);
    }

    private static bool LooksLikeHtml(string content)
    {
        var head = content.AsSpan(0, Math.Min(content.Length, 512)).TrimStart();
        return head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
