using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Relations.Clauses;

namespace GraphExplorer.Extraction.Syntax;

/// <summary>
/// Step "parse": gives every sentence its dependency tree (<see cref="Sentence.Syntax"/>): UD words with
/// absolute offsets into the article text, lemmas, UPOS and Penn tags, heads and full relations. It runs
/// after recognition and parses each sentence with its mentions folded into single words
/// (<see cref="MentionFolding"/>): a folded word spans its whole mention ("Iraqi Foreign Minister Fuad
/// Hussein" is one proper noun of the tree). The surface tokens (<see cref="Sentence.Tokens"/>) stay as they were.
/// </summary>
internal sealed class ParseStep(SyntaxModel model) : IExtractionStep
{
    public string Name => "parse";

    public void Run(ExtractionContext context)
    {
        var surnames = MentionFolding.FullNameSurnames(context);
        foreach (var sentence in context.Sentences)
        {
            sentence.Syntax = MentionFolding.Parse(model, context, sentence, context.MentionsIn(sentence.Index), surnames);
        }
    }
}
