using System.Globalization;
using System.Text.RegularExpressions;

namespace GraphExplorer.Extraction.Reading;

/// <summary>Finds absolute dates in the formats news pages print: "Tuesday, 23 July 2024", "December 20, 2023", "Dec. 20, 2023", ISO "2024-07-23".</summary>
internal static partial class NewsDates
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The month number (1..12) of a month name or abbreviation ("Nov", "Sept."), or 0.</summary>
    public static int Month(string word)
    {
        var w = word.TrimEnd('.').ToLowerInvariant();
        if (w.Length < 3)
        {
            return 0;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i] == w || (w.Length <= 4 && MonthNames[i].StartsWith(w, StringComparison.Ordinal)))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The first absolute date in the text, with its span.</summary>
    public static (DateOnly Date, int Start, int End)? FindFirst(string text)
    {
        (DateOnly, int, int)? best = null;
        foreach (var regex in new[] { DayMonthYear(), MonthDayYear(), Iso() })
        {
            foreach (Match m in regex.Matches(text))
            {
                if (TryRead(m, out var date) && (best is null || m.Index < best.Value.Item2))
                {
                    best = (date, m.Index, m.Index + m.Length);
                    break;
                }
            }
        }

        return best;
    }

    /// <summary>Every absolute date in the text, with its span, in text order.</summary>
    public static List<(DateOnly Date, int Start, int End)> FindAll(string text)
    {
        var found = new List<(DateOnly Date, int Start, int End)>();
        foreach (var regex in new[] { DayMonthYear(), MonthDayYear(), Iso() })
        {
            foreach (Match m in regex.Matches(text))
            {
                if (TryRead(m, out var date) && !found.Any(f => f.Start < m.Index + m.Length && m.Index < f.End))
                {
                    found.Add((date, m.Index, m.Index + m.Length));
                }
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static bool TryRead(Match m, out DateOnly date)
    {
        date = default;
        int year, month, day;
        if (m.Groups["iso"].Success)
        {
            return DateOnly.TryParseExact(m.Groups["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        month = Month(m.Groups["month"].Value);
        if (month == 0 || !int.TryParse(m.Groups["day"].Value, out day) || !int.TryParse(m.Groups["year"].Value, out year))
        {
            return false;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>[A-Z][a-z]{2,8}\.?),?\s+(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<month>[A-Z][a-z]{2,8}\.?)\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<iso>(?:19|20)\d{2}-\d{2}-\d{2})\b")]
    private static partial Regex Iso();
}
