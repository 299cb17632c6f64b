using GraphExplorer.Extraction.Pipeline;

namespace GraphExplorer.Extraction.Reading;

/// <summary>
/// Step "clean": blanks what is not the article (header dates, bylines, breadcrumbs, share boxes,
/// "Previous Article" links, everything after "Related Posts" or "Source link", link-farm spam) by
/// overwriting it with spaces, so offsets into the text stay true. Marks headline lines.
/// </summary>
internal sealed class CleanStep : IExtractionStep
{
    public string Name => "clean";

    public void Run(ExtractionContext context)
    {
        var chars = context.Text.ToCharArray();
        var lines = TextLine.Of(context.Text);
        var tail = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var blank = tail;
            if (!blank && PageFurniture.IsTailMarker(line.Text))
            {
                tail = blank = true;
            }
            else if (!blank && PageFurniture.IsLinkLabel(line.Text))
            {
                blank = true;
                if (i + 1 < lines.Count)
                {
                    Blank(chars, lines[i + 1]);
                    i++;
                }
            }
            else if (!blank)
            {
                blank = ReadStep.IsHeaderLine(line.Text) || PageFurniture.IsSpam(line.Text) || IsBreadcrumb(lines, i);
            }

            if (blank)
            {
                Blank(chars, line);
            }
            else if (context.Title.Length > 0 && PageFurniture.Bare(line.Text) == context.Title)
            {
                context.Headlines.Add((line.Start, line.End));
            }
        }

        context.Text = new string(chars);
    }

    private static bool IsBreadcrumb(List<TextLine> lines, int i) =>
        i + 1 < lines.Count && lines[i].Text.Length > lines[i + 1].Text.Length && lines[i].Text.EndsWith(lines[i + 1].Text, StringComparison.Ordinal);

    private static void Blank(char[] chars, TextLine line)
    {
        for (var i = line.Start; i < line.End; i++)
        {
            if (chars[i] != '\n' && chars[i] != '\r')
            {
                chars[i] = ' ';
            }
        }
    }
}
