using GraphExplorer.Core.Extraction;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Reading;
using GraphExplorer.Extraction.Recognition;
using GraphExplorer.Extraction.Relations;
using GraphExplorer.Extraction.Resolution;
using GraphExplorer.Extraction.Splitting;

namespace GraphExplorer.Extraction;

/// <summary>
/// The extraction pipeline: a named list of steps (read, clean, split, recognize, resolve, relate,
/// identify, assemble) that turns one article into typed, resolved, evidenced facts. Pure and deterministic. The
/// gazetteers are loaded once per process from the assembly's embedded data files; an instance holds no
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
    {
        steps =
        [
            new ReadStep(), new CleanStep(), new SplitStep(), new RecognizeStep(gazetteer), new ResolveStep(gazetteer),
            new RelateStep(gazetteer), new AgreementAliasStep(), new AssembleStep(),
        ];
    }

    /// <summary>The step names in order, for diagnostics.</summary>
    public IReadOnlyList<string> StepNames => [.. steps.Select(s => s.Name)];

    /// <inheritdoc />
    public ArticleGraph Extract(SourceDocument document) => Extract(document, afterStep: null);

    /// <summary>Extracts, calling <paramref name="afterStep"/> with each step's name as it ends (diagnostics: the length benchmark times the steps).</summary>
    internal ArticleGraph Extract(SourceDocument document, Action<string>? afterStep)
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
            afterStep?.Invoke(step.Name);
        }

        if (context.Sentences.Count == 0)
        {
            throw new ArticleRejectedException($"Article '{document.Id}' has no text left after removing page furniture.");
        }

        return AssembleStep.Graph(context);
    }
}
