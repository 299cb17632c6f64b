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
