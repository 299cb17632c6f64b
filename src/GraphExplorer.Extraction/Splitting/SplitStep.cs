using GraphExplorer.Core.Text;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Reading;

namespace GraphExplorer.Extraction.Splitting;

/// <summary>
/// Step "split": paragraphs (lines) into sentences with their tokens. A headline (the title line, or a
/// short line in title case without final punctuation) is kept as one sentence flagged as a headline. A photo
/// caption line (<see cref="PhotoCaption"/>) is kept as one sentence flagged as a caption, so that the evidence
/// sentence carries its credit and reads as a caption wherever it is shown; the credit is not tokenized (it
/// names who supplied the picture, not who is in it).
/// </summary>
internal sealed class SplitStep : IExtractionStep
{
    /// <summary>
    /// Longest span analysed as one sentence. News sentences stay far below it; a longer "sentence" is a table, a
    /// list or a hostile line run together, and is cut at spaces into pieces of at most this length, because
    /// recognition and the relation rules compare the words and mentions of a sentence with each other: one line
    /// of a megabyte would otherwise take hours.
    /// </summary>
    internal const int MaxSentenceChars = 1_500;

    public string Name => "split";

    public void Run(ExtractionContext context)
    {
        var text = context.Text;
        var paragraph = 0;
        foreach (var line in TextLine.Of(text))
        {
            // The title is a headline whatever it says; otherwise a caption's marks outweigh its capitals
            // (captions often end without a full stop and are full of names, like headlines). A caption is kept
            // whole, so a line longer than a sentence may be is never one: it is cut into pieces like any other.
            var title = context.Headlines.Any(h => h.Start <= line.Start && line.End <= h.End);
            var caption = !title && line.End - line.Start <= MaxSentenceChars && PhotoCaption.IsCaption(line.Text);
            var headline = title || (!caption && IsTitleCase(line.Text));
            var spans = headline || caption ? [(line.Start, line.End)] : SentenceSplitter.Split(text, line.Start, line.End);
            foreach (var (start, end) in caption ? spans : spans.SelectMany(span => Pieces(text, span.Item1, span.Item2)))
            {
                var sentence = new Sentence(context.Sentences.Count, start, end, text[start..end], headline) { Paragraph = paragraph, IsCaption = caption };
                sentence.Tokens = Tokenizer.Tokenize(text, start, caption ? start + PhotoCaption.CreditStart(line.Text) : end);
                context.Sentences.Add(sentence);
            }

            paragraph++;
        }
    }

    /// <summary>The span itself, or pieces of at most <see cref="MaxSentenceChars"/> cut at spaces, each trimmed.</summary>
    internal static IEnumerable<(int Start, int End)> Pieces(string text, int start, int end)
    {
        while (end - start > MaxSentenceChars)
        {
            var space = text.LastIndexOf(' ', start + MaxSentenceChars - 1, MaxSentenceChars - 1);
            var cut = space > start ? space : start + MaxSentenceChars;
            var pieceEnd = cut;
            while (pieceEnd > start && char.IsWhiteSpace(text[pieceEnd - 1]))
            {
                pieceEnd--;
            }

            if (pieceEnd > start)
            {
                yield return (start, pieceEnd);
            }

            start = cut;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (end > start)
        {
            yield return (start, end);
        }
    }

    /// <summary>Four or more words, most of them capitalized, no final full stop: a headline, not prose.</summary>
    internal static bool IsTitleCase(string line)
    {
        if (line.EndsWith('.') || line.EndsWith('”') || line.EndsWith('"'))
        {
            return false;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToList();
        if (words.Count < 4 || words.Count > 18)
        {
            return false;
        }

        var long_ = words.Where(w => w.Length > 3).ToList();
        return long_.Count > 0 && long_.Count(w => char.IsUpper(w[0])) >= long_.Count * 0.75;
    }
}
