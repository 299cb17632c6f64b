using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;

namespace GraphExplorer.Extraction.Dating;

/// <summary>
/// Step "date": gives every fact a date and says where it comes from (<see cref="DateKind"/>). The date its
/// sentences state (<see cref="SentenceDates"/>; the first day a sentence names that does not date a statement, the
/// earliest over the fact's sentences); else the day a sentence says it was reported ("the ministry said on Monday
/// that …"), marked as a reporting date; else the article's publication date, marked as a reporting date. A fact of
/// an undated article whose sentences name no day stays undated. Accusations are statements: the day one was made is
/// the day it happened. This step alone decides the dates: what a relation rule set before is replaced.
/// </summary>
internal sealed class DateStep : IExtractionStep
{
    public string Name => "date";

    public void Run(ExtractionContext context)
    {
        var cache = new Dictionary<int, List<DateMention>>();
        for (var i = 0; i < context.Relationships.Count; i++)
        {
            var fact = context.Relationships[i];
            var statementIsEvent = fact.Type == EdgeTypes.Accused.Name;
            DateOnly? stated = null, reported = null;
            foreach (var evidence in fact.Evidence)
            {
                if (!cache.TryGetValue(evidence.Start, out var dates))
                {
                    dates = SentenceDates.Find(evidence.Sentence, context.Published);
                    cache[evidence.Start] = dates;
                }

                var eventDay = dates.FindIndex(d => !d.DatesStatement || statementIsEvent);
                if (eventDay >= 0)
                {
                    stated = Earlier(stated, dates[eventDay].Date);
                }
                else if (dates.Count > 0)
                {
                    reported = Earlier(reported, dates[0].Date);
                }
            }

            context.Relationships[i] = stated is { } day
                ? fact with { Date = day, DateKind = DateKind.Stated }
                : fact with { Date = reported ?? context.Published, DateKind = DateKind.Reported };
        }
    }

    private static DateOnly Earlier(DateOnly? known, DateOnly day) => known is { } other && other < day ? other : day;
}
