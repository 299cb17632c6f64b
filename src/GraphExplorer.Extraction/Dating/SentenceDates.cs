using System.Text.RegularExpressions;
using GraphExplorer.Extraction.Reading;
using GraphExplorer.Extraction.Recognition;

namespace GraphExplorer.Extraction.Dating;

/// <summary>
/// The days a sentence names. Absolute dates as written ("on 12 March 2024", "March 12, 2024", ISO); dates without
/// a year ("on March 14", "14 March", "Nov. 2"), weekdays ("on Monday", "last Saturday", "Monday's talks") and
/// "yesterday" / "today" read against the publication date: the latest such day on or before it, for news reports what
/// has happened. Spans vaguer than a day ("last week", "last month", "in November", "earlier this year") give no date:
/// a day picked inside them would be invented. Without a publication date only absolute dates are read.
/// </summary>
internal static partial class SentenceDates
{
    private static readonly Dictionary<string, string> ReportingWords = GazetteerFiles.Rows(GazetteerFiles.Read("reporting-words.tsv"))
        .ToDictionary(row => row[0], row => row.Length > 1 ? row[1] : "verb", StringComparer.OrdinalIgnoreCase);

    /// <summary>Every day the sentence names, in text order.</summary>
    public static List<DateMention> Find(string sentence, DateOnly? published)
    {
        var found = new List<DateMention>();
        foreach (var (date, start, end) in NewsDates.FindAll(sentence))
        {
            found.Add(Mention(sentence, date, start, end));
        }

        if (published is { } today)
        {
            foreach (Match m in MonthDay().Matches(sentence))
            {
                if (!Overlaps(found, m.Index) && Day(today, NewsDates.Month(m.Groups["month"].Value), m.Groups["day"].Value) is { } date)
                {
                    found.Add(Mention(sentence, date, m.Index, m.Index + m.Length));
                }
            }

            foreach (Match m in DayMonth().Matches(sentence))
            {
                if (!Overlaps(found, m.Index) && Day(today, NewsDates.Month(m.Groups["month"].Value), m.Groups["day"].Value) is { } date)
                {
                    found.Add(Mention(sentence, date, m.Index, m.Index + m.Length));
                }
            }

            foreach (Match m in Weekday().Matches(sentence))
            {
                if (!Overlaps(found, m.Index) && Enum.TryParse<DayOfWeek>(m.Groups["day"].Value, true, out var day))
                {
                    var back = ((int)today.DayOfWeek - (int)day + 7) % 7;
                    if (back == 0 && m.Groups["last"].Success)
                    {
                        back = 7; // "last Thursday" in a Thursday paper is a week ago
                    }

                    found.Add(Mention(sentence, today.AddDays(-back), m.Index, m.Index + m.Length));
                }
            }

            foreach (Match m in Deictic().Matches(sentence))
            {
                var date = m.Value.StartsWith('y') || m.Value.StartsWith('Y') ? today.AddDays(-1) : today;
                found.Add(Mention(sentence, date, m.Index, m.Index + m.Length));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The day of a month without a year: this year's, or last year's when this year's is still to come.</summary>
    private static DateOnly? Day(DateOnly today, int month, string dayText)
    {
        if (month == 0 || !int.TryParse(dayText, out var day) || day < 1 || day > DateTime.DaysInMonth(today.Year, month))
        {
            return null;
        }

        var date = new DateOnly(today.Year, month, day);
        return date > today && day <= DateTime.DaysInMonth(today.Year - 1, month) ? date.AddYears(-1) : date;
    }

    private static bool Overlaps(List<DateMention> found, int at) => found.Any(f => f.Start <= at && at < f.End);

    /// <summary>A date dates a statement when a reporting word stands right before it (two words between at most) or right after it.</summary>
    private static DateMention Mention(string sentence, DateOnly date, int start, int end)
    {
        var before = Words().Matches(sentence[..start]).TakeLast(3).Select(m => m.Value).ToList();
        var afterMatch = Words().Match(sentence, end);
        var reportingBefore = before.Any(IsReporting) && !before.SkipWhile(w => !IsReporting(w)).Skip(1).Any(w => w is "that" or "and");
        var reportingAfter = afterMatch.Success && afterMatch.Index - end <= 2 && ReportingWords.TryGetValue(afterMatch.Value, out var kind) && kind == "verb";
        return new DateMention(date, start, end, reportingBefore || reportingAfter);
    }

    private static bool IsReporting(string word) => ReportingWords.ContainsKey(word);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();

    // "March 14", "Nov. 2", "on Sept 3rd"; not "March 2024" (a month), not one followed by a year (an absolute date)
    [GeneratedRegex(@"\b(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*,?\s*(?:19|20)\d{2})(?![\d:.,]\d)")]
    private static partial Regex MonthDay();

    // "14 March", "on 2nd May"; not "14 March 2024" (absolute), not "May" the verb ("14 may")
    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?(?!\s*,?\s*(?:19|20)\d{2})")]
    private static partial Regex DayMonth();

    // a weekday that names a day: "on Monday", "last Saturday", "this Monday", "early on Sunday", "Monday's talks", "late Monday",
    // and a bare weekday after a verb of saying or before a time of day ("said Monday", "Monday night")
    [GeneratedRegex(@"(?:\b(?:on|(?<last>last)|this|early|late|earlier)\s+(?:on\s+)?(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s\b|\s+(?:morning|afternoon|evening|night)\b)|(?<=\b(?:said|says|announced|told\s+\w+)\s)(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:[Yy]esterday|[Tt]oday)\b")]
    private static partial Regex Deictic();
}
