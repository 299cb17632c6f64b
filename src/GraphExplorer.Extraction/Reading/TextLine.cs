namespace GraphExplorer.Extraction.Reading;

/// <summary>A non-blank line of the article text with its offsets (trimmed).</summary>
internal readonly record struct TextLine(int Start, int End, string Text)
{
    public static List<TextLine> Of(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var s = start;
            var e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                lines.Add(new TextLine(s, e, text[s..e]));
            }

            start = end + 1;
        }

        return lines;
    }
}
