using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace GraphExplorer.Extraction.Reading;

/// <summary>What an HTML page says about itself, next to its readable text.</summary>
internal sealed record HtmlPage(string Text, string? Title, string? Published, string? Author, string? Publisher);

/// <summary>Turns an HTML page into plain text (one block element per line) and reads its metadata.</summary>
internal static partial class HtmlText
{
    public static HtmlPage Convert(string html)
    {
        var title = FirstText(H1(), html) ?? Meta(html, "og:title") ?? FirstText(TitleTag(), html);
        var time = TimeTag().Match(html);
        var published = Meta(html, "article:published_time") ?? Meta(html, "datePublished") ?? (time.Success ? time.Groups[1].Value : null);
        var author = Meta(html, "author");
        var publisher = Meta(html, "og:site_name");

        var body = Invisible().Replace(html, " ");
        body = Comment().Replace(body, " ");
        body = BlockEnd().Replace(body, "\n");
        body = Tag().Replace(body, " ");
        body = WebUtility.HtmlDecode(body).Replace('\u00A0', ' ');
        var builder = new StringBuilder(body.Length);
        foreach (var line in body.Split('\n'))
        {
            var collapsed = Spaces().Replace(line, " ").Trim();
            if (collapsed.Length > 0)
            {
                builder.Append(collapsed).Append("\n\n");
            }
        }

        return new HtmlPage(builder.ToString(), Clean(title), published, Clean(author), Clean(publisher));
    }

    private static string? Clean(string? value) =>
        value is null ? null : Spaces().Replace(WebUtility.HtmlDecode(Tag().Replace(value, " ")), " ").Trim() is { Length: > 0 } s ? s : null;

    private static string? FirstText(Regex regex, string html) => regex.Match(html) is { Success: true } m ? Clean(m.Groups[1].Value) : null;

    private static string? Meta(string html, string property)
    {
        foreach (Match m in MetaTag().Matches(html))
        {
            var tag = m.Value;
            var name = MetaName().Match(tag);
            var content = MetaContent().Match(tag);
            if (name.Success && content.Success && string.Equals(name.Groups[1].Value, property, StringComparison.OrdinalIgnoreCase))
            {
                return WebUtility.HtmlDecode(content.Groups[1].Value);
            }
        }

        return null;
    }

    [GeneratedRegex(@"<(script|style|noscript|nav|footer|aside|form|iframe|svg)\b[^>]*>.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<\s*(br\s*/?|/p|/div|/h[1-6]|/li|/tr|/section|/article|/header|/blockquote|/figcaption|/title)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\r\f\v]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"<h1\b[^>]*>(.*?)</h1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex H1();

    [GeneratedRegex(@"<title\b[^>]*>(.*?)</title\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TitleTag();

    [GeneratedRegex(@"<time\b[^>]*datetime\s*=\s*[""']([^""']+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex TimeTag();

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"(?:property|name|itemprop)\s*=\s*[""']([^""']+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex MetaName();

    [GeneratedRegex(@"content\s*=\s*[""']([^""']*)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex MetaContent();
}
