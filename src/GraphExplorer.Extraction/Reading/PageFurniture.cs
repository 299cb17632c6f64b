using System.Text.RegularExpressions;

namespace GraphExplorer.Extraction.Reading;

/// <summary>Recognizes the lines of a news page that are not the article: navigation, share boxes, bylines, dates, link-farm spam.</summary>
internal static partial class PageFurniture
{
    private static readonly HashSet<string> Furniture = new(StringComparer.OrdinalIgnoreCase)
    {
        "Leave a Comment", "Leave a Reply", "Advertisment", "Advertisement", "Sponsored", "Share", "Share this",
        "Share this:", "Tweet", "Like this:", "Print", "Email", "Comments", "Subscribe", "Read more", "Read More",
        "Tags", "Tags:", "Home", "News", "Menu", "Search", "Login", "Sign in", "Follow us", "Copy link",
        "Previous Post", "Next Post", "Facebook", "Twitter", "WhatsApp", "Telegram", "LinkedIn", "Pinterest", "Reddit",
        "Instagram", "YouTube", "Messenger", "Viber", "Share on Facebook", "Share on Twitter", "Share via Email",
    };

    /// <summary>Lines after which the page holds no more article text.</summary>
    private static readonly HashSet<string> TailMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "Related Posts", "Related Articles", "Related News", "Related", "You may also like", "You might also like",
        "More from this author", "Source link", "Leave a Comment", "Leave a Reply", "Popular Posts", "Most Read",
        "Recommended", "Read also", "More stories",
    };

    /// <summary>Link lines: the line after one of these is a link to another article.</summary>
    private static readonly HashSet<string> LinkLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "Previous Article", "Next Article", "Previous article", "Next article", "Previous Post", "Next Post", "Read Next",
    };

    private static readonly HashSet<string> SpamWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "escort", "casino", "bahis", "bet", "betting", "porn", "viagra", "slot", "rulet", "xxx", "bayan", "sex", "cialis", "kumar",
    };

    private static readonly System.Buffers.SearchValues<string> SpamSearch =
        System.Buffers.SearchValues.Create(["escort", "casino", "bahis", "betting", "porn", "viagra", "slot", "rulet", "cialis", "kumar"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create(".,;:?!\"“”");

    public static string Bare(string line) => BulletOrDashes().Replace(line, "").Trim();

    public static bool IsFurniture(string line) => line.StartsWith("Tags:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Filed under", StringComparison.OrdinalIgnoreCase) || line.Length <= 60 && Furniture.Contains(Bare(line)) || LinkLabels.Contains(Bare(line));

    public static bool IsTailMarker(string line) => line.Length <= 60 && TailMarkers.Contains(Bare(line));

    public static bool IsLinkLabel(string line) => line.Length <= 60 && LinkLabels.Contains(Bare(line));

    /// <summary>A byline ("By Jane Doe", "by jdoe"); returns the author.</summary>
    public static string? Byline(string line)
    {
        var m = BylinePattern().Match(Bare(line));
        return m.Success && m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5 ? m.Groups[1].Value.Trim() : null;
    }

    /// <summary>
    /// Link-farm spam: a long run of words with no sentence punctuation, where words repeat a lot or
    /// spam vocabulary shows up. Such a block is not prose and must yield no entity.
    /// </summary>
    public static bool IsSpam(string line)
    {
        if (line.Length < 60 || (line.AsSpan().IndexOfAny(SentencePunctuation) >= 0 && !line.AsSpan().ContainsAny(SpamSearch)))
        {
            return false;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 12)
        {
            return false;
        }

        var punctuation = line.Count(c => c is '.' or ',' or ';' or ':' or '?' or '!' or '"' or '“' or '”');
        var distinct = words.Select(w => w.ToLowerInvariant()).Distinct().Count();
        var spam = words.Count(w => SpamWords.Contains(w));
        var lowerStart = words.Count(w => char.IsLower(w[0]));
        return (punctuation == 0 && (distinct < words.Length * 0.6 || spam >= 2 || lowerStart > words.Length * 0.8))
            || spam >= 4;
    }

    [GeneratedRegex(@"^[•·\-–—*|\s]+|[•·\-–—*|\s]+$")]
    private static partial Regex BulletOrDashes();

    [GeneratedRegex(@"^(?:[Ww]ritten\s+)?[Bb][Yy]:?\s+(\p{L}[\p{L}\p{M} .'’-]{1,60})$")]
    private static partial Regex BylinePattern();
}
