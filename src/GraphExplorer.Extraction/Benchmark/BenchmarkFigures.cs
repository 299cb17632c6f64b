namespace GraphExplorer.Extraction.Benchmark;

/// <summary>Throughput of one extraction run.</summary>
/// <param name="Articles">Articles extracted.</param>
/// <param name="Bytes">UTF-8 bytes of their content.</param>
/// <param name="Elapsed">Wall-clock time of the run.</param>
/// <param name="Threads">Degree of parallelism used.</param>
/// <param name="Entities">Entities extracted in total.</param>
/// <param name="Relationships">Relationships extracted in total.</param>
/// <param name="Rejected">Articles the extractor rejected.</param>
public sealed record BenchmarkFigures(int Articles, long Bytes, TimeSpan Elapsed, int Threads, long Entities, long Relationships, int Rejected)
{
    /// <summary>
    /// Processor time the process spent over the run, all its threads (the extraction threads, and the runtime's
    /// collector and compiler). Unlike <see cref="Elapsed"/> it does not count the turns other programs take on a busy machine.
    /// </summary>
    public TimeSpan ProcessorTime { get; init; }

    /// <summary>Sentences of the extracted articles.</summary>
    public long Sentences { get; init; }

    /// <summary>Sentences the parse step gave a dependency tree (those that can state a fact).</summary>
    public long ParsedSentences { get; init; }

    /// <summary>Processor time and allocations per pipeline step, in pipeline order (when asked for; "graph" is the assembly of the result).</summary>
    public IReadOnlyList<StepFigures> Steps { get; init; } = [];

    /// <summary>
    /// Processor time and allocations of the named parts of the steps' work (tagging, parsing, tree repairs, ...; see
    /// <see cref="PartClock"/>), with the profile; the steps' own figures leave them out.
    /// </summary>
    public IReadOnlyList<StepFigures> Parts { get; init; } = [];

    /// <summary>Processor time of the process's other threads (the runtime's compiler and collector) while articles were extracted, with the profile.</summary>
    public TimeSpan OtherThreadsTime { get; init; }

    /// <summary>Processor time spent parsing sentences (folding, tagging, parsing; work of the steps that first read their trees), with the profile.</summary>
    public TimeSpan ParsingTime => TimeSpan.FromSeconds(Parts.Where(p => p.Step.StartsWith("parse:", StringComparison.Ordinal)).Sum(p => p.ProcessorTime.TotalSeconds));

    /// <summary>Garbage collections of generations 0, 1 and 2 over the run (each collection of a generation counts in the younger ones too).</summary>
    public (int Gen0, int Gen1, int Gen2) Collections { get; init; }

    /// <summary>How long the collector held the threads paused over the run.</summary>
    public TimeSpan CollectorPause { get; init; }

    /// <summary>
    /// A table: each step's own processor seconds (of the extracting thread), its share and the megabytes it allocated, then
    /// the named parts of the steps' work (how often each ran), then the other threads and the collector's work.
    /// </summary>
    public string FormatSteps()
    {
        var thread = Steps.Sum(s => s.ProcessorTime.TotalSeconds) + Parts.Sum(s => s.ProcessorTime.TotalSeconds);
        var total = thread + OtherThreadsTime.TotalSeconds;
        string Row(string name, TimeSpan time, long bytes, string count) => FormattableString.Invariant(
            $"  {name,-24} {time.TotalSeconds,8:F2} s {100 * time.TotalSeconds / Math.Max(total, 1e-9),5:F1} % {bytes / 1e6,7:F0} MB{count}");
        var lines = new List<string> { "processor time per step (the extracting thread; the parts below are left out of the steps that ran them):" };
        lines.AddRange(Steps.Select(s => Row(s.Step, s.ProcessorTime, s.AllocatedBytes, "")));
        lines.Add("parts of the steps' work:");
        lines.AddRange(Parts.Select(p => Row(p.Step, p.ProcessorTime, p.AllocatedBytes, FormattableString.Invariant($" {p.Count,9} times"))));
        lines.Add(Row("other threads (JIT, GC)", OtherThreadsTime, 0, ""));
        lines.Add(FormattableString.Invariant($"  total {total:F2} s: steps {Steps.Sum(s => s.ProcessorTime.TotalSeconds):F2} s, parts {Parts.Sum(s => s.ProcessorTime.TotalSeconds):F2} s (parsing {ParsingTime.TotalSeconds:F2} s); collections {Collections.Gen0}/{Collections.Gen1}/{Collections.Gen2} (gen 0/1/2), paused {CollectorPause.TotalSeconds:F2} s"));
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>Megabytes per second of processor time: the throughput of one fully used core.</summary>
    public double MegabytesPerProcessorSecond => ProcessorTime > TimeSpan.Zero ? Bytes / 1e6 / ProcessorTime.TotalSeconds : 0;

    /// <summary>Megabytes (10^6 bytes) of text per second.</summary>
    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? Bytes / 1e6 / Elapsed.TotalSeconds : 0;

    /// <summary>Megabytes per second per thread used.</summary>
    public double MegabytesPerSecondPerThread => MegabytesPerSecond / Math.Max(1, Threads);

    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Articles / Elapsed.TotalSeconds : 0;

    public override string ToString() =>
        FormattableString.Invariant($"{Articles} articles, {Bytes / 1e6:F1} MB in {Elapsed.TotalSeconds:F2} s on {Threads} thread(s): {MegabytesPerSecond:F2} MB/s ({MegabytesPerSecondPerThread:F2} MB/s per thread), {ArticlesPerSecond:F0} articles/s; {MegabytesPerProcessorSecond:F2} MB per processor-second ({ProcessorTime.TotalSeconds:F2} s); parsed {ParsedSentences} of {Sentences} sentences; {Entities} entities, {Relationships} relationships, {Rejected} rejected");
}

/// <summary>What one pipeline step cost over a benchmark run.</summary>
/// <param name="Step">The step's name.</param>
/// <param name="ProcessorTime">Processor time of the process while the step ran, summed over articles.</param>
/// <param name="AllocatedBytes">Bytes the extracting thread allocated in the step.</param>
public sealed record StepFigures(string Step, TimeSpan ProcessorTime, long AllocatedBytes)
{
    /// <summary>How many times a part ran (0 for a step).</summary>
    public long Count { get; init; }
}
