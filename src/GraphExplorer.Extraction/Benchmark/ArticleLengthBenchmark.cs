using System.Diagnostics;
using GraphExplorer.Core.Extraction;

namespace GraphExplorer.Extraction.Benchmark;

/// <summary>Extraction time of one generated article (<see cref="SyntheticCorpus.LongArticle"/>) of a given length.</summary>
/// <param name="Sentences">Body sentences of the article.</param>
/// <param name="Bytes">Characters of its text.</param>
/// <param name="MedianSeconds">Median wall-clock time over the repeats.</param>
/// <param name="MedianCpuSeconds">Median CPU time of the process over the repeats (what the run costs when the machine is shared).</param>
/// <param name="Repeats">How many times it was extracted.</param>
/// <param name="Relationships">Facts extracted from it.</param>
/// <param name="StepSeconds">Median CPU time of each pipeline step, in pipeline order (empty for another extractor).</param>
public sealed record ArticleLengthFigures(int Sentences, int Bytes, double MedianSeconds, double MedianCpuSeconds, int Repeats, int Relationships,
    IReadOnlyList<(string Step, double Seconds)> StepSeconds);

/// <summary>
/// How extraction time grows with an article's length: each size is generated once and extracted
/// <c>repeats</c> times; the medians are reported, so a ratio between sizes says whether the cost is linear.
/// </summary>
public static class ArticleLengthBenchmark
{
    /// <summary>The sizes the issue asks about.</summary>
    public static IReadOnlyList<int> DefaultSizes { get; } = [1_000, 2_000, 5_000, 10_000, 20_000];

    public static IEnumerable<ArticleLengthFigures> Run(IArticleExtractor extractor, IEnumerable<int> sizes, int repeats = 3, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        // warm-up: gazetteer load, and enough runs for the JIT to promote the hot methods to optimized code
        var warmUp = SyntheticCorpus.LongArticle(1_000, seed: 2);
        for (var run = 0; run < 5; run++)
        {
            extractor.Extract(warmUp);
        }

        foreach (var size in sizes)
        {
            var document = SyntheticCorpus.LongArticle(size);
            var wall = new List<double>(repeats);
            var cpu = new List<double>(repeats);
            var steps = new List<(string Step, List<double> Seconds)>();
            var relationships = 0;
            for (var run = 0; run < repeats; run++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var cpuBefore = ProcessorTime();
                var clock = Stopwatch.StartNew();
                var stepIndex = 0;
                var stepStarted = cpuBefore;
                void AfterStep(string name)
                {
                    if (steps.Count <= stepIndex)
                    {
                        steps.Add((name, []));
                    }

                    var now = ProcessorTime();
                    steps[stepIndex++].Seconds.Add((now - stepStarted).TotalSeconds);
                    stepStarted = now;
                }

                relationships = (extractor is ArticlePipeline pipeline ? pipeline.Extract(document, AfterStep) : extractor.Extract(document)).Relationships.Count;
                wall.Add(clock.Elapsed.TotalSeconds);
                cpu.Add((ProcessorTime() - cpuBefore).TotalSeconds);
            }

            yield return new ArticleLengthFigures(size, document.Content.Length, Median(wall), Median(cpu), repeats, relationships,
                [.. steps.Select(s => (s.Step, Median(s.Seconds)))]);
        }
    }

    /// <summary>One line per size, with the ratios of its medians to those of the reference size.</summary>
    public static string Format(ArticleLengthFigures figures, ArticleLengthFigures? reference) =>
        FormattableString.Invariant($"{figures.Sentences,6} sentences ({figures.Bytes / 1000,5} KB): median {figures.MedianSeconds,7:F3} s wall, {figures.MedianCpuSeconds,7:F3} s CPU over {figures.Repeats} runs; {figures.Relationships} facts")
        + (reference is null ? "" : FormattableString.Invariant(
            $"; x{figures.MedianSeconds / reference.MedianSeconds:F2} wall, x{figures.MedianCpuSeconds / Math.Max(reference.MedianCpuSeconds, 1e-9):F2} CPU vs {reference.Sentences} sentences"));

    /// <summary>The median CPU time of each step, with its ratio to the reference size's: the super-linear step stands out.</summary>
    public static string FormatSteps(ArticleLengthFigures figures, ArticleLengthFigures? reference) =>
        "        CPU per step: " + string.Join(", ", figures.StepSeconds.Select(s =>
        {
            var before = reference?.StepSeconds.FirstOrDefault(r => r.Step == s.Step).Seconds ?? 0;
            return FormattableString.Invariant($"{s.Step} {s.Seconds:F3} s") + (before > 0 ? FormattableString.Invariant($" (x{s.Seconds / before:F1})") : "");
        }));

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
