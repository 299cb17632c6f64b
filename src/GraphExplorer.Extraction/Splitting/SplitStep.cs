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
    public string Name => "split";

    public void Run(ExtractionContext context)
    {
        var text = context.Text;
        var paragraph = 0;
        foreach (var line in TextLine.Of(text))
        {
            // The title is a headline whatever it says; otherwise a caption's marks outweigh its capitals
            // (captions often end without a full stop and are full of names, like headlines).
            var title = context.Headlines.Any(h => h.Start <= line.Start && line.End <= h.End);
            var caption = !title && PhotoCaption.IsCaption(line.Text);
            var headline = title || (!caption && IsTitleCase(line.Text));
            var spans = headline || caption ? [(line.Start, line.End)] : SentenceSplitter.Split(text, line.Start, line.End);
            foreach (var (start, end) in spans)
            {
                var sentence = new Sentence(context.Sentences.Count, start, end, text[start..end], headline) { Paragraph = paragraph, IsCaption = caption };
                sentence.Tokens = Tokenizer.Tokenize(text, start, caption ? start + PhotoCaption.CreditStart(line.Text) : end);
                context.Sentences.Add(sentence);
            }

            paragraph++;
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
