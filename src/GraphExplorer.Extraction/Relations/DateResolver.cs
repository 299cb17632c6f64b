using System.Text.RegularExpressions;
using GraphExplorer.Extraction.Reading;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// The date a sentence states for its event: an absolute date as written; "on Wednesday", "Nov. 2",
/// "yesterday" resolved against the article's publication date (the latest such day on or before it);
/// nothing for vague spans ("last March", "last year", "in November") or when the article has no date.
/// </summary>
internal static partial class DateResolver
{
    public static DateOnly? Resolve(string sentence, DateOnly? published)
    {
        if (NewsDates.FindFirst(sentence) is { } absolute)
        {
            return absolute.Date;
        }

        if (published is not { } today)
        {
            return null;
        }

        var weekday = Weekday().Match(sentence);
        if (weekday.Success && Enum.TryParse<DayOfWeek>(weekday.Groups[1].Value, true, out var day))
        {
            var back = ((int)today.DayOfWeek - (int)day + 7) % 7;
            return today.AddDays(-back);
        }

        var monthDay = MonthDay().Match(sentence);
        if (monthDay.Success && NewsDates.Month(monthDay.Groups[1].Value) is var month and > 0 && int.TryParse(monthDay.Groups[2].Value, out var dom)
            && dom >= 1 && dom <= DateTime.DaysInMonth(today.Year, month))
        {
            var date = new DateOnly(today.Year, month, dom);
            return date > today ? date.AddYears(-1) : date;
        }

        if (Yesterday().IsMatch(sentence))
        {
            return today.AddDays(-1);
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:on|last|this|earlier this|late on|early on)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*,?\s*(?:19|20)\d{2})(?![\d:])")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\byesterday\b", RegexOptions.IgnoreCase)]
    private static partial Regex Yesterday();
}
