using GraphExplorer.Extraction.Pipeline;

namespace GraphExplorer.Extraction.Syntax;

/// <summary>
/// Step "parse": gives every sentence its dependency tree (<see cref="Sentence.Syntax"/>): UD words with
/// absolute offsets into the article text, lemmas, UPOS and Penn tags, heads and full relations. The
/// surface tokens (<see cref="Sentence.Tokens"/>) stay as they were for the steps that read them.
/// </summary>
internal sealed class ParseStep(SyntaxModel model) : IExtractionStep
{
    public string Name => "parse";

    public void Run(ExtractionContext context)
    {
        foreach (var sentence in context.Sentences)
        {
            sentence.Syntax = model.Parse(context.Text, sentence.Start, sentence.End);
        }
    }
}
