namespace GraphExplorer.Extraction.Pipeline;

/// <summary>
/// One named step of the extraction pipeline. A step reads what earlier steps left in the context and
/// adds its own results; it performs no I/O and keeps no state between articles.
/// </summary>
internal interface IExtractionStep
{
    /// <summary>The step's name, as shown in diagnostics ("read", "split", ...).</summary>
    string Name { get; }

    /// <summary>Runs the step over one article's context.</summary>
    void Run(ExtractionContext context);
}
