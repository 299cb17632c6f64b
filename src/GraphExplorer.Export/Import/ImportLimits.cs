namespace GraphExplorer.Export.Import;

/// <summary>
/// Bounds on what an import may cost, so that a hostile or corrupt file is refused with a reason instead of
/// exhausting memory or the stack: the input's size, the zip's entries, their sizes and expansion ratio, the
/// nesting of Cypher lists and JSON, and the article text rebuilt from evidence offsets.
/// </summary>
public sealed record ImportLimits
{
    /// <summary>The defaults: far above any real export of this project, far below what would hurt the machine.</summary>
    public static ImportLimits Default { get; } = new();

    /// <summary>Largest input file read. Default 1 GiB.</summary>
    public long MaxInputBytes { get; init; } = 1L << 30;

    /// <summary>Most entries in a csv zip (the export writes 4). Default 16.</summary>
    public int MaxZipEntries { get; init; } = 16;

    /// <summary>Most bytes all entries of a csv zip may expand to. Default 512 MiB.</summary>
    public long MaxUncompressedBytes { get; init; } = 512L << 20;

    /// <summary>Highest expansion ratio of a zip entry larger than <see cref="RatioFloorBytes"/>. Default 200 (csv text compresses 3 to 20 times; a zip bomb thousands of times).</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Entries smaller than this are not held to the ratio. Default 1 MiB.</summary>
    public long RatioFloorBytes { get; init; } = 1L << 20;

    /// <summary>Deepest nesting of Cypher lists or JSON arrays and objects (the exports nest 4 deep). Default 32.</summary>
    public int MaxNesting { get; init; } = 32;

    /// <summary>Most characters of article text rebuilt from evidence offsets, all articles together. Default 256 M.</summary>
    public long MaxArticleTextChars { get; init; } = 256L << 20;
}
