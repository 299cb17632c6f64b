using GraphExplorer.Core.Extraction;
using GraphExplorer.Core.Model;
using GraphExplorer.Extraction.Dating;
using GraphExplorer.Extraction.Pipeline;
using GraphExplorer.Extraction.Reading;
using GraphExplorer.Extraction.Recognition;
using GraphExplorer.Extraction.Relations;
using GraphExplorer.Extraction.Resolution;
using GraphExplorer.Extraction.Splitting;
using GraphExplorer.Extraction.Syntax;

namespace GraphExplorer.Extraction;

/// <summary>
/// The extraction pipeline: a named list of steps (read, clean, split, recognize, parse, resolve,
/// relate, identify, date, assemble) that turns one article into typed, resolved, evidenced facts. Pure and deterministic. The
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
            new ReadStep(), new CleanStep(), new SplitStep(), new RecognizeStep(gazetteer), new ParseStep(syntax), new ResolveStep(gazetteer),
            new RelateStep(gazetteer), new AgreementAliasStep(gazetteer), new DateStep(), new AssembleStep(),
        ];
    }

    /// <summary>The step names in order, for diagnostics.</summary>
    public IReadOnlyList<string> StepNames => [.. steps.Select(s => s.Name)];

    /// <inheritdoc />
    public ArticleGraph Extract(SourceDocument document) => Run(document).Graph;

    /// <summary>Extracts, calling <paramref name="afterStep"/> with each step's name as it ends (diagnostics: the length benchmark times the steps).</summary>
    internal ArticleGraph Extract(SourceDocument document, Action<string>? afterStep) => Run(document, afterStep: afterStep).Graph;

    /// <summary>
    /// Extracts an article and shows how: each sentence with its mentions, the tree the relation rules
    /// read (mentions folded into single words, after the tree repairs) and the facts it gave. For debugging rules.
    /// </summary>
    public ArticleExplanation Explain(SourceDocument document)
    {
        var (graph, context) = Run(document, trace: true);
        var names = graph.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var sentences = context.Sentences.Select(s => new SentenceExplanation(
            s.Text,
            [.. context.MentionsIn(s.Index).Select(m => $"{m.Label}:{m.Canonical} '{m.Surface}'{(m.Role == MentionRole.Actor ? "" : " (" + m.Role + ")")}")],
            context.ReadTrees!.TryGetValue(s.Index, out var read) ? read : s.Syntax,
            [.. context.Trace!.Where(t => t.Sentence == s.Index).Select(t => t.Line)],
            [.. graph.Relationships.Where(r => r.Evidence.Any(e => e.Start == s.Start))
                .Select(r => $"{r.Type}({names.GetValueOrDefault(r.SourceId, r.SourceId)} -> {names.GetValueOrDefault(r.TargetId, r.TargetId)})")])).ToList();
        return new ArticleExplanation(graph, sentences);
    }

    /// <summary>Runs every step over <paramref name="document"/>: the graph, and the working state it came from (explanations, the benchmark's counts).</summary>
    internal (ArticleGraph Graph, ExtractionContext Context) Run(SourceDocument document, bool trace = false, Action<string>? afterStep = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (string.IsNullOrWhiteSpace(document.Content))
        {
            throw new ArticleRejectedException($"Article '{document.Id}' is empty.");
        }

        var context = new ExtractionContext(document) { Trace = trace ? [] : null, ReadTrees = trace ? [] : null };
        foreach (var step in steps)
        {
            step.Run(context);
            afterStep?.Invoke(step.Name);
        }

        if (context.Sentences.Count == 0)
        {
            throw new ArticleRejectedException($"Article '{document.Id}' has no text left after removing page furniture.");
        }

        return (AssembleStep.Graph(context), context);
    }
}

/// <summary>An article's graph with what each of its sentences looked like to the relation rules.</summary>
public sealed record ArticleExplanation(ArticleGraph Graph, IReadOnlyList<SentenceExplanation> Sentences);

/// <summary>
/// One sentence: its text, its mentions ("Label:Canonical 'surface'"), the tree the rules read (null when not
/// parsed), how each trigger of the lexicon was read (its arguments, or why it states no fact), and its facts.
/// </summary>
public sealed record SentenceExplanation(string Text, IReadOnlyList<string> Mentions, DependencyTree? Tree, IReadOnlyList<string> Triggers, IReadOnlyList<string> Facts);
