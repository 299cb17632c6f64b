using GraphExplorer.Core.Extraction;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Reading;
using GraphExplorer.Extraction.Recognition;
using GraphExplorer.Extraction.Relations;
using GraphExplorer.Extraction.Resolution;
using GraphExplorer.Extraction.Splitting;
using GraphExplorer.Extraction.Syntax;

namespace GraphExplorer.Extraction;

/// <summary>
/// The extraction pipeline: a named list of steps (read, clean, split, parse, recognize, resolve,
/// relate, assemble) that turns one article into typed, resolved, evidenced facts. Pure and deterministic. The
/// gazetteers and the syntax model are loaded once per process from the assembly's embedded data files; an instance holds no
/// per-article state, so one instance may serve many threads.
/// </summary>
public sealed class ArticlePipeline : IArticleExtractor
{
    private readonly IReadOnlyList<IExtractionStep> steps;

    /// <summary>A pipeline over the embedded gazetteers.</summary>
    public ArticlePipeline()
        : this(Gazetteer.Default)
    {
    }

    internal ArticlePipeline(Gazetteer gazetteer)
        : this(gazetteer, SyntaxModel.Default)
    {
    }

    internal ArticlePipeline(Gazetteer gazetteer, SyntaxModel syntax)
    {
        steps =
        [
            new ReadStep(), new CleanStep(), new SplitStep(), new ParseStep(syntax), new RecognizeStep(gazetteer), new ResolveStep(gazetteer),
            new RelateStep(gazetteer), new AssembleStep(),
        ];
    }

    /// <summary>The step names in order, for diagnostics.</summary>
    public IReadOnlyList<string> StepNames => [.. steps.Select(s => s.Name)];

    /// <inheritdoc />
    public ArticleGraph Extract(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (string.IsNullOrWhiteSpace(document.Content))
        {
            throw new ArticleRejectedException($"Article '{document.Id}' is empty.");
        }

        var context = new ExtractionContext(document);
        foreach (var step in steps)
        {
            step.Run(context);
        }

        if (context.Sentences.Count == 0)
        {
            throw new ArticleRejectedException($"Article '{document.Id}' has no text left after removing page furniture.");
        }

        return AssembleStep.Graph(context);
    }
}
