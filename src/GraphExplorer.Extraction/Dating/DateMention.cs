namespace GraphExplorer.Extraction.Dating;

/// <summary>
/// A day a sentence names, resolved to a calendar date, with its character span in the sentence and whether it
/// dates a statement ("said on Monday") rather than the event the sentence reports.
/// </summary>
internal readonly record struct DateMention(DateOnly Date, int Start, int End, bool DatesStatement);
